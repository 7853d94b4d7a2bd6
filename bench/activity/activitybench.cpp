// The Activity view's statements on a large database, timed in-process: comments per week for the whole database
// (every comment read: no index covers createdAt), for one tutorial (its range of the tutorialId index), the
// tutorials with the most comments (the tutorialId index), and what the view waits for in each scope, from its
// request to ActivityLoader until the answer is back on the requesting thread.
//   tutorialdesk-activitybench --database URL [--runs N] [--warmup N] [--top N]
// Prints one JSON object: the median of each (in ms) over the runs, and every run's figures.
#include "activityloader.h"
#include "activitystats.h"
#include "database.h"
#include "databaselocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

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
    }
    database.closeThreadConnection();

    ActivityLoader loader(*url);
    QList<double> weeksAll, weeksAllStatement, mostCommented, weeksTutorial, viewAll, viewTutorial;
    ActivityFigures figures;
    qint64 weekCount = 0, counted = 0;
    for (int run = 0; run < warmup + runs; ++run) {
        const bool counts = run >= warmup;
        // The whole database, weeks only, then the top tutorials only, then each scope as the view asks for it.
        const double all = timeRequest(loader, CommentScope::all(), 0, &figures);
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
        const double one = timeRequest(loader, CommentScope::tutorial(tutorialId), 0, &figures);
        if (counts)
            weeksTutorial << one;
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
        {u"activityWeeksAllStatementMs"_s, median(weeksAllStatement)},
        {u"activityWeeksTutorialMs"_s, median(weeksTutorial)},
        {u"activityMostCommentedMs"_s, median(mostCommented)},
        {u"activityViewAllMs"_s, median(viewAll)},
        {u"activityViewTutorialMs"_s, median(viewTutorial)},
        {u"every"_s,
         QJsonObject{{u"weeksAll"_s, list(weeksAll)},
                     {u"mostCommented"_s, list(mostCommented)},
                     {u"weeksTutorial"_s, list(weeksTutorial)},
                     {u"viewAll"_s, list(viewAll)},
                     {u"viewTutorial"_s, list(viewTutorial)}}},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
