// N lookups of existing tutorials by id (findTutorialById: the tutorial with its comments, one LEFT JOIN), one after
// another in one process, timed here from just before the first to the last.
//   tutorialdesk-lookupbench --database URL N
// Prints {"lookups":N,"found":F,"ms":X} (whole milliseconds). The ids come from a 64-bit LCG started at 42:
// id = 1 + (state >> 33) mod the number of tutorials; bench/node/prng.js repeats the sequence for Sequelize.
#include "database.h"
#include "databaselocator.h"
#include "jsonwriter.h"
#include "schema.h"
#include "tutorialservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lookupbench: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(u"database"_s, u"The database (as tutorialctl --database)."_s, u"URL"_s);
    parser.addOption(databaseOption);
    parser.addPositionalArgument(u"N"_s, u"How many lookups."_s);
    parser.addHelpOption();
    parser.process(app);
    bool ok = false;
    const int n = parser.positionalArguments().value(0).toInt(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || n < 1)
        return fail(u"usage: tutorialdesk-lookupbench --database URL N (N at least 1)"_s);
    auto url = DatabaseLocator::resolve(parser.value(databaseOption));
    if (!url)
        return fail(url.error().message);
    Database database(*url);
    auto state = Schema::check(database);
    if (!state)
        return fail(state.error().message);
    if (*state == Schema::State::Missing)
        return fail(u"%1 has no tutorials table"_s.arg(url->displayName()));
    TutorialService service(database);
    auto counts = service.counts();
    if (!counts)
        return fail(counts.error().message);
    if (counts->tutorials == 0)
        return fail(u"the lookups need tutorials in the database"_s);
    auto warm = service.findAll(u"\u0001"_s); // opens the connection without loading anything
    Q_UNUSED(warm);
    quint64 state64 = 42;
    QList<qint64> ids;
    ids.reserve(n);
    for (int i = 0; i < n; ++i) {
        state64 = state64 * 6364136223846793005ULL + 1442695040888963407ULL;
        ids << qint64((state64 >> 33) % quint64(counts->tutorials)) + 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 found = 0;
    for (qint64 id : std::as_const(ids)) {
        auto tutorial = service.findTutorialById(id);
        if (tutorial)
            ++found;
        else if (tutorial.error().kind != Error::Kind::NotFound)
            return fail(tutorial.error().message);
    }
    const qint64 ms = timer.elapsed();
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("lookups");
    json.value(qint64(n));
    json.key("found");
    json.value(found);
    json.key("ms");
    json.value(ms);
    json.endObject();
    out += '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
