// The connections of the window's worker threads (DbWorker), as whoever watches the database sees them: a print
// preview's worker closes its connection once the preview shows, however many previews are made, closing the
// window while a report is being prepared ends without a crash and leaves no connection open, and neither do the
// list's and comment pane's readers nor the tries that find a lost server again. Counted on
// MariaDB in the server's PROCESSLIST for the test's database (from a connection of the test's own), on SQLite as the
// connections Qt has open in this process.
#include "database.h"
#include "mainwindow.h"
#include "reportactions.h"
#include "schema.h"
#include "testdatabase.h"
#include "windowtest.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

class tst_WorkerConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startWindowTest(u"tst_workerconnections"_s);
    }
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }
    void initTestCase_data() { TestDatabase::addRows(); }
    void init();
    void cleanup();

    void printPreviewLeavesNoConnectionOpen();
    void closingTheWindowWhileAReportIsPreparedClosesEveryConnection();
    void listCommentsAndReconnectLeaveNoConnectionOpen();

private:
    int openConnections();
    static int qtConnections();
    QModelIndex listIndexOf(const QString &title);
    void openWindow();
    void showTutorial(qint64 id, const QString &title);
    // File ▸ Print Preview ▸ `itemName`, clicked with the mouse.
    bool clickPrintPreview(const QString &itemName)
    {
        return clickMenuItem(m_window.get(), {u"menuFile"_s, u"menuPrintPreview"_s}, itemName);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_large = 0;
    static constexpr int LargeComments = 4000; // a report that takes a few seconds to lay out
};

void tst_WorkerConnections::init()
{
    QSettings().clear();
    m_db = TestDatabase::create(this);
    QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
    Database writer(m_db->url());
    QVERIFY(Schema::init(writer));
    {
        TutorialService service(writer);
        auto created = service.createTutorials({tutorialWithComments(u"Many comments"_s, LargeComments)});
        QVERIFY2(created, qPrintable(created.error().message));
        m_large = created->first().id;
        QVERIFY(service.createTutorial(u"A short one"_s, u"two lines"_s));
    }
    writer.closeThreadConnection();
}

void tst_WorkerConnections::cleanup()
{
    if (m_window)
        m_window->waitForBackgroundWork();
    m_window.reset();
    m_db.reset();
}

int tst_WorkerConnections::openConnections()
{
    if (m_db->isMySql()) // the test's own connection is one of them
        return m_db->scalar(u"SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"_s).toInt();
    // SQLite keeps a closed connection's file descriptor open while another connection of the process holds a lock on
    // the file (and the window's do): the connections Qt has open in this process are counted instead.
    return qtConnections();
}

// The connections Qt has open in this process for the program (a worker's stays until it closes it, even when the
// server has dropped it).
int tst_WorkerConnections::qtConnections()
{
    int open = 0;
    for (const QString &name : QSqlDatabase::connectionNames())
        open += name.startsWith(u"tutorialdesk-"_s) ? 1 : 0;
    return open;
}

QModelIndex tst_WorkerConnections::listIndexOf(const QString &title)
{
    TutorialListModel *model = m_window->tutorialModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, TutorialListModel::TitleColumn).data().toString() == title)
            return model->index(row, TutorialListModel::TitleColumn);
    }
    return {};
}

void tst_WorkerConnections::openWindow()
{
    m_window = std::make_unique<MainWindow>(std::make_shared<Database>(m_db->url()));
    QVERIFY(showActive(m_window.get()));
    QTRY_VERIFY(m_window->tutorialModel()->isLoaded() && !m_window->tutorialModel()->isLoading());
}

void tst_WorkerConnections::showTutorial(qint64 id, const QString &title)
{
    auto *view = m_window->findChild<QTreeView *>(u"tutorialView"_s);
    const QModelIndex index = listIndexOf(title);
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTRY_COMPARE(m_window->shownTutorialId().value_or(-1), id);
    m_window->waitForBackgroundWork();
}

void tst_WorkerConnections::printPreviewLeavesNoConnectionOpen()
{
    openWindow();
    showTutorial(m_large, u"Many comments"_s);
    auto *reports = m_window->findChild<ReportActions *>();
    QVERIFY(reports);
    // What the window keeps open while it shows the database (its own, the list's, the change checks', the counts'…).
    const int shown = openConnections();
    QVERIFY(shown > 0);
    for (const QString &item :
         {u"actionPrintPreviewTutorial"_s, u"actionPrintPreviewList"_s, u"actionPrintPreviewTutorial"_s}) {
        // Qt's preview dialog runs its own event loop: it is looked into, counted and closed from a timer.
        int duringPreview = -1;
        int pages = 0;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            auto *widget = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr;
            if (!widget || widget->pageCount() == 0)
                return;
            closer.stop();
            pages = widget->pageCount();
            duringPreview = openConnections();
            dialog->reject();
        });
        closer.start();
        QVERIFY(clickPrintPreview(item));
        QTRY_VERIFY_WITH_TIMEOUT(pages > 0 && !reports->isBusy(), 120000);
        // The report's worker connected to read the rows; by the time its pages show it has closed that again.
        QTRY_COMPARE(openConnections(), shown);
        QVERIFY2(duringPreview <= shown, qPrintable(u"%1 connections open while the preview of %2 pages showed, %3 before"_s
                                                            .arg(duringPreview).arg(pages).arg(shown)));
    }
}

void tst_WorkerConnections::closingTheWindowWhileAReportIsPreparedClosesEveryConnection()
{
    const int before = openConnections(); // MariaDB: the test's own
    openWindow();
    showTutorial(m_large, u"Many comments"_s);
    QVERIFY(openConnections() > before);
    auto *reports = m_window->findChild<ReportActions *>();
    auto *progress = m_window->findChild<QProgressBar *>(u"reportBusyBar"_s);
    QVERIFY(reports);
    QVERIFY(clickPrintPreview(u"actionPrintPreviewTutorial"_s));
    // The rows are read and the pages are being laid out on the report's worker.
    QTRY_VERIFY((progress = m_window->findChild<QProgressBar *>(u"reportBusyBar"_s)) && progress->maximum() > 0);
    QVERIFY(reports->isBusy());
    QVERIFY(progress->value() < progress->maximum());

    QElapsedTimer clock;
    clock.start();
    m_window->close();
    m_window.reset(); // as the application does when its last window closes
    qInfo("closing the window while the report was laid out took %lld ms", clock.elapsed());
    QTRY_COMPARE(openConnections(), before);
    QVERIFY(!QApplication::activeModalWidget()); // no preview of a window that is gone
}

void tst_WorkerConnections::listCommentsAndReconnectLeaveNoConnectionOpen()
{
    const int before = openConnections(); // MariaDB: the test's own
    openWindow();
    showTutorial(m_large, u"Many comments"_s); // its comments read by the comment pane's reader
    // A search typed: the list's reader reads the order again.
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, u"Many"_s);
    QTRY_COMPARE(m_window->tutorialModel()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(m_window->tutorialModel()->rowCount(), 2);
    m_window->waitForBackgroundWork();
    QVERIFY(openConnections() > before);

    if (m_db->isMySql()) {
        // The server drops the window's connections (as a restart would); the test's own stays. Showing the other
        // tutorial finds that out, and the window tries to reconnect: on a worker of its own, with a connection of
        // its own, until "Retry now" finds the server answering.
        const int registered = qtConnections();
        const qint64 mine = m_db->scalar(u"SELECT CONNECTION_ID()"_s).toLongLong();
        QSqlQuery query(TestDatabase::mariadbAdmin());
        query.prepare(u"SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> ?"_s);
        query.addBindValue(m_db->url().databaseName());
        query.addBindValue(mine);
        QVERIFY(query.exec());
        int killed = 0;
        while (query.next())
            killed += QSqlQuery(TestDatabase::mariadbAdmin()).exec(u"KILL %1"_s.arg(query.value(0).toLongLong()));
        QVERIFY(killed > 0);
        auto *view = m_window->findChild<QTreeView *>(u"tutorialView"_s);
        const QModelIndex other = listIndexOf(u"A short one"_s);
        QVERIFY(other.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(other).center());
        auto *banner = m_window->findChild<QWidget *>(u"connectionBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QTest::mouseClick(banner->findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        m_window->waitForBackgroundWork();
        // The try's connection closed once it had answered: the window has the connections it had before.
        QTRY_COMPARE(qtConnections(), registered);
    }

    m_window->close();
    m_window.reset(); // as the application does when its last window closes
    QTRY_COMPARE(openConnections(), before);
}

QTEST_MAIN(tst_WorkerConnections)
#include "tst_workerconnections.moc"
