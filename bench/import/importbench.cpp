// The window's File > Import JSON path, once, in a process of its own, so that its peak resident memory is the
// import's (issue 12: the window imports through the streaming reader).
//   QT_QPA_PLATFORM=offscreen tutorialdesk-importbench --database URL FILE
// Prints {"tutorials":T,"comments":C,"ms":X,"peakRssKiB":P,"startRssKiB":S}: VmHWM and VmRSS before the import, from
// /proc/self/status. A file to try: `tutorialctl --database sqlite:/tmp/big.sqlite export /tmp/big.json`.
#include "database.h"
#include "databaselocator.h"
#include "filetransfers.h"
#include "importedrows.h"
#include "schema.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "importbench: %s\n", qPrintable(message));
    return 1;
}

// A line of /proc/self/status ("VmHWM:   123456 kB"), in KiB.
qint64 statusKiB(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(u"database"_s, u"The database (as tutorialctl --database)."_s, u"URL"_s);
    parser.addOption(databaseOption);
    parser.addPositionalArgument(u"FILE"_s, u"The JSON file to import."_s);
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        return fail(u"usage: tutorialdesk-importbench --database URL FILE"_s);
    auto url = DatabaseLocator::resolve(parser.value(databaseOption));
    if (!url)
        return fail(url.error().message);
    auto database = std::make_shared<Database>(*url);
    if (auto state = Schema::init(*database); !state)
        return fail(state.error().message);
    const qint64 startRss = statusKiB("VmRSS");
    ImportedRows stored; // what the window keeps for the import's undo
    QElapsedTimer timer;
    timer.start();
    auto imported = FileTransfers::importJson(nullptr, database, parser.positionalArguments().first(), &stored);
    const qint64 ms = timer.elapsed();
    if (!imported)
        return fail(imported.error().message);
    std::printf("{\"tutorials\":%lld,\"comments\":%lld,\"ms\":%lld,\"peakRssKiB\":%lld,\"startRssKiB\":%lld}\n",
                qlonglong(stored.tutorialCount()), qlonglong(stored.commentCount()), qlonglong(ms), qlonglong(statusKiB("VmHWM")),
                qlonglong(startRss));
    return 0;
}
