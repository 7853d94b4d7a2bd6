// The window's speed on a large database, measured in-process with real widgets and real events:
// first paint, selecting a tutorial, a filter keystroke, the longest event-loop stall while browsing, peak RSS.
//   tutorialdesk-guibench --database URL [--selections N] [--keystrokes N]
// Prints one JSON object. QT_QPA_PLATFORM=offscreen or an X server (xvfb-run) both work.
#include "database.h"
#include "databaselocator.h"
#include "mainwindow.h"
#include "schema.h"
#include "tutoriallistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The longest gap between ticks of a 2 ms timer: how long the event loop was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return m_worst / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.size() % 2 ? values[values.size() / 2]
                             : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Waits, running the event loop, until `done` or the time is up; returns the elapsed milliseconds.
template<typename Done>
double waitFor(Done done, const QElapsedTimer &since, int timeoutMs = 10000)
{
    while (!done() && since.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return since.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"TutorialDeskBench"_s); // its own settings, not the person's
    QApplication::setApplicationName(u"guibench"_s);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(u"database"_s, u"The database (already filled)."_s, u"URL"_s);
    const QCommandLineOption selectionsOption(u"selections"_s, u"Tutorials to select."_s, u"N"_s, u"30"_s);
    const QCommandLineOption keystrokesOption(u"keystrokes"_s, u"Filter keystrokes."_s, u"N"_s, u"10"_s);
    parser.addOptions({databaseOption, selectionsOption, keystrokesOption});
    parser.addHelpOption();
    parser.process(app);

    QElapsedTimer startup;
    startup.start();
    auto url = DatabaseLocator::resolve(parser.value(databaseOption));
    if (!url) {
        std::fprintf(stderr, "guibench: %s\n", qPrintable(url.error().message));
        return 1;
    }
    auto database = std::make_shared<Database>(*url);
    if (auto state = Schema::init(*database); !state) {
        std::fprintf(stderr, "guibench: %s\n", qPrintable(state.error().message));
        return 1;
    }

    // First paint: from here to the first paint of the list with rows in it.
    bool painted = false;
    MainWindow window(database);
    auto *list = window.findChild<QTreeView *>(u"tutorialView"_s);
    auto *comments = window.findChild<QTableView *>(u"commentView"_s);
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    if (!list || !comments || !search) {
        std::fprintf(stderr, "guibench: the window has no tutorialView/commentView/searchEdit\n");
        return 1;
    }
    class PaintWatch : public QObject
    {
    public:
        explicit PaintWatch(bool &painted, const QAbstractItemView *view) : m_painted(painted), m_view(view) { }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0)
                m_painted = true;
            return false;
        }

    private:
        bool &m_painted;
        const QAbstractItemView *m_view;
    } watch(painted, list);
    list->viewport()->installEventFilter(&watch);
    window.resize(1200, 800);
    window.show();
    const double firstPaintMs = waitFor([&] { return painted; }, startup);
    list->viewport()->removeEventFilter(&watch);
    QTest::qWait(200);

    StallMeter stalls;
    stalls.start();

    // Selecting a tutorial: a click on a row, until its comments are in the table.
    QList<double> selectMs;
    const int selections = parser.value(selectionsOption).toInt();
    auto *model = list->model();
    const int firstRow = window.tutorialModel()->hasUnassignedRow() ? 1 : 0;
    for (int i = 0; i < selections && model->rowCount() > firstRow + 1; ++i) {
        const int row = firstRow + (i * 7919) % std::min(model->rowCount() - firstRow, 40);
        const QModelIndex index = model->index(row, 0);
        list->scrollTo(index);
        QCoreApplication::processEvents();
        const qint64 id = window.tutorialModel()->idAt(row);
        if (window.shownTutorialId() == id)
            continue;
        QElapsedTimer click;
        click.start();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        selectMs << waitFor([&] { return window.shownTutorialId() == id; }, click);
    }

    // Scrolling the whole list down (fetchMore pages) and back.
    QElapsedTimer scroll;
    scroll.start();
    for (int step = 0; step < 40; ++step) {
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    list->verticalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    const double scrollMs = scroll.nsecsElapsed() / 1e6;
    const int rowsAfterScroll = model->rowCount();

    // Sorting by each column, as a click on its header.
    QList<double> sortMs;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (list->isColumnHidden(column))
            continue;
        QElapsedTimer sort;
        sort.start();
        const int section = list->header()->visualIndex(column);
        int x = list->header()->sectionViewportPosition(column) + list->header()->sectionSize(column) / 2;
        Q_UNUSED(section);
        QTest::mouseClick(list->header()->viewport(), Qt::LeftButton, {}, QPoint(x, list->header()->height() / 2));
        QCoreApplication::processEvents();
        sortMs << sort.nsecsElapsed() / 1e6;
    }

    // A filter keystroke: from the key press until the list shows the filtered rows (the debounce included).
    QList<double> filterMs;
    const int keystrokes = parser.value(keystrokesOption).toInt();
    const QString typed = u"topic 4217"_s;
    for (int i = 0; i < keystrokes; ++i) {
        search->clear();
        QTest::qWait(300);
        search->setFocus();
        QTest::keyClicks(search, typed.left(typed.size() - 1));
        QTest::qWait(300);
        bool reset = false;
        const auto connection = QObject::connect(model, &QAbstractItemModel::modelReset, [&] { reset = true; });
        QElapsedTimer key;
        key.start();
        QTest::keyClick(search, typed.back().toLatin1());
        filterMs << waitFor([&] { return reset; }, key);
        QObject::disconnect(connection);
    }
    search->clear();
    QTest::qWait(300);
    const double worstStallMs = stalls.stopMs();

    std::printf("{\"database\": \"%s\", \"firstPaintMs\": %.1f, \"selectMedianMs\": %.1f, \"selectWorstMs\": %.1f, "
                "\"filterMedianMs\": %.1f, \"filterWorstMs\": %.1f, \"sortWorstMs\": %.1f, \"scrollMs\": %.1f, "
                "\"rowsLoadedAfterScroll\": %d, \"worstStallMs\": %.1f, \"peakRssMb\": %.1f}\n",
                qPrintable(url->isMySql() ? u"mariadb"_s : u"sqlite"_s), firstPaintMs, median(selectMs),
                selectMs.isEmpty() ? 0.0 : *std::max_element(selectMs.begin(), selectMs.end()), median(filterMs),
                filterMs.isEmpty() ? 0.0 : *std::max_element(filterMs.begin(), filterMs.end()),
                sortMs.isEmpty() ? 0.0 : *std::max_element(sortMs.begin(), sortMs.end()), scrollMs, rowsAfterScroll,
                worstStallMs, peakRssKb() / 1024.0);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    return 0;
}
