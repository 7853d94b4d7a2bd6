// libFuzzer target: the JSON import parser never crashes, and what it accepts survives a write and a re-read.
#include "tutorialjson.h"
#include "tutorialtransfer.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = TutorialTransfer::parseJson(input);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    // Accepted: writing the tutorials in the export's shape and parsing that again gives the same values.
    auto again = TutorialTransfer::parseJson(TutorialJson::tutorials(*parsed));
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
