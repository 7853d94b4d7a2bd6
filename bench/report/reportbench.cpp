// How long a report of one tutorial with many comments takes, measured in-process: reading it (findTutorialById),
// building and laying out the QTextDocument, and painting every page into a PDF file; and for File ▸ Print Preview,
// recording every page on the worker (Report::record, A4 at 1200 dpi as a high-resolution QPrinter) and replaying
// them as the window's thread does when Qt's preview asks for its pages (each drawn into a new QPicture, which is what
// Qt's preview engine records). With --compare, the ways of
// filling the comment table that were tried, built and laid out on the same rows (see docs/benchmarks.md).
//   tutorialdesk-reportbench [--database URL] [--comments N] [--runs R] [--compare N] [--keep FILE]
// Without --database, a temporary SQLite file. Prints one JSON object; QT_QPA_PLATFORM=offscreen is enough.
#include "database.h"
#include "databaselocator.h"
#include "report.h"
#include "reportsource.h"
#include "schema.h"
#include "tutorialservice.h"

#include <QAbstractTextDocumentLayout>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

// Comments as people write them: a name, and a text from a few words to the column's full 255 characters
// (about 90 on average), deterministic.
Tutorial sampleTutorial(int comments)
{
    static const QStringList words{u"good"_s, u"tutorial"_s, u"thanks"_s, u"the"_s, u"example"_s, u"works"_s,
                                   u"Sequelize"_s, u"one-to-many"_s, u"association"_s, u"helped"_s, u"me"_s,
                                   u"with"_s, u"my"_s, u"project"_s, u"but"_s, u"how"_s, u"do"_s, u"I"_s,
                                   u"include"_s, u"comments"_s, u"query"_s, u"great"_s, u"explanation"_s};
    quint32 state = 2463534242u;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    Tutorial tutorial;
    tutorial.title = u"A tutorial with %1 comments"_s.arg(comments);
    tutorial.description = u"Every comment of it, printed: the report benchmark's data."_s;
    tutorial.comments.reserve(comments);
    for (int i = 0; i < comments; ++i) {
        Comment comment;
        comment.name = u"reader%1"_s.arg(next() % 5000);
        const int length = next() % 8 == 0 ? 200 + int(next() % 55) : 10 + int(next() % 110);
        QString text;
        while (text.size() < length)
            text += words.at(next() % words.size()) + u' ';
        comment.text = text.left(length).trimmed();
        tutorial.comments.append(comment);
    }
    return tutorial;
}

// The alternatives for the comment table, built and laid out on one document each.
enum class Fill { Chosen, CellAt, Html, LayoutWhileFilling };

double timeFill(Fill fill, const Tutorial &tutorial, QPdfWriter &device, int *pages)
{
    const QSizeF page = device.pageLayout().paintRectPixels(device.logicalDpiX()).size();
    QElapsedTimer timer;
    timer.start();
    if (fill == Fill::Chosen) {
        auto document = Report::forTutorial(tutorial).document(&device, page);
        *pages = document->pageCount();
        return timer.nsecsElapsed() / 1e6;
    }
    QTextDocument document;
    document.setUndoRedoEnabled(false);
    if (fill == Fill::LayoutWhileFilling) {
        // The page size first, as one would write it: the layout runs again after every insertion.
        document.documentLayout()->setPaintDevice(&device);
        document.setPageSize(page);
    }
    QTextCursor cursor(&document);
    cursor.insertText(tutorial.title);
    const int rows = int(tutorial.comments.size());
    if (fill == Fill::Html) {
        QString html = u"<table width=\"100%\"><thead><tr><th>Name</th><th>Text</th><th>Created</th></tr></thead>"_s;
        for (const Comment &comment : tutorial.comments)
            html += u"<tr><td>"_s + comment.name.toHtmlEscaped() + u"</td><td>"_s + comment.text.toHtmlEscaped()
                    + u"</td><td>12/1/26 2:50 PM</td></tr>"_s;
        html += u"</table>"_s;
        cursor.insertHtml(html);
    } else {
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        QTextTable *table = cursor.insertTable(rows + 1, 3, format);
        for (int row = 0; row < rows; ++row) {
            const Comment &comment = tutorial.comments.at(row);
            table->cellAt(row + 1, 0).firstCursorPosition().insertText(comment.name);
            table->cellAt(row + 1, 1).firstCursorPosition().insertText(comment.text);
            table->cellAt(row + 1, 2).firstCursorPosition().insertText(u"12/1/26 2:50 PM"_s);
        }
    }
    if (fill != Fill::LayoutWhileFilling) {
        document.documentLayout()->setPaintDevice(&device);
        document.setPageSize(page);
    }
    *pages = document.pageCount();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(u"database"_s, u"Database URL (default: a temporary SQLite file)."_s,
                                            u"URL"_s);
    const QCommandLineOption commentsOption(u"comments"_s, u"Comments of the tutorial (default 10000)."_s, u"N"_s,
                                            u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs (default 5), after one warm-up."_s, u"R"_s, u"5"_s);
    const QCommandLineOption compareOption(u"compare"_s, u"Also time the other ways to fill the table, on N rows."_s,
                                           u"N"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the last PDF as FILE."_s, u"FILE"_s);
    parser.addOptions({databaseOption, commentsOption, runsOption, compareOption, keepOption});
    parser.addHelpOption();
    parser.process(app);
    const int comments = parser.value(commentsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString text = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : u"sqlite:"_s + dir.filePath(u"report.sqlite"_s);
    auto url = DatabaseLocator::resolve(text);
    if (!url) {
        std::fprintf(stderr, "reportbench: %s\n", qPrintable(url.error().message));
        return 1;
    }
    Database database(*url);
    if (auto state = Schema::init(database); !state) {
        std::fprintf(stderr, "reportbench: %s\n", qPrintable(state.error().message));
        return 1;
    }
    TutorialService service(database);
    const Tutorial sample = sampleTutorial(comments);
    auto created = service.createTutorials({sample});
    if (!created) {
        std::fprintf(stderr, "reportbench: %s\n", qPrintable(created.error().message));
        return 1;
    }
    const qint64 id = created->first().id;
    const QString pdf = parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(u"report.pdf"_s);

    QList<double> load, write, total, cpu, record, replay;
    int recordedPages = 0;
    int pages = 0;
    for (int run = 0; run <= runs; ++run) {
        const double cpuBefore = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto report = ReportSource::tutorial(service, id);
        if (!report || report->tutorial().comments.size() != comments) {
            std::fprintf(stderr, "reportbench: %s\n", qPrintable(report.error().message));
            return 1;
        }
        const double loaded = timer.nsecsElapsed() / 1e6;
        auto written = report->writePdf(pdf);
        if (!written) {
            std::fprintf(stderr, "reportbench: %s\n", qPrintable(written.error().message));
            return 1;
        }
        const double all = timer.nsecsElapsed() / 1e6;
        const double cpuPdf = cpuMs() - cpuBefore;
        // Print preview: the pages recorded (on the worker in the window), then replayed (on the window's thread).
        const QPageLayout previewLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                                        QPageLayout::Millimeter);
        timer.restart();
        const Report::Recorded recorded = report->record(previewLayout, 1200);
        const double recordedMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        for (const QPicture &page : recorded.pages) {
            QPicture copy;
            QPainter painter(&copy);
            painter.drawPicture(QPointF(0, 0), page);
        }
        const double replayedMs = timer.nsecsElapsed() / 1e6;
        if (run == 0)
            continue; // the warm-up: fonts found, statements prepared
        record << recordedMs;
        replay << replayedMs;
        recordedPages = int(recorded.pages.size());
        pages = *written;
        load << loaded;
        write << all - loaded;
        total << all;
        cpu << cpuPdf;
    }
    QJsonObject result{{u"database"_s, url->isSqlite() ? u"sqlite"_s : u"mariadb"_s},
                       {u"comments"_s, comments},
                       {u"runs"_s, runs},
                       {u"pages"_s, pages},
                       {u"pdf_bytes"_s, QFileInfo(pdf).size()},
                       {u"load_ms"_s, median(load)},
                       {u"pdf_ms"_s, median(write)},
                       {u"total_ms"_s, median(total)},
                       {u"total_ms_min"_s, *std::min_element(total.cbegin(), total.cend())},
                       {u"total_ms_max"_s, *std::max_element(total.cbegin(), total.cend())},
                       {u"cpu_ms"_s, median(cpu)},
                       {u"preview_pages"_s, recordedPages},
                       {u"preview_record_ms"_s, median(record)},
                       {u"preview_replay_ms"_s, median(replay)}};

    if (parser.isSet(compareOption)) {
        // Build and layout only (painting is the same for all), on the first N comments, median of the runs.
        Tutorial part = sample;
        part.comments.resize(std::min<qsizetype>(part.comments.size(), parser.value(compareOption).toInt()));
        QTemporaryDir scratch;
        QPdfWriter device(scratch.filePath(u"compare.pdf"_s));
        device.setPageSize(QPageSize(QPageSize::A4));
        QJsonObject compare{{u"rows"_s, int(part.comments.size())}};
        const std::pair<Fill, const char *> fills[] = {{Fill::Chosen, "chosen_ms"},
                                                       {Fill::CellAt, "cellat_ms"},
                                                       {Fill::Html, "escaped_html_ms"},
                                                       {Fill::LayoutWhileFilling, "layout_while_filling_ms"}};
        for (const auto &[fill, name] : fills) {
            QList<double> times;
            int comparePages = 0;
            const int tries = fill == Fill::LayoutWhileFilling ? 1 : runs; // minutes each at a few thousand rows
            for (int i = 0; i < tries; ++i)
                times << timeFill(fill, part, device, &comparePages);
            compare.insert(QString::fromLatin1(name), median(times));
        }
        result.insert(u"compare"_s, compare);
    }
    service.database().closeThreadConnection();
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
