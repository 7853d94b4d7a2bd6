// libFuzzer target: the database URL parser never crashes, refuses in words, and what it accepts round-trips.
#include "databaseurl.h"
#include "timestamps.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto url = DatabaseUrl::parse(text);
    if (!url) {
        if (!url.error().message.startsWith(QLatin1String("Invalid database URL")))
            std::abort();
    } else {
        auto again = DatabaseUrl::parse(url->toString(true));
        if (!again || !(*again == *url))
            std::abort();
        // Printed without its password: a marker password (which the input itself does not hold) never shows.
        const QString marker = QStringLiteral("zPaSsWoRdMaRkErz");
        DatabaseUrl withMarker = *url;
        withMarker.setPassword(marker);
        if (!text.contains(marker, Qt::CaseInsensitive)
            && (withMarker.toString().contains(marker, Qt::CaseInsensitive)
                || withMarker.displayName().contains(marker, Qt::CaseInsensitive)
                || withMarker.location().contains(marker, Qt::CaseInsensitive)))
            std::abort();
    }
    // The same bytes as a timestamp: whatever parses formats back to the same instant.
    if (auto ms = Timestamps::parse(text)) {
        auto again = Timestamps::parse(Timestamps::toIso(*ms));
        if (!again || *again != *ms)
            std::abort();
    }
    return 0;
}
