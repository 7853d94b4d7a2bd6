// The window never waits on the database (issue 11): edits made while it does not answer — SQLite: another program
// holds the write lock past the 5 s busy timeout; MariaDB: the server is frozen with SIGSTOP past the 10 s statement
// timeout — stay queued and visibly pending, nothing is asked, the event loop never stalls, and once the database
// answers they are saved by themselves, in order.
#include "commentdrag.h"
#include "commenttablemodel.h"
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "testdatabase.h"
#include "windowtest.h"
#include "throwawayserver.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"
#include "writequeue.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

// The database this test freezes, and the fault: SQLite, another connection holds the write lock past the busy
// timeout; MariaDB, a server of this test's own (freezing the shared one would stall every other test) is stopped
// with SIGSTOP past the statement timeout.
class Frozen
{
public:
    bool open(const QObject *test)
    {
        m_db = TestDatabase::create(test);
        if (!m_db)
            return false;
        DatabaseUrl url = m_db->url();
        if (m_db->isMySql()) {
            m_server = std::make_unique<ThrowawayServer>();
            if (!m_server->start() || !m_server->exec(u"CREATE DATABASE frozen"_s))
                return false;
            auto parsed = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/frozen?socket=%2&connect-timeout=2"_s
                                                     .arg(m_server->port())
                                                     .arg(m_server->socket()));
            if (!parsed)
                return false;
            url = *parsed;
        }
        m_database = std::make_shared<Database>(url);
        return bool(Schema::init(*m_database));
    }
    std::shared_ptr<Database> database() const { return m_database; }
    // Someone else's change, made with a connection of its own.
    bool exec(const QString &sql)
    {
        return m_server ? m_server->exec(u"USE frozen; "_s + sql) : m_db->exec(sql);
    }
    bool start()
    {
        if (m_server)
            return m_stopped = m_server->shell(u"kill -STOP $(cat '%1')"_s.arg(m_server->path(u"mariadbd.pid"_s)));
        m_holder = m_db->checker();
        return QSqlQuery(m_holder).exec(u"BEGIN EXCLUSIVE"_s);
    }
    // The server's state as the kernel has it ("T": stopped), or "" for SQLite: SIGSTOP holds only until someone sends
    // SIGCONT, and a process group that becomes orphaned while one of its members is stopped gets one from the kernel.
    QString serverState() const
    {
        if (!m_server)
            return {};
        QFile pid(m_server->path(u"mariadbd.pid"_s));
        if (!pid.open(QIODevice::ReadOnly))
            return u"?"_s;
        QFile stat(u"/proc/%1/stat"_s.arg(QString::fromLatin1(pid.readAll().trimmed())));
        if (!stat.open(QIODevice::ReadOnly))
            return u"gone"_s;
        const QByteArray line = stat.readAll();
        return QString::fromLatin1(line.mid(line.lastIndexOf(')') + 2, 1));
    }
    bool stop()
    {
        if (m_server) {
            m_stopped = !m_server->shell(u"kill -CONT $(cat '%1')"_s.arg(m_server->path(u"mariadbd.pid"_s)));
            return !m_stopped;
        }
        return QSqlQuery(m_holder).exec(u"COMMIT"_s);
    }
    // Another writer holds the lock on row `id` (SQLite: the whole file) for `msecs`, shorter than the busy timeout
    // (SQLite's 5 s, InnoDB's lock wait), then lets go: a write meanwhile waits for it inside the database.
    bool lockBriefly(qint64 id, int msecs)
    {
        if (m_server) {
            m_other = std::make_unique<Database>(m_database->url());
            auto db = m_other->connection();
            if (!db)
                return false;
            m_holder = *db;
            if (!QSqlQuery(m_holder).exec(u"BEGIN"_s)
                || !QSqlQuery(m_holder).exec(u"SELECT id FROM tutorials WHERE id = %1 FOR UPDATE"_s.arg(id)))
                return false;
        } else {
            m_holder = m_db->checker();
            if (!QSqlQuery(m_holder).exec(u"BEGIN EXCLUSIVE"_s))
                return false;
        }
        QTimer::singleShot(msecs, [this] { QSqlQuery(m_holder).exec(u"COMMIT"_s); });
        return true;
    }
    void close()
    {
        if (m_stopped)
            stop(); // a check failed while frozen: a stopped server could not shut down
        m_holder = {};
        m_other.reset();
        if (m_database)
            m_database->closeThreadConnection();
        m_database.reset();
        m_server.reset();
        m_db.reset();
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ThrowawayServer> m_server;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<Database> m_other;
    QSqlDatabase m_holder;
    bool m_stopped = false; // the server is stopped with SIGSTOP now
};

// The longest the event loop went without running a 5 ms timer, from start() on.
class StallMeter
{
public:
    StallMeter()
    {
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { m_longest = qMax(m_longest, m_since.restart()); });
    }
    void start()
    {
        m_since.start();
        m_ticker.start(5);
    }
    qint64 longest() const { return qMax(m_longest, m_since.elapsed()); }
    // Runs a step of the test's own that blocks this thread (a shell freezing or thawing the server: a process start
    // that takes a few hundred milliseconds on a loaded machine) without counting it as the window's stall.
    template<typename Step>
    bool outside(Step step)
    {
        m_longest = qMax(m_longest, m_since.elapsed());
        const bool ok = step();
        m_since.restart();
        return ok;
    }

private:
    QElapsedTimer m_since;
    QTimer m_ticker;
    qint64 m_longest = 0;
};

class tst_WriteFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void initTestCase()
    {
        startWindowTest(u"tst_writefaults"_s);
    }
    void init()
    {
        QVERIFY2(m_frozen.open(this), qPrintable(TestDatabase::lastError()));
        TutorialService service(*m_frozen.database());
        auto a = service.createTutorial(u"Before the fault"_s, u"d"_s);
        auto b = service.createTutorial(u"The other one"_s, u"d"_s);
        QVERIFY(a && b);
        m_a = a->id;
        m_b = b->id;
        for (const QString &name : {u"first"_s, u"second"_s}) {
            auto comment = service.createComment(m_a, name, u"text of "_s + name);
            QVERIFY(comment);
            m_comments.append(comment->id);
        }
        // Changes made elsewhere are not followed here (Preferences: Off): what this test changes behind the window's
        // back must reach it as a conflict at the save, not as a notice before it.
        QSettings().setValue(u"sync/intervalMs"_s, 0);
        m_window = std::make_unique<MainWindow>(m_frozen.database());
        m_window->resize(1000, 700);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(!m_window->tutorialModel()->isLoading());
        m_window->selectTutorial(m_a);
        QTRY_COMPARE(m_window->shownTutorialId(), std::optional<qint64>(m_a));
        // Any box at all is a question: recorded, and closed.
        m_asked.clear();
        m_askedText.clear();
        connect(&m_modalWatch, &QTimer::timeout, this, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                m_asked << modal->objectName();
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    m_askedText << box->text();
                if (auto *box = qobject_cast<QMessageBox *>(modal); box && m_answer) {
                    if (auto *button = box->findChild<QPushButton *>(QString::fromLatin1(m_answer)))
                        button->click();
                }
                if (QApplication::activeModalWidget() == modal)
                    modal->close();
            }
        });
        m_modalWatch.start(20);
    }
    void cleanup()
    {
        m_modalWatch.stop();
        disconnect(&m_modalWatch, nullptr, this, nullptr);
        m_answer = nullptr;
        m_window.reset();
        m_comments.clear();
        m_frozen.close();
    }

    void editsDuringAFaultAreKeptAndMadeInOrder();
    void aConflictDuringAFaultAsksOnce();
    void closingWithWritesPendingAsks();
    void aLockShorterThanTheBusyTimeoutIsWaitedOutUnseen();
    void showingATutorialDuringAFaultNeverWaits();
    void quickClicksEndOnTheLastOne_data();
    void quickClicksEndOnTheLastOne();
    void deletingCommentsNotYetReadNeverWaits();

private:
    void save(const QString &title)
    {
        auto *edit = m_window->findChild<QLineEdit *>(u"titleEdit"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, title);
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    }
    void selectComment(qint64 id)
    {
        auto *view = m_window->findChild<QTableView *>(u"commentView"_s);
        const int row = m_window->commentModel()->rowOf(id);
        QVERIFY(row >= 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, CommentTableModel::NameColumn)).center());
    }

    Frozen m_frozen;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_a = 0;
    qint64 m_b = 0;
    QList<qint64> m_comments;
    QStringList m_asked; // the questions' object names
    QStringList m_askedText;
    QTimer m_modalWatch;
    const char *m_answer = nullptr; // the button a question is answered with
};

void tst_WriteFaults::editsDuringAFaultAreKeptAndMadeInOrder()
{
    save(u"Edited before the fault"_s);
    QVERIFY(m_window->waitForWrites());

    StallMeter stalls;
    QVERIFY(m_frozen.start());
    stalls.start();
    // Undo the edit made before, save a new title, add a comment, delete one, move one by drag and drop: all queue,
    // and the window answers all the while.
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    save(u"Saved after the fault"_s);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"newNameEdit"_s), u"Reader"_s);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"newTextEdit"_s), u"Added during the fault"_s);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"addCommentButton"_s), Qt::LeftButton);
    selectComment(m_comments.at(0));
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"deleteCommentButton"_s), Qt::LeftButton);
    {
        // The list view's drop, as a drag of the second comment onto the other tutorial ends.
        std::unique_ptr<QMimeData> mime(CommentDrag::mimeData({m_comments.at(1)}));
        TutorialListModel *list = m_window->tutorialModel();
        const int row = list->rowOf(m_b);
        QVERIFY(row >= 0);
        QVERIFY(list->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, list->index(row, 0)));
    }
    QTRY_COMPARE(m_window->writeQueue()->pendingCount(), 5);
    auto *savedLabel = m_window->findChild<QLabel *>(u"savedLabel"_s);
    // The fault is seen (after the busy or statement timeout) and shown as a state: the banner.
    auto *banner = m_window->findChild<QWidget *>(u"connectionBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(savedLabel->text().contains(u"Waiting for the database: 5 changes"_s), qPrintable(savedLabel->text()));
    QCOMPARE(m_window->writeQueue()->pendingCount(), 5);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->findChild<QLineEdit *>(u"titleEdit"_s)->text(), u"Saved after the fault"_s);

    QVERIFY(stalls.outside([this] { return m_frozen.stop(); }));
    // "Retry now" in the banner, as a person would, rather than waiting for the next try.
    QTest::mouseClick(banner->findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->writeQueue()->pendingCount() == 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    const qint64 longest = stalls.longest();

    QVERIFY2(m_asked.isEmpty(), qPrintable(u"asked: "_s + m_asked.join(u", "_s)));
    qInfo("longest event-loop stall through the fault: %lld ms", longest);
    QVERIFY2(longest < 250, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longest)));
    // Every one made, in order: the undo first (else the save after it would have been refused as someone else's
    // change), then the title, the new comment, the delete and the move.
    TutorialService reader(*m_frozen.database());
    auto a = reader.findTutorialById(m_a);
    QVERIFY(a);
    QCOMPARE(a->title, u"Saved after the fault"_s);
    QCOMPARE(a->comments.size(), 1);
    QCOMPARE(a->comments.first().text, u"Added during the fault"_s);
    QCOMPARE(reader.findCommentById(m_comments.at(0)).error().kind, Error::Kind::NotFound);
    auto moved = reader.findCommentById(m_comments.at(1));
    QVERIFY(moved);
    QCOMPARE(moved->tutorialId, std::optional<qint64>(m_b));
    QVERIFY(!m_window->isWindowModified());
}

// Someone else changed the tutorial before the window's save, which waits out a fault: once the database answers,
// the conflict is asked, once (the retries during the fault never ask), and the edit stays in the form.
void tst_WriteFaults::aConflictDuringAFaultAsksOnce()
{
    QVERIFY(m_frozen.exec(
            u"UPDATE tutorials SET title = 'Theirs', updatedAt = '2030-01-01 00:00:00' WHERE id = %1"_s.arg(m_a)));
    StallMeter stalls;
    QVERIFY(m_frozen.start());
    stalls.start();
    save(u"Mine"_s);
    auto *banner = m_window->findChild<QWidget *>(u"connectionBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(m_asked.isEmpty(), qPrintable(m_asked.join(u", "_s)));
    m_answer = "keepEditingButton";
    QVERIFY(stalls.outside([this] { return m_frozen.stop(); }));
    QTest::mouseClick(banner->findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->writeQueue()->pendingCount() == 0, 60000);
    QTRY_COMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first(), u"conflictBox"_s);
    QTest::qWait(1000); // (no second question comes later: a state, not a condition to wait for)
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"titleEdit"_s)->text(), u"Mine"_s);
    QVERIFY(m_window->hasUnsavedChanges());
    TutorialService reader(*m_frozen.database());
    QCOMPARE(reader.findTutorialRowById(m_a)->title, u"Theirs"_s);
    qInfo("longest event-loop stall: %lld ms", stalls.longest());
}

// Closing while a change waits out a fault says how many are pending and offers to wait, drop or stay; "Cancel"
// keeps the window and the change, which is saved once the database answers; then closing asks nothing.
void tst_WriteFaults::closingWithWritesPendingAsks()
{
    QVERIFY(m_frozen.start());
    save(u"Saved before closing"_s);
    auto *banner = m_window->findChild<QWidget *>(u"connectionBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    m_answer = "cancelButton";
    m_window->close();
    QTRY_COMPARE(m_asked, QStringList{u"pendingWritesBox"_s});
    QVERIFY2(m_askedText.value(0).contains(u"1 change"_s), qPrintable(m_askedText.value(0)));
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->writeQueue()->pendingCount(), 1);
    m_answer = nullptr;
    QVERIFY(m_frozen.stop());
    QTest::mouseClick(banner->findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->writeQueue()->pendingCount() == 0, 60000);
    m_asked.clear();
    m_window->close();
    QVERIFY(!m_window->isVisible());
    QVERIFY2(m_asked.isEmpty(), qPrintable(m_asked.join(u", "_s)));
    TutorialService reader(*m_frozen.database());
    QCOMPARE(reader.findTutorialRowById(m_a)->title, u"Saved before closing"_s);
}

// Another writer holds the lock for 1.5 s, less than the busy timeout: the save waits for it on the write worker and
// goes through; no fault is shown (the banner never appears), nothing is asked, and the window never stalls.
void tst_WriteFaults::aLockShorterThanTheBusyTimeoutIsWaitedOutUnseen()
{
    StallMeter stalls;
    stalls.start();
    QVERIFY(m_frozen.lockBriefly(m_a, 1500));
    QElapsedTimer held;
    held.start();
    auto *banner = m_window->findChild<QWidget *>(u"connectionBanner"_s);
    bool bannerSeen = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] { bannerSeen = bannerSeen || banner->isVisible(); });
    watch.start(10);
    save(u"Saved once the lock was gone"_s);
    QCOMPARE(m_window->writeQueue()->pendingCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->writeQueue()->pendingCount() == 0, 20000);
    QVERIFY2(held.elapsed() >= 1400, "the save waited for the lock");
    QVERIFY(!bannerSeen);
    QVERIFY2(m_asked.isEmpty(), qPrintable(m_asked.join(u", "_s)));
    TutorialService reader(*m_frozen.database());
    QCOMPARE(reader.findTutorialRowById(m_a)->title, u"Saved once the lock was gone"_s);
    qInfo("saved %lld ms after the lock was taken; longest stall %lld ms", held.elapsed(), stalls.longest());
    QVERIFY2(stalls.longest() < 250, qPrintable(u"the event loop stalled for %1 ms"_s.arg(stalls.longest())));
}

void tst_WriteFaults::showingATutorialDuringAFaultNeverWaits()
{
    // SQLite: another program holds the write lock (readers are not held up: the tutorial shows at once); MariaDB:
    // the server is frozen (the tutorial cannot be read: "Reading…" until it answers). Either way the window answers.
    auto *title = m_window->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *emptyLabel = m_window->findChild<QLabel *>(u"emptyLabel"_s);
    auto *list = m_window->findChild<QTreeView *>(u"tutorialView"_s);
    QVERIFY(title && emptyLabel && list);
    QCOMPARE(title->text(), u"Before the fault"_s);
    const int other = m_window->tutorialModel()->rowOf(m_b);
    QVERIFY(other >= 0);
    const bool frozenServer = m_frozen.database()->url().isMySql();
    qint64 longest = 0;
    qint64 clickMs = 0;
    for (int attempt = 1;; ++attempt) {
        QVERIFY(m_frozen.start());
        if (frozenServer)
            QTRY_COMPARE(m_frozen.serverState(), u"T"_s); // every thread of it stopped
        StallMeter stalls;
        stalls.start();
        QElapsedTimer clicking;
        clicking.start();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(m_window->tutorialModel()->index(other, 0)).center());
        clickMs = clicking.elapsed();
        QCOMPARE(list->currentIndex().row(), other);
        // Until it is read, the tutorial shown before stays in sight but nothing can be typed into it or saved: the
        // form must never save into a tutorial other than the one clicked.
        if (frozenServer) {
            QCOMPARE(title->text(), u"Before the fault"_s);
            QVERIFY(!title->isEnabled());
            QTest::keyClicks(title, u"typed"_s);
            QCOMPARE(title->text(), u"Before the fault"_s);
            QVERIFY(!m_window->hasUnsavedChanges());
            QVERIFY(!m_window->findChild<QAction *>(u"actionSave"_s)->isEnabled());
            QVERIFY(!m_window->shownTutorialId());
        }
        QTest::qWait(1000); // the window is used meanwhile: its event loop keeps running (measured below)
        longest = stalls.longest();
        // A stopped process runs again on anyone's SIGCONT (under ctest -j2 the server was seen answering within that
        // second, twice in many runs): then this second says nothing about the window, and is tried again.
        if (const QString state = m_frozen.serverState(); frozenServer && state != u"T"_s && attempt < 3) {
            qInfo("attempt %d: the server ran again during the check (state %s); trying again", attempt,
                  qPrintable(state));
            QVERIFY(m_frozen.stop());
            m_window->selectTutorial(m_a);
            QTRY_COMPARE(m_window->shownTutorialId(), std::optional<qint64>(m_a));
            continue;
        }
        if (frozenServer) {
            QVERIFY2(!title->isVisible(), qPrintable(u"the form shows “%1”; the server's state: %2"_s.arg(
                                                  title->text(), m_frozen.serverState())));
            QCOMPARE(emptyLabel->text(), u"Reading the tutorial…"_s);
            QVERIFY(!m_window->shownTutorialId());
        } else {
            QCOMPARE(title->text(), u"The other one"_s);
        }
        break;
    }
    QVERIFY(m_frozen.stop());
    QTRY_VERIFY_WITH_TIMEOUT(title->isVisible() && title->text() == u"The other one"_s, 20000);
    QCOMPARE(m_window->shownTutorialId(), std::optional<qint64>(m_b));
    QTRY_COMPARE(m_window->commentModel()->rowCount(), 0); // the other one has no comments; the first had two
    qInfo("the click returned after %lld ms; longest stall while showing a tutorial during the fault: %lld ms", clickMs,
          longest);
    // The click reads nothing on this thread: it returns at once (a few milliseconds). When it waited for the frozen
    // server (up to 100 ms), 102-118 ms were measured. 60 ms leaves room for this thread not being scheduled at once
    // on a loaded 2-core machine (tests run two at a time beside other builds) while still telling a wait apart.
    QVERIFY2(clickMs < 60, qPrintable(u"the click took %1 ms"_s.arg(clickMs)));
    QVERIFY2(longest < 250, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longest)));
}

void tst_WriteFaults::quickClicksEndOnTheLastOne_data()
{
    QTest::addColumn<bool>("frozen");
    QTest::newRow("answering") << false;
    QTest::newRow("frozen") << true; // MariaDB only: SQLite's lock holds up writers, not readers
}

// Clicking through the list faster than the database answers (every click returns at once): the window ends on the
// last one clicked, the answers for the ones before are dropped (never put in, not even for a moment), and the last
// one is editable, a save going into it and nowhere else. Also when the unassigned comments were shown before and
// are clicked last, and when the server is frozen during the clicks and answers them all once it runs again.
void tst_WriteFaults::quickClicksEndOnTheLastOne()
{
    QFETCH(bool, frozen);
    if (frozen && !m_frozen.database()->url().isMySql())
        QSKIP("SQLite's write lock does not hold up reads");
    TutorialService service(*m_frozen.database());
    auto third = service.createTutorial(u"Third"_s, u"d"_s);
    auto fourth = service.createTutorial(u"Fourth"_s, u"d"_s);
    QVERIFY(third && fourth);
    QVERIFY(service.createComment(fourth->id, u"reader of four"_s, u"on the fourth"_s));
    auto stray = service.createComment(m_a, u"stray"_s, u"without a tutorial soon"_s);
    QVERIFY(stray);
    QVERIFY(m_frozen.exec(u"UPDATE comments SET tutorialId = NULL WHERE id = %1"_s.arg(stray->id)));
    m_window->findChild<QAction *>(u"actionRefresh"_s)->trigger();
    TutorialListModel *model = m_window->tutorialModel();
    QTRY_VERIFY(model->rowOf(TutorialListModel::NoTutorial) >= 0 && model->rowOf(fourth->id) >= 0);
    QVERIFY(waitUntilShown(m_window.get(), m_a));
    auto *list = m_window->findChild<QTreeView *>(u"tutorialView"_s);
    // What happened, in order: a row clicked, a detail put into the window.
    QStringList seen;
    QObject listening; // (the connection goes with this function)
    connect(m_window->commentModel(), &CommentTableModel::detailShown, &listening,
            [&](std::optional<qint64> id) { seen << u"in %1"_s.arg(id.value_or(TutorialListModel::NoTutorial)); });
    auto click = [&](qint64 id) {
        const QModelIndex index = model->index(model->rowOf(id), 0);
        list->scrollTo(index);
        seen << u"click %1"_s.arg(id);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    };
    auto *title = m_window->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *comments = m_window->findChild<QTableView *>(u"commentView"_s);

    QVERIFY(clickListRow(m_window.get(), model->index(model->rowOf(TutorialListModel::NoTutorial), 0)));
    const QList<QList<qint64>> rounds
        = {{m_a, m_b, third->id, TutorialListModel::NoTutorial}, {third->id, m_a, m_b, fourth->id}};
    for (const QList<qint64> &clicks : rounds) {
        if (frozen) {
            QVERIFY(m_frozen.start());
            QTRY_COMPARE(m_frozen.serverState(), u"T"_s); // every thread of it stopped
        }
        seen.clear();
        for (const qint64 id : clicks)
            click(id);
        const qint64 last = clicks.last();
        QCOMPARE(model->idAt(list->currentIndex().row()), last);
        if (frozen) {
            QTest::qWait(300); // (a state: nothing is put in while the server does not answer)
            QCOMPARE(seen.filter(u"in "_s), QStringList());
            QVERIFY(!comments->isEnabled());
            QVERIFY(!m_window->shownTutorialId());
            QVERIFY(m_frozen.stop());
        }
        QVERIFY(waitUntilShown(m_window.get(), last));
        // After the last click only its own answer was put in (an answer that came before it, between two clicks,
        // was a moment's sight of a row the person had clicked; one after it would replace their choice). Frozen,
        // none came before it.
        const QStringList afterLast = seen.mid(seen.lastIndexOf(u"click %1"_s.arg(last)) + 1);
        QCOMPARE(afterLast, QStringList {u"in %1"_s.arg(last)});
        if (frozen)
            QCOMPARE(seen.filter(u"in "_s), afterLast);
        QVERIFY(comments->isEnabled());
        if (last == TutorialListModel::NoTutorial) {
            QCOMPARE(m_window->commentModel()->rowCount(), 1);
            QCOMPARE(m_window->commentModel()->idAt(0), stray->id);
        }
    }
    // The last one, editable: its title, its comment, and a save that goes into it.
    QCOMPARE(title->text(), u"Fourth"_s);
    QTRY_COMPARE(m_window->commentModel()->rowCount(), 1);
    QCOMPARE(m_window->commentModel()->loadedCommentAt(0).value_or(Comment()).name, u"reader of four"_s);
    QVERIFY(title->isEnabled() && title->isVisible());
    save(u"Fourth, edited"_s);
    QVERIFY(m_window->waitForWrites());
    TutorialService reader(*m_frozen.database());
    QCOMPARE(reader.findTutorialRowById(fourth->id)->title, u"Fourth, edited"_s);
    QCOMPARE(reader.findTutorialRowById(m_a)->title, u"Before the fault"_s);
    QCOMPARE(reader.findTutorialRowById(m_b)->title, u"The other one"_s);
    QCOMPARE(reader.findTutorialRowById(third->id)->title, u"Third"_s);
    QVERIFY2(m_asked.isEmpty(), qPrintable(m_asked.join(u", "_s)));
}

QTEST_MAIN(tst_WriteFaults)

// Every comment of a tutorial selected (Ctrl+A), most of them never read because they were never on screen, and
// deleted during a fault: the press reads nothing on this thread (the comments kept for the undo are read by the
// write, on its worker, once the database answers), and the undo brings each one back as it was.
void tst_WriteFaults::deletingCommentsNotYetReadNeverWaits()
{
    const int count = CommentTableModel::BlockSize + 8; // the last 8 rows are beyond the first block read
    Tutorial many;
    many.title = u"Many comments"_s;
    many.description = u"d"_s;
    for (int i = 0; i < count; ++i)
        many.comments.append(Comment{0, u"reader %1"_s.arg(i), u"text %1"_s.arg(i), 0, 0, std::nullopt, std::nullopt});
    TutorialService service(*m_frozen.database());
    auto made = service.createTutorials({many});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    const qint64 id = made->first().id;
    auto before = service.findComments(id, 0, 100000);
    QVERIFY(before && before->size() == count);
    m_window->selectTutorial(id);
    QTRY_COMPARE(m_window->shownTutorialId(), std::optional<qint64>(id));
    QTRY_COMPARE(m_window->commentModel()->rowCount(), count);
    QVERIFY(!m_window->commentModel()->isRowLoaded(count - 1)); // never on screen: never read

    auto *view = m_window->findChild<QTableView *>(u"commentView"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), count);
    QVERIFY(m_frozen.start());
    if (m_frozen.database()->url().isMySql())
        QTRY_COMPARE(m_frozen.serverState(), u"T"_s);
    StallMeter stalls;
    stalls.start();
    QElapsedTimer pressing;
    pressing.start();
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"deleteCommentButton"_s), Qt::LeftButton);
    const qint64 pressMs = pressing.elapsed();
    QTest::qWait(500); // the window is used meanwhile
    const qint64 longest = stalls.longest();
    QVERIFY(m_frozen.stop());
    qInfo("the press returned after %lld ms; longest stall %lld ms", pressMs, longest);
    // When the press read each comment not read yet on this thread, it waited for the frozen server (each read up to
    // its timeout); now it returns at once. 60 ms as in showingATutorialDuringAFaultNeverWaits.
    QVERIFY2(pressMs < 60, qPrintable(u"the press took %1 ms"_s.arg(pressMs)));
    QVERIFY2(longest < 250, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longest)));
    QVERIFY(m_asked.isEmpty());

    const auto remaining = [&service, id] {
        auto left = service.findComments(id, 0, 100000);
        return left ? int(left->size()) : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(remaining(), 0, 20000);
    QTRY_COMPARE(m_window->commentModel()->rowCount(), 0);
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(remaining(), count, 20000);
    auto after = service.findComments(id, 0, 100000);
    QVERIFY(after);
    QCOMPARE(*after, *before); // every one back as it was: name, text, stamps and tutorial
}

#include "tst_writefaults.moc"
