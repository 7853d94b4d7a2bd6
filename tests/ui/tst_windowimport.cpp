// File ▸ Import JSON, chosen from the window's File menu with the mouse, on files large enough that holding them whole
// would matter: the rows arrive, the window keeps answering meanwhile, a bad value part-way names its place and leaves
// the database as it was, and what the window says is what `tutorialctl import` says (one import path, issue 12).
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "testdatabase.h"
#include "windowtest.h"
#include "translations.h"
#include "tutoriallistmodel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// `count` tutorials with two comments each, in the shape `tutorial list` prints; with `badTutorial`, that tutorial's
// first comment has a text one character too long for the column.
bool writeFile(const QString &path, int count, int badTutorial = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("[\n");
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray text = i == badTutorial ? QByteArray(256, 'x') : QByteArray("first on " + n);
        file.write(QByteArray(i > 1 ? ",\n" : "") + R"({"id": )" + n + R"(, "title": "Imported )" + n
                   + R"(", "description": "From the file", "createdAt": "2026-11-25T21:23:58.000Z", )"
                   + R"("updatedAt": "2026-11-25T21:23:58.000Z", "comments": [{"id": 1, "name": "a", "text": ")"
                   + text + R"(", "tutorialId": )" + n + R"(}, {"name": "b", "text": "second"}]})");
    }
    file.write("\n]\n");
    return file.error() == QFile::NoError;
}

} // namespace

class tst_WindowImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void initTestCase();
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }
    void init();
    void cleanup();

    void aLargeFileArrivesWhileTheWindowKeepsAnswering();
    void aBadValuePartWayNamesItsPlaceAndChangesNothing();
    void aSyntaxErrorAtTheEndSaysWhatTutorialctlSays();

private:
    // File ▸ Import JSON… with the mouse, the file dialog answered with `path`; returns once the import has ended.
    void importThroughTheMenu(const QString &path);
    // The error box the import showed (closed by the fixture's watcher), or empty.
    QString takeError();
    // What `tutorialctl import` says of `path` on the same database: its stderr line.
    QString tutorialctlImport(const QString &path);
    int count(const QString &table) { return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toInt(); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ErrorBoxWatch> m_errorWatch;
    QStringList m_errors;
    QTemporaryDir m_dir;
};

void tst_WindowImport::initTestCase()
{
    startWindowTest(u"tst_windowimport"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("TUTORIALCTL").isEmpty(), "TUTORIALCTL names the tutorialctl binary (ctest sets it)");
}

void tst_WindowImport::init()
{
    QSettings().clear();
    m_db = TestDatabase::create(this);
    QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
    auto database = std::make_shared<Database>(m_db->url());
    auto state = Schema::init(*database);
    QVERIFY2(state, qPrintable(state.error().message));
    // Two tutorials with a comment each that were there before: an import adds to them, a failed one leaves them.
    QVERIFY(m_db->exec(u"INSERT INTO tutorials (title, createdAt, updatedAt) VALUES "
                       "('Before 1', '2026-11-01 10:00:00', '2026-11-01 10:00:00'), "
                       "('Before 2', '2026-11-01 10:00:00', '2026-11-01 10:00:00')"_s));
    QVERIFY(m_db->exec(u"INSERT INTO comments (name, text, tutorialId, createdAt, updatedAt) VALUES "
                       "('x', 'y', 1, '2026-11-01 10:00:00', '2026-11-01 10:00:00'), "
                       "('x', 'z', 2, '2026-11-01 10:00:00', '2026-11-01 10:00:00')"_s));
    m_window = std::make_unique<MainWindow>(database);
    m_errors.clear();
    m_errorWatch = std::make_unique<ErrorBoxWatch>(&m_errors);
    QVERIFY(showActive(m_window.get()));
}

void tst_WindowImport::cleanup()
{
    if (m_window) {
        m_window->waitForBackgroundWork();
        m_window->waitForWrites();
    }
    m_window.reset();
    m_db.reset();
    m_errorWatch.reset();
    if (!m_errors.isEmpty())
        QFAIL(qPrintable(u"error shown: "_s + m_errors.join(u"; "_s)));
}

void tst_WindowImport::importThroughTheMenu(const QString &path)
{
    m_window->setFileChooser([path](auto, auto &, auto &, auto &) { return path; }); // the person picks the file
    // The click runs the import (behind its progress dialog) and returns when it has ended.
    QVERIFY(clickMenuItem(m_window.get(), {u"menuFile"_s}, u"actionImportJson"_s));
}

QString tst_WindowImport::takeError()
{
    if (!QTest::qWaitFor([this] { return !m_errors.isEmpty(); }, 5000))
        return {};
    return m_errors.takeFirst();
}

QString tst_WindowImport::tutorialctlImport(const QString &path)
{
    QProcess process;
    process.start(qEnvironmentVariable("TUTORIALCTL"),
                  {u"--database"_s, m_db->url().toString(true), u"import"_s, path});
    if (!process.waitForFinished(120000))
        return u"tutorialctl did not finish: "_s + process.errorString();
    return QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
}

// 30,000 tutorials and 60,000 comments: every row arrives and the list shows them; meanwhile the window's own timers
// keep firing and the progress dialog moves (the file is read and written on the transfer's worker, a batch at a
// time); and Undo takes exactly the import back, as the rows were stored.
void tst_WindowImport::aLargeFileArrivesWhileTheWindowKeepsAnswering()
{
    const int tutorials = 30'000;
    const QString path = m_dir.filePath(u"large.json"_s);
    QVERIFY(writeFile(path, tutorials));
    // A timer on the GUI thread, as the window's own (the list's, the status bar's): it must keep firing while the
    // import runs, and the progress it shows must move.
    int ticksWhileImporting = 0;
    int progressSeen = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        auto *progress = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        if (!progress || progress->objectName() != u"transferProgress")
            return;
        ++ticksWhileImporting;
        progressSeen = std::max(progressSeen, progress->value());
    });
    heartbeat.start(10);
    importThroughTheMenu(m_dir.filePath(u"large.json"_s));
    heartbeat.stop();
    QCOMPARE(count(u"tutorials"_s), 2 + tutorials);
    QCOMPARE(count(u"comments"_s), 2 + 2 * tutorials);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM comments c JOIN tutorials t ON c.tutorialId = t.id "
                          "WHERE t.title = 'Imported 29999' AND c.text IN ('first on 29999', 'second')"_s)
                     .toInt(),
             2);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Imported"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY2(ticksWhileImporting >= 3, qPrintable(QString::number(ticksWhileImporting)));
    QVERIFY2(progressSeen > 0, "the progress dialog never moved");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tutorialModel()->rowCount(), 2 + tutorials, 20000); // the list shows them

    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QVERIFY(m_window->waitForWrites(60000));
    QCOMPARE(count(u"tutorials"_s), 2);
    QCOMPARE(count(u"comments"_s), 2);
}

// Tutorial 2,999 of 3,000 holds a text one character too long: the first 2,500 were written already (a batch is 500)
// when it is read. The error names the file, the tutorial, the comment and the field, as tutorialctl's does, and the
// database is exactly as before.
void tst_WindowImport::aBadValuePartWayNamesItsPlaceAndChangesNothing()
{
    const QString path = m_dir.filePath(u"bad-value.json"_s);
    QVERIFY(writeFile(path, 3000, 2999));
    importThroughTheMenu(path);
    const QString message = takeError();
    QVERIFY2(message.startsWith(u"bad-value.json: "_s) && message.contains(u"Comment 1 of tutorial 2999"_s)
                     && message.contains(u"text"_s) && message.contains(u"256"_s),
             qPrintable(message));
    QCOMPARE(count(u"tutorials"_s), 2);
    QCOMPARE(count(u"comments"_s), 2);
    QCOMPARE(m_db->scalar(u"SELECT MAX(updatedAt) FROM tutorials"_s).toString(),
             m_db->scalar(u"SELECT MIN(updatedAt) FROM tutorials"_s).toString());
    const QString ctl = tutorialctlImport(path);
    QVERIFY2(ctl.endsWith(message.mid(message.indexOf(u": "_s))), qPrintable(ctl + u" | "_s + message));
    QCOMPARE(count(u"tutorials"_s), 2);
}

// A file that breaks off after 3,000 good tutorials: every row was written before the reader reaches the end, and
// all of it is rolled back; the error gives the line and column, in tutorialctl's words.
void tst_WindowImport::aSyntaxErrorAtTheEndSaysWhatTutorialctlSays()
{
    const QString path = m_dir.filePath(u"cut.json"_s);
    QVERIFY(writeFile(path, 3000));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 3)); // the closing "\n]\n" goes
        QVERIFY(file.seek(file.size()));
        file.write(",\n}"); // line 3002 (tutorial 3,000 is on line 3,001): a "}" where a tutorial should begin
    }
    importThroughTheMenu(path);
    const QString message = takeError();
    QVERIFY2(message.startsWith(u"cut.json: "_s) && message.contains(u"line 3002, column 1"_s), qPrintable(message));
    QCOMPARE(count(u"tutorials"_s), 2);
    QCOMPARE(count(u"comments"_s), 2);
    const QString ctl = tutorialctlImport(path);
    QVERIFY2(ctl.endsWith(message.mid(message.indexOf(u": "_s))), qPrintable(ctl + u" | "_s + message));
}

QTEST_MAIN(tst_WindowImport)
#include "tst_windowimport.moc"
