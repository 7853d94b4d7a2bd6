// Nothing saved in the window may vanish because some code in its process opened and closed the database file.
//
// POSIX locks belong to the process, and closing any descriptor of the file drops them all: a file dialog that reads
// the database's first bytes for an icon used to do that. tutorialctl, a second process, then found nobody else
// using the file, checkpointed the write-ahead log and deleted it while the window still wrote into it. These tests
// replay that with the real QFileDialog and the real tutorialctl, and check the file afterwards.
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;

namespace {

// The lines of /proc/locks that are about PATH's inode: the locks any process holds on the file.
QStringList locksOn(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    const QString inode = u"%1:%2:%3"_s.arg(major(st.st_dev), 2, 16, QChar(u'0'))
                                  .arg(minor(st.st_dev), 2, 16, QChar(u'0'))
                                  .arg(quint64(st.st_ino));
    QFile file(u"/proc/locks"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList found;
    const QStringList lines = QString::fromLatin1(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.simplified().split(u' ').contains(inode))
            found << line;
    }
    return found;
}

struct Ctl
{
    int exitCode = -1;
    QString out;
    QString err;
};

Ctl tutorialctl(const QString &databasePath, const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("TUTORIALCTL"),
                  QStringList{u"--database"_s, u"sqlite:"_s + databasePath} + arguments);
    Ctl result;
    if (!process.waitForFinished(30000)) {
        result.err = u"tutorialctl did not finish: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Opens the real file dialog with File ▸ Open database…, lets it list the database's folder (with its icons and
// types, as a person would see it) and presses Cancel.
bool openAndCancelFileDialog(MainWindow *window, const QString &databasePath)
{
    bool listed = false;
    bool cancelled = false;
    QTimer::singleShot(0, window, [&] {
        QFileDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())); },
                             10000))
            return;
        auto *model = dialog->findChild<QFileSystemModel *>();
        const QString name = QFileInfo(databasePath).fileName();
        listed = model && QTest::qWaitFor([&] {
            const QModelIndex index = model->index(databasePath);
            return index.isValid() && index.data().toString() == name;
        }, 10000);
        if (model) {
            // What the dialog shows for each file: its icon and its type, as the views ask for them.
            const QModelIndex parent = model->index(QFileInfo(databasePath).absolutePath());
            for (int row = 0; row < model->rowCount(parent); ++row) {
                (void)model->index(row, 0, parent).data(Qt::DecorationRole);
                (void)model->index(row, 2, parent).data(Qt::DisplayRole);
            }
        }
        QTest::qWait(300); // the dialog's own background work (icons, watchers) runs meanwhile
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *cancel = buttons ? buttons->button(QDialogButtonBox::Cancel) : nullptr;
        if (cancel) {
            QTest::mouseClick(cancel, Qt::LeftButton);
            cancelled = true;
        } else {
            dialog->reject();
        }
    });
    window->findChild<QAction *>(u"actionOpenDatabase"_s)->trigger();
    return listed && cancelled;
}

QStringList titlesIn(const QString &path)
{
    QStringList titles;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"checker"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT title FROM tutorials ORDER BY id"_s);
            while (query.next())
                titles << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"checker"_s);
    return titles;
}

QString integrityOf(const QString &path)
{
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA integrity_check"_s) && query.next())
                verdict = query.value(0).toString();
            else
                verdict = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return verdict;
}

} // namespace

class tst_SqliteLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }
    void init();
    void cleanup();
    void fileDialogKeepsTheLocks();
    void anyCodeClosingTheFileKeepsTheLocks();
    void saveIntoADeletedLogIsNotCalledSaved();
    void closingTheDatabaseLetsGoOfTheFile();
    void editingWhileAnotherProgramWrites();

private:
    void openWindow();
    bool newTutorial(const QString &title);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

void tst_SqliteLocks::initTestCase()
{
    startWindowTest(u"tst_sqlitelocks"_s);
    QVERIFY2(!qEnvironmentVariable("TUTORIALCTL").isEmpty(), "TUTORIALCTL names the tutorialctl binary (ctest sets it)");
}

void tst_SqliteLocks::init()
{
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"t-%1.sqlite"_s.arg(QRandomGenerator::global()->generate()));
}

void tst_SqliteLocks::cleanup()
{
    if (m_window)
        m_window->waitForBackgroundWork();
    m_window.reset();
    m_database.reset();
}

void tst_SqliteLocks::openWindow()
{
    m_database = std::make_shared<Database>(DatabaseUrl::sqliteFile(m_path));
    m_window = std::make_unique<MainWindow>(m_database);
    QVERIFY(showActive(m_window.get()));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->tutorialModel()->isLoading(); }, 10000));
}

// New tutorial, type a title, Save (Ctrl+S): what a person does. True once the window says it is saved.
bool tst_SqliteLocks::newTutorial(const QString &title)
{
    QApplication::setActiveWindow(m_window.get());
    m_window->findChild<QAction *>(u"actionNewTutorial"_s)->trigger();
    auto *titleEdit = m_window->findChild<QLineEdit *>(u"titleEdit"_s);
    if (!titleEdit || !titleEdit->isVisible())
        return false;
    titleEdit->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(titleEdit, title);
    QTest::keyClick(titleEdit, Qt::Key_S, Qt::ControlModifier);
    return QTest::qWaitFor([this] { return !m_window->isWindowModified(); }, 10000);
}

void tst_SqliteLocks::fileDialogKeepsTheLocks()
{
    const Ctl demo = tutorialctl(m_path, {u"demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    openWindow();
    QVERIFY2(!locksOn(m_path).isEmpty(), "the window holds a lock on the database while it has it open");

    QVERIFY2(openAndCancelFileDialog(m_window.get(), m_path), "the file dialog listed the database's folder");
    QVERIFY2(!locksOn(m_path).isEmpty(), "the window still holds its lock after the file dialog");

    const Ctl first = tutorialctl(m_path, {u"tutorial"_s, u"create"_s, u"--title"_s, u"CLI row 1"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(newTutorial(u"Window row"_s));
    // tutorialctl sees what the window called saved, at once.
    const Ctl seen = tutorialctl(m_path, {u"tutorial"_s, u"list"_s});
    QVERIFY2(seen.out.contains(u"\"Window row\""_s), qPrintable(seen.out + seen.err));
    const Ctl second = tutorialctl(m_path, {u"tutorial"_s, u"create"_s, u"--title"_s, u"CLI row 2"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));

    // Quit the window.
    m_window->close();
    m_window.reset();
    m_database.reset();

    const QStringList titles = titlesIn(m_path);
    QCOMPARE(titles, (QStringList{u"Tut#1"_s, u"Tut#2"_s, u"CLI row 1"_s, u"Window row"_s, u"CLI row 2"_s}));
    QCOMPARE(integrityOf(m_path), u"ok"_s);
}

// Whatever else in the process opens and closes the database, its log or its index (a plugin, a thumbnailer, a file
// dialog of the platform's), the window's locks stay and nothing it saves is lost.
void tst_SqliteLocks::anyCodeClosingTheFileKeepsTheLocks()
{
    const Ctl demo = tutorialctl(m_path, {u"demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    openWindow();
    QVERIFY(newTutorial(u"Before"_s)); // the log and the index exist and are in use
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile file(m_path + suffix);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        (void)file.read(16);
        file.close();
    }
    QVERIFY2(!locksOn(m_path).isEmpty(), "the window still holds its lock on the database");
    QVERIFY2(!locksOn(m_path + u"-shm"_s).isEmpty(), "the window still holds its lock on the index");

    const Ctl first = tutorialctl(m_path, {u"tutorial"_s, u"create"_s, u"--title"_s, u"CLI row 1"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(newTutorial(u"Window row"_s));
    const Ctl second = tutorialctl(m_path, {u"tutorial"_s, u"create"_s, u"--title"_s, u"CLI row 2"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    m_window->close();
    m_window.reset();
    m_database.reset();

    QCOMPARE(titlesIn(m_path),
             (QStringList{u"Tut#1"_s, u"Tut#2"_s, u"Before"_s, u"CLI row 1"_s, u"Window row"_s, u"CLI row 2"_s}));
    QCOMPARE(integrityOf(m_path), u"ok"_s);
}

// Should the write-ahead log still vanish under the window (another program deleting it by hand), a save that went
// into it is reported as not saved, the edit stays in the form, and the window does not claim "All changes saved".
void tst_SqliteLocks::saveIntoADeletedLogIsNotCalledSaved()
{
    const Ctl demo = tutorialctl(m_path, {u"demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    openWindow();
    QVERIFY(newTutorial(u"Before"_s));
    QVERIFY(QFile::remove(m_path + u"-wal"_s));

    // The error box, answered whenever it comes (the save is answered by the write worker a moment later).
    QString shown;
    QTimer watch;
    watch.setInterval(20);
    connect(&watch, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    watch.start();
    QApplication::setActiveWindow(m_window.get());
    m_window->findChild<QAction *>(u"actionNewTutorial"_s)->trigger();
    auto *titleEdit = m_window->findChild<QLineEdit *>(u"titleEdit"_s);
    titleEdit->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(titleEdit, u"Lost?"_s);
    QTest::keyClick(titleEdit, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY2(!shown.isEmpty(), "the failed save is said");
    QVERIFY2(shown.contains(u"write-ahead log"_s), qPrintable(shown));
    QVERIFY2(m_window->isWindowModified(), "the edit is still pending");
    QCOMPARE(titleEdit->text(), u"Lost?"_s);
    auto *savedLabel = m_window->findChild<QLabel *>(u"savedLabel"_s);
    QVERIFY(savedLabel);
    QVERIFY2(savedLabel->text() != u"All changes saved"_s, qPrintable(savedLabel->text()));
}

// Once the window has closed its database, the process holds no lock on the file and no descriptor of it (the
// descriptor kept for the locks goes with SQLite's last one): another program may then delete or replace it.
void tst_SqliteLocks::closingTheDatabaseLetsGoOfTheFile()
{
    const Ctl demo = tutorialctl(m_path, {u"demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    openWindow();
    QVERIFY(newTutorial(u"Saved"_s));
    m_window->close();
    m_window->waitForBackgroundWork();
    m_window.reset();
    m_database.reset();
    QCOMPARE(locksOn(m_path), QStringList());
    QCOMPARE(locksOn(m_path + u"-shm"_s), QStringList());
    const QDir fds(u"/proc/self/fd"_s);
    const QString canonical = QFileInfo(m_path).canonicalFilePath();
    for (const QString &entry : fds.entryList(QDir::System | QDir::Files)) {
        const QString target = QFile::symLinkTarget(fds.filePath(entry));
        QVERIFY2(!target.startsWith(canonical), qPrintable(target + u" is still open"_s));
    }
    QCOMPARE(titlesIn(m_path).last(), u"Saved"_s);
}

// The window saves tutorials while tutorialctl creates them in a loop from another process, and file dialogs open
// and close on the database's folder meanwhile, for TUTORIALDESK_STRESS_SECONDS (default 60). Nothing is lost.
void tst_SqliteLocks::editingWhileAnotherProgramWrites()
{
    const int seconds = qEnvironmentVariableIsSet("TUTORIALDESK_STRESS_SECONDS")
        ? qEnvironmentVariableIntValue("TUTORIALDESK_STRESS_SECONDS")
        : 60;
    const Ctl init = tutorialctl(m_path, {u"init"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    openWindow();

    // tutorialctl writes in a loop from a shell of its own for the whole run, each create a process of its own.
    QProcess writer;
    writer.setProgram(u"/bin/sh"_s);
    writer.setArguments({u"-c"_s,
                  u"end=$(( $(date +%s) + %1 )); i=0; "
                  "while [ $(date +%s) -lt $end ]; do i=$((i+1)); "
                  "\"$TUTORIALCTL\" --database \"sqlite:$DB\" tutorial create --title \"cli $i\" >/dev/null || "
                  "{ echo \"create $i failed\" >&2; exit 1; }; done; echo $i"_s.arg(seconds)});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DB"_s, m_path);
    writer.setProcessEnvironment(env);
    writer.start();
    QVERIFY(writer.waitForStarted());

    QStringList windowTitles;
    QElapsedTimer clock;
    clock.start();
    int dialogs = 0;
    while (clock.elapsed() < seconds * 1000LL) {
        const QString title = u"window %1"_s.arg(windowTitles.size() + 1);
        QVERIFY2(newTutorial(title), qPrintable(u"saving "_s + title));
        windowTitles << title;
        if (windowTitles.size() % 5 == 0) {
            QVERIFY(openAndCancelFileDialog(m_window.get(), m_path));
            ++dialogs;
        } else if (windowTitles.size() % 5 == 2) {
            QFile peek(m_path); // as any other code in the process might: a look at the file's first bytes
            QVERIFY(peek.open(QIODevice::ReadOnly));
            (void)peek.read(16);
        }
        QVERIFY2(!locksOn(m_path).isEmpty(), "the window holds its lock");
    }
    if (writer.state() != QProcess::NotRunning)
        QVERIFY(writer.waitForFinished(seconds * 1000 + 60000));
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    const int cliRows = QString::fromLatin1(writer.readAllStandardOutput()).trimmed().toInt();
    QVERIFY(cliRows > 0);
    m_window->close();
    m_window.reset();
    m_database.reset();

    const QStringList titles = titlesIn(m_path);
    for (const QString &title : std::as_const(windowTitles))
        QVERIFY2(titles.contains(title), qPrintable(title + u" is missing"_s));
    for (int i = 1; i <= cliRows; ++i)
        QVERIFY2(titles.contains(u"cli %1"_s.arg(i)), qPrintable(u"cli %1 is missing"_s.arg(i)));
    QCOMPARE(titles.size(), windowTitles.size() + cliRows);
    QCOMPARE(integrityOf(m_path), u"ok"_s);
    qInfo("%lld window saves, %d tutorialctl creates, %d file dialogs in %d s: 0 rows lost, integrity ok",
          qint64(windowTitles.size()), cliRows, dialogs, seconds);
}

QTEST_MAIN(tst_SqliteLocks)
#include "tst_sqlitelocks.moc"
