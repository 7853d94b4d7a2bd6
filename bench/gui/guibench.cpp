// The window's speed on a large database, measured in-process with real widgets and real events:
// first paint; the time until it settles (the list and the shown tutorial painted, then no CPU for 300 ms), the CPU it
// uses in the 10 s after, and the rows the list read; a jump to the middle of the list; on MariaDB the queries (and,
// given the server's pid, the server CPU) one idle window costs in --idle-seconds; selecting a tutorial, a filter
// keystroke, the longest event-loop stall while browsing, peak RSS.
//   tutorialdesk-guibench --database URL [--selections N] [--keystrokes N] [--idle-seconds N] [--server-pid PID]
// Prints one JSON object. QT_QPA_PLATFORM=offscreen or an X server (xvfb-run) both work.
#include "changewatcher.h"
#include "commenttablemodel.h"
#include "database.h"
#include "databaselocator.h"
#include "mainwindow.h"
#include "processheap.h"
#include "schema.h"
#include "tutoriallistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

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

// CPU time of the whole process (every thread), in nanoseconds.
qint64 processCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Milliseconds since this process started (its start time in /proc/self/stat, against the boot-time clock).
double processAgeMs()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startMs = fields.value(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return now.tv_sec * 1000.0 + now.tv_nsec / 1e6 - startMs;
}

// Another process's CPU time in milliseconds, to the nanosecond: the sum over its threads of the time on a CPU
// (/proc/PID/task/*/schedstat; the 10 ms ticks of /proc/PID/stat are too coarse for a minute's idle checks).
// -1 when it cannot be read.
double otherProcessCpuMs(qint64 pid)
{
    if (pid <= 0)
        return -1;
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    if (!tasks.exists())
        return -1;
    double ns = 0;
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile schedstat(tasks.filePath(task + u"/schedstat"_s));
        if (schedstat.open(QIODevice::ReadOnly))
            ns += schedstat.readAll().split(' ').value(0).toDouble();
    }
    return ns / 1e6;
}

// Runs the event loop for `ms` without spinning (a spinning wait would be CPU the window did not use).
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `ready` holds and the process has then used no CPU for `quietMs` (ticks of 10 ms that
// cost under 1 ms, the measuring's own cost and the machine's noise, count as none); returns when it last used CPU,
// as ms of process age.
template<typename Ready>
double settle(Ready ready, int quietMs = 300, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    const double startAge = processAgeMs(); // read once: reading /proc each tick would itself be CPU
    double lastBusy = startAge;
    qint64 lastCpu = processCpuNs();
    while (clock.elapsed() < timeoutMs) {
        idle(10);
        const qint64 cpu = processCpuNs();
        const double age = startAge + clock.nsecsElapsed() / 1e6;
        if (qEnvironmentVariableIsSet("GUIBENCH_TRACE"))
            std::fprintf(stderr, "settle: age %.1f cpu +%.2f ms ready %d\n", age, (cpu - lastCpu) / 1e6, int(ready()));
        if (cpu - lastCpu > 1000000 || !ready())
            lastBusy = age;
        lastCpu = cpu;
        if (age - lastBusy >= quietMs)
            break;
    }
    return lastBusy;
}

// Waits, running the event loop, until `done` or the time is up; returns the elapsed milliseconds.
template<typename Done>
double waitFor(Done done, const QElapsedTimer &since, int timeoutMs = 10000)
{
    // Asleep between events, as the window's event loop is: spinning here would keep one of the machine's cores
    // busy, the one the database's other threads need meanwhile. A timer wakes it at least every 5 ms.
    QTimer tick;
    tick.start(5);
    while (!done() && since.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return since.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    prepareProcessHeap(); // as tutorialdesk starts
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"TutorialDeskBench"_s); // its own settings, not the person's
    QApplication::setApplicationName(u"guibench"_s);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(u"database"_s, u"The database (already filled)."_s, u"URL"_s);
    const QCommandLineOption selectionsOption(u"selections"_s, u"Tutorials to select."_s, u"N"_s, u"30"_s);
    const QCommandLineOption keystrokesOption(u"keystrokes"_s, u"Filter keystrokes."_s, u"N"_s, u"10"_s);
    const QCommandLineOption idleOption(u"idle-seconds"_s, u"MariaDB: how long to count an idle window's queries."_s,
                                        u"N"_s, u"60"_s);
    const QCommandLineOption manyCommentsOption(u"many-comments"_s,
                                                u"A tutorial with very many comments, for the comment pane."_s,
                                                u"ID"_s);
    const QCommandLineOption serverPidOption(u"server-pid"_s, u"MariaDB: the server's pid, for its CPU time."_s,
                                             u"PID"_s);
    parser.addOptions({databaseOption, selectionsOption, keystrokesOption, idleOption, serverPidOption, manyCommentsOption});
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

    // As tutorialdesk's main() does: the list's order read while the window is built (its settings are empty here:
    // the default sort).
    TutorialListModel::prefetch(*url, TutorialListModel::UpdatedColumn, Qt::DescendingOrder);

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
    // Settled: the list and the shown tutorial painted, then no CPU for 300 ms; counted from the process's start.
    const double settleMs = settle([&] { return painted && window.shownTutorialId().has_value(); });
    list->viewport()->removeEventFilter(&watch);
    TutorialListModel *tutorials = window.tutorialModel();
    const qint64 rowsAfterSettle = tutorials->rowsRead();
    // What an idle window costs afterwards: CPU in the next 10 s.
    const qint64 cpuBeforeIdle = processCpuNs();
    idle(10000);
    const double cpuAfterSettleMs = (processCpuNs() - cpuBeforeIdle) / 1e6;

    // A jump to the middle: the thumb let go there, until the rows it shows are read (and painted).
    QScrollBar *bar = list->verticalScrollBar();
    const qint64 rowsBeforeJump = tutorials->rowsRead();
    QElapsedTimer jump;
    jump.start();
    bar->setValue(bar->maximum() / 2);
    const auto rowsShown = [&] {
        const int top = list->indexAt(QPoint(1, 1)).row();
        const QModelIndex bottom = list->indexAt(QPoint(1, list->viewport()->height() - 2));
        return top >= 0 && tutorials->isRowLoaded(top)
            && (!bottom.isValid() || tutorials->isRowLoaded(bottom.row()));
    };
    waitFor(rowsShown, jump);
    QCoreApplication::processEvents(); // painted
    const double jumpMs = jump.nsecsElapsed() / 1e6;
    settle(rowsShown);
    const qint64 rowsByJump = tutorials->rowsRead() - rowsBeforeJump;
    const int middleRow = list->indexAt(QPoint(1, 1)).row();

    // MariaDB: the statements the server received from this idle window (its Questions counter, less the two that
    // read it) and the server's CPU meanwhile: all of it (its background work included), and that of the server
    // threads serving the window's own connections (one thread a connection; their ids from PROCESSLIST.TID), which
    // is what the window costs it.
    double idleQueriesPerMin = -1;
    double idleServerCpuMsPerMin = -1;
    double idleWindowThreadsCpuMsPerMin = -1;
    double idleFullChecksPerMin = -1;
    double idleGatesPerMin = -1; // the change watcher's gates (statements)
    double idleCountChecksPerMin = -1; // its checks answered by the server's statement count (COM_STATISTICS)
    const int idleSeconds = parser.value(idleOption).toInt();
    if (url->isMySql() && idleSeconds > 0) {
        Database status(*url);
        {
            auto db = status.connection();
            const auto questions = [&]() -> qint64 {
                QSqlQuery query(*db);
                return query.exec(u"SHOW GLOBAL STATUS LIKE 'Questions'"_s) && query.next()
                    ? query.value(1).toLongLong()
                    : -1;
            };
            if (db) {
                const qint64 serverPid = parser.value(serverPidOption).toLongLong();
                QList<qint64> windowThreads;
                {
                    QSqlQuery query(*db);
                    if (query.exec(u"SELECT TID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                                   "AND ID <> CONNECTION_ID()"_s)) {
                        while (query.next())
                            windowThreads << query.value(0).toLongLong();
                    }
                }
                // schedstat: ns on the CPU, ns waiting for it, times it was put on the CPU (a wake-up each, for a
                // thread that sleeps between statements). Kept per thread, for the breakdown on stderr.
                QHash<qint64, std::pair<double, qint64>> perThread;
                const auto threadsCpuMs = [&] {
                    double ms = 0;
                    for (const qint64 tid : std::as_const(windowThreads)) {
                        QFile schedstat(u"/proc/%1/task/%2/schedstat"_s.arg(serverPid).arg(tid));
                        if (!schedstat.open(QIODevice::ReadOnly))
                            return -1.0;
                        const QList<QByteArray> fields = schedstat.readAll().trimmed().split(' ');
                        const double threadMs = fields.value(0).toDouble() / 1e6;
                        const qint64 runs = fields.value(2).toLongLong();
                        const auto it = perThread.constFind(tid); // the first reading, then the difference
                        perThread.insert(tid, it == perThread.cend() ? std::pair{threadMs, runs}
                                                                     : std::pair{threadMs - it->first, runs - it->second});
                        ms += threadMs;
                    }
                    return ms;
                };
                auto *watcher = window.findChild<ChangeWatcher *>();
                const int full0 = watcher ? watcher->fullChecksDone() : -1;
                const int gates0 = watcher ? watcher->gatesRun() : -1;
                const int counted0 = watcher ? watcher->checksByStatementCount() : -1;
                const double threads0 = serverPid > 0 && !windowThreads.isEmpty() ? threadsCpuMs() : -1;
                const double cpu0 = otherProcessCpuMs(serverPid);
                const qint64 q0 = questions();
                idle(idleSeconds * 1000);
                const qint64 q1 = questions();
                const double cpu1 = otherProcessCpuMs(serverPid);
                const double threads1 = threads0 >= 0 ? threadsCpuMs() : -1;
                if (q0 >= 0 && q1 >= 0)
                    idleQueriesPerMin = (q1 - q0 - 1) * 60.0 / idleSeconds;
                if (cpu0 >= 0 && cpu1 >= 0)
                    idleServerCpuMsPerMin = (cpu1 - cpu0) * 60.0 / idleSeconds;
                if (threads0 >= 0 && threads1 >= 0)
                    idleWindowThreadsCpuMsPerMin = (threads1 - threads0) * 60.0 / idleSeconds;
                if (watcher) {
                    idleFullChecksPerMin = (watcher->fullChecksDone() - full0) * 60.0 / idleSeconds;
                    idleGatesPerMin = (watcher->gatesRun() - gates0) * 60.0 / idleSeconds;
                    idleCountChecksPerMin = (watcher->checksByStatementCount() - counted0) * 60.0 / idleSeconds;
                }
                std::fprintf(stderr, "guibench: the window's connections: %lld server threads\n",
                             static_cast<long long>(windowThreads.size()));
                if (threads0 >= 0 && threads1 >= 0) {
                    for (const qint64 tid : std::as_const(windowThreads))
                        std::fprintf(stderr, "guibench: idle, server thread %lld: %.2f ms, %lld wake-ups\n",
                                     static_cast<long long>(tid), perThread.value(tid).first,
                                     static_cast<long long>(perThread.value(tid).second));
                }
            }
        }
        status.closeThreadConnection();
    }
    list->scrollToTop();
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

    // Scrolling to the end of the list and back, 40 times.
    QElapsedTimer scroll;
    scroll.start();
    for (int step = 0; step < 40; ++step) {
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    list->verticalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    const double scrollMs = scroll.nsecsElapsed() / 1e6;
    const qint64 rowsAfterScroll = tutorials->rowsRead();

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

    // A filter keystroke: from the key press until the list shows the filtered rows (the debounce included). Each
    // round types a text not typed before (the window remembers the answers to searches typed since the data last
    // changed, so a text typed again would be no measurement).
    QList<double> filterMs;
    const int keystrokes = parser.value(keystrokesOption).toInt();
    const auto typedIn = [](int round) { return u"topic %1"_s.arg(4217 + 10 * round); }; // Backspace and a deleted first character make new texts too
    const auto measureKey = [&](const std::function<void()> &press) {
        bool reset = false;
        const auto connection = QObject::connect(model, &QAbstractItemModel::modelReset, [&] { reset = true; });
        QElapsedTimer key;
        key.start();
        press();
        const double ms = waitFor([&] { return reset; }, key);
        QObject::disconnect(connection);
        return ms;
    };
    // Typed as a person types: a key, then a look at the list (its answer awaited) before the next.
    const auto typeSlowly = [&](const QString &text) {
        for (const QChar c : text) {
            QTest::keyClick(search, c.toLatin1());
            QElapsedTimer look;
            look.start();
            waitFor([&] { return window.tutorialModel()->search() == search->text() && !window.tutorialModel()->isLoading(); }, look);
        }
    };
    for (int i = 0; i < keystrokes; ++i) {
        const QString typed = typedIn(i);
        search->clear();
        QTest::qWait(300);
        search->setFocus();
        typeSlowly(typed.left(typed.size() - 1));
        QTest::qWait(300);
        filterMs << measureKey([&] { QTest::keyClick(search, typed.back().toLatin1()); });
    }
    // Keystrokes that widen the search. Backspace goes back to a text searched a moment ago: its answer is
    // remembered. Deleting the first character makes a text never searched that contains none searched before: the
    // whole table is searched again (the slow case; a keystroke that narrows looks only among the previous matches).
    QList<double> backspaceMs;
    QList<double> widenMs;
    for (int i = 0; i < keystrokes; ++i) {
        const QString typed = typedIn(keystrokes + i);
        search->clear();
        QTest::qWait(300);
        search->setFocus();
        typeSlowly(typed);
        QTest::qWait(300);
        backspaceMs << measureKey([&] { QTest::keyClick(search, Qt::Key_Backspace); });
        QTest::qWait(300);
        QTest::keyClick(search, Qt::Key_Home);
        widenMs << measureKey([&] { QTest::keyClick(search, Qt::Key_Delete); });
    }
    search->clear();
    QTest::qWait(300);
    const double worstStallMs = stalls.stopMs();

    // The comment pane on a tutorial with very many comments: shown (all its ids in one pass, the first block's rows),
    // then its thumb let go in the middle, until the rows there show, and the comment rows read for that jump.
    double manySelectMs = -1;
    double manyJumpMs = -1;
    qint64 manyRowsByJump = -1;
    qint64 manyComments = -1;
    if (const qint64 many = parser.value(manyCommentsOption).toLongLong(); many > 0) {
        CommentTableModel *pane = window.commentModel();
        QElapsedTimer select;
        select.start();
        window.selectTutorial(many);
        waitFor([&] { return window.shownTutorialId() == many && pane->isRowLoaded(0); }, select);
        QCoreApplication::processEvents(); // painted
        manySelectMs = select.nsecsElapsed() / 1e6;
        manyComments = pane->rowCount();
        waitFor([&] { return comments->verticalScrollBar()->maximum() > 0; }, select);
        QScrollBar *paneBar = comments->verticalScrollBar();
        const qint64 before = pane->rowsRead();
        QElapsedTimer paneJump;
        paneJump.start();
        paneBar->setValue(paneBar->maximum() / 2);
        const auto paneRowsShown = [&] {
            const int top = comments->rowAt(1);
            const int bottom = comments->rowAt(comments->viewport()->height() - 2);
            return top >= 0 && pane->isRowLoaded(top) && (bottom < 0 || pane->isRowLoaded(bottom));
        };
        waitFor(paneRowsShown, paneJump);
        QCoreApplication::processEvents(); // painted
        manyJumpMs = paneJump.nsecsElapsed() / 1e6;
        settle(paneRowsShown);
        manyRowsByJump = pane->rowsRead() - before;
    }

    std::printf("{\"database\": \"%s\", \"settleMs\": %.1f, \"cpuAfterSettleMs\": %.1f, \"rowsLoadedAfterSettle\": %lld, "
                "\"jumpMiddleMs\": %.1f, \"rowsLoadedByJump\": %lld, \"middleRow\": %d, \"idleQueriesPerMin\": %.1f, "
                "\"idleServerCpuMsPerMin\": %.1f, \"idleWindowThreadsCpuMsPerMin\": %.2f, \"idleFullChecksPerMin\": %.1f, "
                "\"idleGatesPerMin\": %.1f, \"idleCountChecksPerMin\": %.1f, \"firstPaintMs\": %.1f, \"selectMedianMs\": %.1f, \"selectWorstMs\": %.1f, "
                "\"filterMedianMs\": %.1f, \"filterWorstMs\": %.1f, \"filterBackspaceMedianMs\": %.1f, \"filterWidenMedianMs\": %.1f, \"sortWorstMs\": %.1f, \"scrollMs\": %.1f, "
                "\"rowsLoadedAfterScroll\": %lld, \"manyComments\": %lld, \"commentsSelectManyMs\": %.1f, "
                "\"commentsJumpMiddleMs\": %.1f, \"commentRowsReadByJump\": %lld, \"worstStallMs\": %.1f, \"peakRssMb\": %.1f}\n",
                qPrintable(url->isMySql() ? u"mariadb"_s : u"sqlite"_s), settleMs, cpuAfterSettleMs,
                static_cast<long long>(rowsAfterSettle), jumpMs, static_cast<long long>(rowsByJump), middleRow,
                idleQueriesPerMin, idleServerCpuMsPerMin, idleWindowThreadsCpuMsPerMin, idleFullChecksPerMin,
                idleGatesPerMin, idleCountChecksPerMin, firstPaintMs, median(selectMs),
                selectMs.isEmpty() ? 0.0 : *std::max_element(selectMs.begin(), selectMs.end()), median(filterMs),
                filterMs.isEmpty() ? 0.0 : *std::max_element(filterMs.begin(), filterMs.end()), median(backspaceMs), median(widenMs),
                sortMs.isEmpty() ? 0.0 : *std::max_element(sortMs.begin(), sortMs.end()), scrollMs,
                static_cast<long long>(rowsAfterScroll), static_cast<long long>(manyComments), manySelectMs, manyJumpMs,
                static_cast<long long>(manyRowsByJump),
                worstStallMs, peakRssKb() / 1024.0);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    return 0;
}
