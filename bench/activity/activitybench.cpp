// The Activity view's statements on a large database, timed in-process: comments per week for the whole database
// (every comment read: no index covers createdAt), for one tutorial (its range of the tutorialId index), the
// tutorials with the most comments (the tutorialId index), and what the view waits for in each scope, from its
// request to ActivityLoader until the answer is back on the requesting thread. For comparison in the same run, the
// whole database's weeks counted on one connection only, and the statement before issue 13's speed work (one GROUP BY
// over every row; SQLite sorts them all), sent directly here.
//   tutorialdesk-activitybench --database URL [--runs N] [--warmup N] [--top N]
// Prints one JSON object: the median of each (in ms) over the runs, and every run's figures.
#include "activityloader.h"
#include "activitystats.h"
#include "database.h"
#include "databaselocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The machine's load averages (1, 5, 15 minutes) as /proc/loadavg says, to read the times with.
QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readLine()).section(u' ', 0, 2);
}

// This process's CPU time, every thread: for SQLite the work itself, whatever else the machine is doing.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// The CPU every thread of a MariaDB server on this machine has used so far (its connections' threads, and the I/O
// threads that read pages ahead for them), from /proc, to the nanosecond; -1 when it cannot be read (no local server,
// or SQLite). `pid` is the server's process id, 0 when unknown.
double serverCpuMs(qint64 pid)
{
    if (pid <= 0)
        return -1;
    const QString tasks = u"/proc/%1/task"_s.arg(pid);
    const QDir dir(tasks);
    if (!dir.exists())
        return -1;
    double ms = 0;
    for (const QString &task : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks + u'/' + task + u"/schedstat"_s);
        if (file.open(QIODevice::ReadOnly))
            ms += QString::fromLatin1(file.readAll()).section(u' ', 0, 0).toDouble() / 1e6;
    }
    return ms;
}

// The process id of the MariaDB server behind `db`, when it runs on this machine and its pid file can be read; else 0.
qint64 serverPid(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT @@pid_file"_s) || !query.next())
        return 0;
    QFile file(query.value(0).toString());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// From the request until loaded() arrives here, through the event loop, as the view gets it.
double timeRequest(ActivityLoader &loader, const CommentScope &scope, int top, ActivityFigures *figures)
{
    QEventLoop loop;
    QElapsedTimer clock;
    bool failed = false;
    const auto ok = QObject::connect(&loader, &ActivityLoader::loaded, &loop, [&](quint64, const ActivityFigures &f) {
        *figures = f;
        loop.quit();
    });
    const auto ko = QObject::connect(&loader, &ActivityLoader::failed, &loop, [&](quint64, const QString &message) {
        std::fprintf(stderr, "activitybench: %s\n", qPrintable(message));
        failed = true;
        loop.quit();
    });
    clock.start();
    loader.request(scope, top);
    loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    QObject::disconnect(ok);
    QObject::disconnect(ko);
    if (failed)
        std::exit(1);
    return ms;
}

// The whole database's weeks as they were counted before (one GROUP BY statement; SQLite sorts every row for it), on
// this thread's connection: the reference the new figures are compared with.
double timeOldStatement(Database &database, qint64 *counted)
{
    auto db = database.connection();
    if (!db) {
        std::fprintf(stderr, "activitybench: %s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    const QString statement = database.isMySql()
            ? u"SELECT (TO_DAYS(createdAt) + 5) DIV 7 AS week, COUNT(*) FROM comments GROUP BY week"_s
            : u"SELECT (unixepoch(createdAt) + 62169465600) / 604800 AS week, COUNT(*) FROM comments GROUP BY week"_s;
    QElapsedTimer clock;
    clock.start();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.exec(statement)) {
        std::fprintf(stderr, "activitybench: %s\n", qPrintable(query.lastError().text()));
        std::exit(1);
    }
    *counted = 0;
    while (query.next())
        *counted += query.isNull(0) ? 0 : query.value(1).toLongLong();
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(u"database"_s, u"The database (already filled)."_s, u"URL"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Measured runs."_s, u"N"_s, u"5"_s);
    const QCommandLineOption warmupOption(u"warmup"_s, u"Runs before those, not counted."_s, u"N"_s, u"1"_s);
    const QCommandLineOption topOption(u"top"_s, u"How many tutorials with the most comments."_s, u"N"_s, u"10"_s);
    parser.addOptions({databaseOption, runsOption, warmupOption, topOption});
    parser.addHelpOption();
    parser.process(app);
    auto url = DatabaseLocator::resolve(parser.value(databaseOption));
    if (!url) {
        std::fprintf(stderr, "activitybench: %s\n", qPrintable(url.error().message));
        return 1;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int warmup = std::max(0, parser.value(warmupOption).toInt());
    const int top = std::max(1, parser.value(topOption).toInt());

    // The tutorial in the middle of the id range, and the size of the table, for the record.
    Database database(*url);
    qint64 tutorialId = 0;
    qint64 comments = 0;
    qint64 server = 0; // the MariaDB server's process id, when it is on this machine
    {
        auto db = database.connection();
        if (!db) {
            std::fprintf(stderr, "activitybench: %s\n", qPrintable(db.error().message));
            return 1;
        }
        QSqlQuery query(*db);
        if (!query.exec(u"SELECT (SELECT MAX(id) FROM tutorials) / 2, (SELECT COUNT(*) FROM comments)"_s)
            || !query.next()) {
            std::fprintf(stderr, "activitybench: the database has no tutorials and comments tables\n");
            return 1;
        }
        tutorialId = std::max<qint64>(1, query.value(0).toLongLong());
        comments = query.value(1).toLongLong();
        if (url->isMySql())
            server = serverPid(*db);
    }

    ActivityLoader loader(*url);
    ActivityLoader oneConnection(*url);
    oneConnection.setPartsFrom(std::numeric_limits<qint64>::max());
    QList<double> weeksAll, weeksAllStatement, mostCommented, weeksTutorial, viewAll, viewTutorial;
    QList<double> weeksAllOld, weeksAllOneConnection, cpuOld, cpuOneConnection, cpuAll;
    QList<double> serverOld, serverOneConnection, serverAll; // the server's CPU, when it can be read
    ActivityFigures figures;
    const QString loadAtStart = loadAverage();
    qint64 weekCount = 0, counted = 0;
    for (int run = 0; run < warmup + runs; ++run) {
        const bool counts = run >= warmup;
        // Before, then on one connection, then as the view counts now (two halves at once).
        qint64 oldCounted = 0;
        double cpu = cpuMs();
        const double serverAtStart = serverCpuMs(server);
        const double old = timeOldStatement(database, &oldCounted);
        const double cpuAfterOld = cpuMs();
        const double serverAfterOld = serverCpuMs(server);
        const double one = timeRequest(oneConnection, CommentScope::all(), 0, &figures);
        const double cpuAfterOne = cpuMs();
        const double serverAfterOne = serverCpuMs(server);
        if (counts) {
            weeksAllOld << old;
            weeksAllOneConnection << one;
            cpuOld << cpuAfterOld - cpu;
            cpuOneConnection << cpuAfterOne - cpuAfterOld;
            if (server) {
                serverOld << serverAfterOld - serverAtStart;
                serverOneConnection << serverAfterOne - serverAfterOld;
            }
        }
        if (oldCounted != comments) {
            std::fprintf(stderr, "activitybench: the old statement counted %lld comments, the table holds %lld\n",
                         static_cast<long long>(oldCounted), static_cast<long long>(comments));
            return 1;
        }
        // The whole database, weeks only, then the top tutorials only, then each scope as the view asks for it.
        cpu = cpuMs();
        const double serverBefore = serverCpuMs(server);
        const double all = timeRequest(loader, CommentScope::all(), 0, &figures);
        if (counts) {
            cpuAll << cpuMs() - cpu;
            if (server)
                serverAll << serverCpuMs(server) - serverBefore;
        }
        if (counts) {
            weeksAll << all;
            weeksAllStatement << figures.weeksMs;
        }
        weekCount = figures.weeks.size();
        counted = 0;
        for (const WeekCount &week : std::as_const(figures.weeks))
            counted += week.comments;
        timeRequest(loader, CommentScope::tutorial(tutorialId), top, &figures);
        if (counts)
            mostCommented << figures.mostCommentedMs;
        const double tutorial = timeRequest(loader, CommentScope::tutorial(tutorialId), 0, &figures);
        if (counts)
            weeksTutorial << tutorial;
        const double viewA = timeRequest(loader, CommentScope::all(), top, &figures);
        const double viewT = timeRequest(loader, CommentScope::tutorial(tutorialId), top, &figures);
        if (counts) {
            viewAll << viewA;
            viewTutorial << viewT;
        }
    }
    if (counted != comments) {
        std::fprintf(stderr, "activitybench: the weeks hold %lld comments, the table %lld\n",
                     static_cast<long long>(counted), static_cast<long long>(comments));
        return 1;
    }
    const auto list = [](const QList<double> &values) {
        QJsonArray array;
        for (double v : values)
            array.append(v);
        return array;
    };
    QJsonObject out{
        {u"database"_s, url->isMySql() ? u"mariadb"_s : u"sqlite"_s},
        {u"comments"_s, comments},
        {u"weeks"_s, weekCount},
        {u"tutorialId"_s, tutorialId},
        {u"runs"_s, runs},
        {u"activityWeeksAllMs"_s, median(weeksAll)},
        {u"activityWeeksAllOneConnectionMs"_s, median(weeksAllOneConnection)},
        {u"activityWeeksAllBeforeMs"_s, median(weeksAllOld)},
        {u"activityWeeksAllCpuMs"_s, median(cpuAll)},
        {u"activityWeeksAllOneConnectionCpuMs"_s, median(cpuOneConnection)},
        {u"activityWeeksAllBeforeCpuMs"_s, median(cpuOld)},
        // The server's CPU (all its threads), on a MariaDB server on this machine; -1 elsewhere.
        {u"activityWeeksAllServerCpuMs"_s, median(serverAll)},
        {u"activityWeeksAllOneConnectionServerCpuMs"_s, median(serverOneConnection)},
        {u"activityWeeksAllBeforeServerCpuMs"_s, median(serverOld)},
        {u"loadAverageAtStart"_s, loadAtStart},
        {u"loadAverageAtEnd"_s, loadAverage()},
        {u"activityWeeksAllStatementMs"_s, median(weeksAllStatement)},
        {u"activityWeeksTutorialMs"_s, median(weeksTutorial)},
        {u"activityMostCommentedMs"_s, median(mostCommented)},
        {u"activityViewAllMs"_s, median(viewAll)},
        {u"activityViewTutorialMs"_s, median(viewTutorial)},
        {u"every"_s,
         QJsonObject{{u"weeksAll"_s, list(weeksAll)},
                     {u"weeksAllOneConnection"_s, list(weeksAllOneConnection)},
                     {u"weeksAllBefore"_s, list(weeksAllOld)},
                     {u"mostCommented"_s, list(mostCommented)},
                     {u"weeksTutorial"_s, list(weeksTutorial)},
                     {u"viewAll"_s, list(viewAll)},
                     {u"viewTutorial"_s, list(viewTutorial)}}},
    };
    database.closeThreadConnection();
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
