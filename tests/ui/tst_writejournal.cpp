// Nothing is lost on the way out (issue 11): an edit still on its way to the database when the window is killed
// (kill -9: no chance to ask or to save) is offered again at the next start, and saved through the normal checks.
//
// The window that is killed runs in a child process (this test binary started again with --child), so that the
// test itself survives the kill. SQLite: the test holds the database's write lock, so the child's save stays pending.
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"
#include "writequeue.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

void nameTheApplication(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"TutorialDeskTest"_s);
    QApplication::setApplicationName(name); // the same in both processes: the same journal folder
}

// The child: opens the window, saves a new title while the file is locked, says so, and waits to be killed.
int runChild(const QString &path, const QString &ready, qint64 id)
{
    auto database = std::make_shared<Database>(DatabaseUrl::sqliteFile(path));
    if (!Schema::init(*database))
        return 2;
    MainWindow window(database);
    window.resize(900, 600);
    window.show();
    if (!QTest::qWaitFor([&] { return !window.tutorialModel()->isLoading(); }, 10000))
        return 3;
    window.selectTutorial(id);
    if (!QTest::qWaitFor([&] { return window.shownTutorialId() == id; }, 10000))
        return 4;
    auto *title = window.findChild<QLineEdit *>(u"titleEdit"_s);
    title->setFocus();
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, u"Saved after the crash"_s);
    QTest::mouseClick(window.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    if (window.writeQueue()->pendingCount() != 1)
        return 5;
    QFile flag(ready);
    if (!flag.open(QIODevice::WriteOnly))
        return 6;
    flag.close();
    return QApplication::exec(); // until killed
}

} // namespace

class tst_WriteJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        nameTheApplication(u"tst_writejournal-%1"_s.arg(QApplication::applicationPid()));
        Translations::install(u"en"_s);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }
    void cleanupTestCase() { QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively(); }

    void anEditPendingAtAKillIsOfferedAgain();
};

void tst_WriteJournal::anEditPendingAtAKillIsOfferedAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    auto database = std::make_shared<Database>(DatabaseUrl::sqliteFile(path));
    QVERIFY(Schema::init(*database));
    qint64 id = 0;
    {
        TutorialService service(*database);
        auto row = service.createTutorial(u"Before the crash"_s, u"d"_s);
        QVERIFY(row);
        id = row->id;
    }
    // Another program holds the write lock: the child's save waits in its queue.
    QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
    holder.setDatabaseName(path);
    QVERIFY(holder.open());
    QVERIFY(QSqlQuery(holder).exec(u"BEGIN EXCLUSIVE"_s));

    const QString ready = dir.filePath(u"ready"_s);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QApplication::applicationFilePath(),
                {u"--child"_s, QApplication::applicationName(), path, ready, QString::number(id)});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ready) || child.state() == QProcess::NotRunning, 30000);
    QVERIFY2(QFile::exists(ready), qPrintable(u"the child ended with %1"_s.arg(child.exitCode())));
    // The journal is on disk while the save is pending.
    const QDir journals(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pending"_s);
    QTRY_COMPARE(journals.entryList({u"writes-*.json"_s}, QDir::Files).size(), 1);

    child.kill(); // SIGKILL: no event loop, no destructor, no question
    QVERIFY(child.waitForFinished());
    QVERIFY(QSqlQuery(holder).exec(u"COMMIT"_s));
    holder.close();
    {
        TutorialService reader(*database);
        auto row = reader.findTutorialRowById(id);
        QVERIFY(row);
        QCOMPARE(row->title, u"Before the crash"_s); // not saved: the child died first
    }

    // The next start finds it and offers it; "Save them" saves it.
    QStringList asked;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked << box->objectName() + u": "_s + box->text();
            if (auto *replay = box->findChild<QPushButton *>(u"replayButton"_s))
                replay->click();
            else
                box->reject();
        }
    });
    answer.start(20);
    auto window = std::make_unique<MainWindow>(database);
    window->show();
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
    QVERIFY2(asked.first().startsWith(u"replayWritesBox"_s), qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(u"1 change"_s), qPrintable(asked.first()));
    QVERIFY(window->waitForWrites(10000));
    {
        TutorialService reader(*database);
        auto row = reader.findTutorialRowById(id);
        QVERIFY(row);
        QCOMPARE(row->title, u"Saved after the crash"_s);
    }
    // Answered: the left-over journal is gone, and a new start asks nothing.
    window.reset();
    QCOMPARE(journals.entryList({u"writes-*.json"_s}, QDir::Files).size(), 0);
    window = std::make_unique<MainWindow>(database);
    window->show();
    // Its list read (the worker's answer comes through the event loop): the offer of left-over writes, made as the
    // window starts, would have been asked before that.
    QVERIFY(!window->tutorialModel()->isLoaded());
    QTRY_VERIFY_WITH_TIMEOUT(window->tutorialModel()->isLoaded() && !window->tutorialModel()->isLoading(), 10000);
    QCOMPARE(asked.size(), 1);
    window.reset();
    database->closeThreadConnection();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 6 && arguments.at(1) == u"--child") {
        nameTheApplication(arguments.at(2));
        Translations::install(u"en"_s);
        return runChild(arguments.at(3), arguments.at(4), arguments.at(5).toLongLong());
    }
    tst_WriteJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_writejournal.moc"
