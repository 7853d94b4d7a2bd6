// libFuzzer target: the JSON import's streaming reader (TutorialJsonReader, what every import reads with) never
// crashes, and what it accepts survives a write and a re-read.
#include "tutorialjson.h"
#include "tutorialjsonreader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

// Every tutorial of `json`, read a few at a time as the import reads them.
Result<QList<Tutorial>> readAll(QByteArrayView json)
{
    TutorialJsonReader reader(json);
    QList<Tutorial> tutorials;
    while (!reader.atEnd()) {
        auto batch = reader.next(3);
        if (!batch)
            return batch.error();
        tutorials.append(std::move(*batch));
    }
    return tutorials;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = readAll(input);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    // Accepted: writing the tutorials in the export's shape and parsing that again gives the same values.
    auto again = readAll(TutorialJson::tutorials(*parsed));
    if (!again || again->size() != parsed->size())
        std::abort();
    for (qsizetype i = 0; i < parsed->size(); ++i) {
        const Tutorial &a = parsed->at(i);
        const Tutorial &b = again->at(i);
        if (a.title != b.title || a.description != b.description || a.createdAt != b.createdAt
            || a.updatedAt != b.updatedAt || a.comments.size() != b.comments.size())
            std::abort();
        for (qsizetype j = 0; j < a.comments.size(); ++j) {
            if (a.comments[j].name != b.comments[j].name || a.comments[j].text != b.comments[j].text)
                std::abort();
        }
    }
    return 0;
}
