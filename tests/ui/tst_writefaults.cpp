// The window never waits on the database (issue 11): edits made while it does not answer — SQLite: another program
// holds the write lock past the 5 s busy timeout; MariaDB: the server is frozen with SIGSTOP past the 10 s statement
// timeout — stay queued and visibly pending, nothing is asked, the event loop never stalls, and once the database
// answers they are saved by themselves, in order.
#include "commenttablemodel.h"
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "testdatabase.h"
#include "throwawayserver.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"
#include "writequeue.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_WriteFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"TutorialDeskTest"_s);
        QApplication::setApplicationName(u"tst_writefaults-%1"_s.arg(QApplication::applicationPid()));
        Translations::install(u"en"_s);
    }

    void editsDuringAFaultAreKeptAndMadeInOrder();
};

void tst_WriteFaults::editsDuringAFaultAreKeptAndMadeInOrder()
{
    // MariaDB: a server of this test's own (freezing the shared one would stall every other test).
    std::unique_ptr<TestDatabase> db = TestDatabase::create(this);
    QVERIFY2(db, qPrintable(TestDatabase::lastError()));
    std::unique_ptr<ThrowawayServer> server;
    DatabaseUrl url = db->url();
    if (db->isMySql()) {
        server = std::make_unique<ThrowawayServer>();
        QVERIFY2(server->start(), qPrintable(server->log()));
        QVERIFY(server->exec(u"CREATE DATABASE frozen"_s));
        auto parsed = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/frozen?socket=%2&connect-timeout=2"_s
                                                 .arg(server->port())
                                                 .arg(server->socket()));
        QVERIFY(parsed);
        url = *parsed;
    }
    auto database = std::make_shared<Database>(url);
    QVERIFY(Schema::init(*database));
    qint64 id = 0;
    {
        TutorialService service(*database);
        auto row = service.createTutorial(u"Before the fault"_s, u"d"_s);
        QVERIFY(row);
        id = row->id;
    }
    auto window = std::make_unique<MainWindow>(database);
    window->resize(1000, 700);
    window->show();
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTRY_VERIFY(!window->tutorialModel()->isLoading());
    window->selectTutorial(id);
    QTRY_COMPARE(window->shownTutorialId(), std::optional<qint64>(id));

    // Any question or error box at all is a failure: faults are states, not dialogs.
    QStringList asked;
    QTimer modalWatch;
    connect(&modalWatch, &QTimer::timeout, this, [&asked] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            asked << modal->objectName();
            modal->close();
        }
    });
    modalWatch.start(20);
    // The longest the event loop went without running a 5 ms timer.
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { longest = qMax(longest, sinceTick.restart()); });

    QSqlDatabase holder;
    if (server) {
        QVERIFY(server->shell(u"kill -STOP $(cat '%1')"_s.arg(server->path(u"mariadbd.pid"_s))));
    } else {
        holder = db->checker();
        QVERIFY(QSqlQuery(holder).exec(u"BEGIN EXCLUSIVE"_s));
    }
    sinceTick.start();
    ticker.start(5);

    // Save a new title, then add a comment: both queue, the window answers.
    auto *title = window->findChild<QLineEdit *>(u"titleEdit"_s);
    title->setFocus();
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, u"Saved after the fault"_s);
    QTest::mouseClick(window->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTest::keyClicks(window->findChild<QLineEdit *>(u"newNameEdit"_s), u"Reader"_s);
    QTest::keyClicks(window->findChild<QLineEdit *>(u"newTextEdit"_s), u"Added during the fault"_s);
    QTest::mouseClick(window->findChild<QPushButton *>(u"addCommentButton"_s), Qt::LeftButton);
    QCOMPARE(window->writeQueue()->pendingCount(), 2);
    auto *savedLabel = window->findChild<QLabel *>(u"savedLabel"_s);
    QVERIFY2(savedLabel->text().contains(u"Saving"_s), qPrintable(savedLabel->text()));
    // The fault is seen (after the busy or statement timeout) and shown as a state: the banner.
    auto *banner = window->findChild<QWidget *>(u"connectionBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(savedLabel->text().contains(u"Waiting for the database"_s), qPrintable(savedLabel->text()));
    QCOMPARE(window->writeQueue()->pendingCount(), 2);
    QVERIFY(window->isWindowModified());
    QCOMPARE(title->text(), u"Saved after the fault"_s);
    QTest::qWait(1500); // retries meanwhile: still nothing asked, nothing lost (a state, not a wait for a condition)
    QCOMPARE(window->writeQueue()->pendingCount(), 2);

    if (server)
        QVERIFY(server->shell(u"kill -CONT $(cat '%1')"_s.arg(server->path(u"mariadbd.pid"_s))));
    else
        QVERIFY(QSqlQuery(holder).exec(u"COMMIT"_s));
    // "Retry now" in the banner, as a person would: no need to wait for the next retry.
    if (auto *retry = banner->findChild<QPushButton *>(u"retryButton"_s))
        QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->writeQueue()->pendingCount() == 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    ticker.stop();
    longest = qMax(longest, sinceTick.elapsed());

    QVERIFY2(asked.isEmpty(), qPrintable(u"asked: "_s + asked.join(u", "_s)));
    qInfo("longest event-loop stall through the fault: %lld ms", longest);
    QVERIFY2(longest < 250, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longest)));
    // Both made, in order, once each.
    TutorialService reader(*database);
    auto stored = reader.findTutorialById(id);
    QVERIFY(stored);
    QCOMPARE(stored->title, u"Saved after the fault"_s);
    QCOMPARE(stored->comments.size(), 1);
    QCOMPARE(stored->comments.first().text, u"Added during the fault"_s);
    QVERIFY2(stored->comments.first().updatedAt >= stored->updatedAt, "the comment was made after the title");
    QVERIFY(!window->isWindowModified());
    window.reset();
    database->closeThreadConnection();
}

QTEST_MAIN(tst_WriteFaults)
#include "tst_writefaults.moc"
