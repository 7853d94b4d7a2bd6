// The tutorial list's order, read as the window's list worker reads it (TutorialService::findTutorialOrder: every
// matching id in the list's order), R times per case in one process, on a database given:
//   tutorialdesk-orderbench --database URL [--runs R] [--search TEXT]...
// Cases: each sort (title, created, updated, comment count), descending as the window starts, then each --search
// text (default: "opic 4217" and "zzz", the first a text with digits, the second one found nowhere) sorted by update
// time. Prints one line per case: its median, lowest and highest in ms and the ids found. The connection is opened
// and the tables checked before the first run; nothing is written.
#include "database.h"
#include "databaseurl.h"
#include "schema.h"
#include "tutorialservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void measure(TutorialService &service, const char *label, const SummaryQuery &query, int runs)
{
    QList<double> ms;
    qsizetype found = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto order = service.findTutorialOrder(query);
        ms << timer.nsecsElapsed() / 1e6;
        if (!order) {
            std::fprintf(stderr, "orderbench: %s: %s\n", label, qPrintable(order.error().message));
            return;
        }
        found = order->size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-28s median %7.1f ms  lowest %7.1f  highest %7.1f  ids %lld\n", label, ms.at(ms.size() / 2),
                ms.first(), ms.last(), static_cast<long long>(found));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(u"database"_s, u"sqlite:PATH or mysql://USER@HOST:PORT/DB"_s, u"URL"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per case (default 15)."_s, u"R"_s, u"15"_s);
    const QCommandLineOption searchOption(u"search"_s, u"A search text (repeatable)."_s, u"TEXT"_s);
    parser.addOptions({databaseOption, runsOption, searchOption});
    parser.process(app);
    auto url = DatabaseUrl::parse(parser.value(databaseOption));
    if (!url) {
        std::fprintf(stderr, "orderbench: %s\n", qPrintable(url.error().message));
        return 2;
    }
    Database database(*url);
    if (auto ready = Schema::init(database); !ready) {
        std::fprintf(stderr, "orderbench: %s\n", qPrintable(ready.error().message));
        return 1;
    }
    TutorialService service(database);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const std::pair<const char *, SummarySort> sorts[] = {{"title", SummarySort::Title},
                                                          {"createdAt", SummarySort::CreatedAt},
                                                          {"updatedAt", SummarySort::UpdatedAt},
                                                          {"comment count", SummarySort::CommentCount}};
    for (const auto &[label, sort] : sorts) {
        SummaryQuery query;
        query.sort = sort;
        query.descending = true;
        measure(service, label, query, runs);
    }
    QStringList searches = parser.values(searchOption);
    if (searches.isEmpty())
        searches = {u"opic 4217"_s, u"zzz"_s};
    for (const QString &text : std::as_const(searches)) {
        SummaryQuery query;
        query.sort = SummarySort::UpdatedAt;
        query.descending = true;
        query.search = text;
        const QByteArray label = (u"search \""_s + text + u"\""_s).toUtf8();
        measure(service, label.constData(), query, runs);
    }
    return 0;
}
