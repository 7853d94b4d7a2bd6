// File ▸ Export PDF through the real menu and the real file dialog, with the mouse and the keyboard, and the PDF read
// back with pdftotext: the shown tutorial with its comments, and the list as it is filtered and sorted. File ▸ Print
// Preview of a tutorial with thousands of comments: the window keeps answering while it is prepared, and the preview
// has every page. Also what Help ▸ Keyboard shortcuts says of the new actions. On SQLite and on MariaDB.
#include "database.h"
#include "mainwindow.h"
#include "report.h"
#include "reportactions.h"
#include "reportsource.h"
#include "schema.h"
#include "testdatabase.h"
#include "windowtest.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QAction>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Answers the next file dialog by typing `path` into its name field and pressing Enter, as a person would.
void answerFileDialog(QObject *context, const QString &path, bool *answered)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, path, answered] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name) {
            dialog->reject();
            return;
        }
        // The offscreen platform activates no window by itself; a person's dialog has the keyboard.
        QApplication::setActiveWindow(dialog);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, path);
        // The name completer's list opened while typing; a person closes it (Escape) before clicking Save.
        if (QWidget *popup = QApplication::activePopupWidget())
            QTest::keyClick(popup, Qt::Key_Escape);
        *answered = true;
        QTest::keyClick(name, Qt::Key_Return);
    });
    timer->start();
}

} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startWindowTest(u"tst_reports"_s);
    }
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }
    void initTestCase_data() { TestDatabase::addRows(); }
    void init();
    void cleanup();

    void exportShownTutorialThroughTheMenu();
    void exportFilteredSortedListThroughTheMenu();
    void previewOfALargeTutorialKeepsTheWindowAnswering();
    void shortcutsDialogListsTheReportActions();

private:
    // Opens File ▸ `menu` ▸ `item` with mouse clicks on the menu bar and the menus.
    bool clickReportItem(const QString &menuName, const QString &itemName)
    {
        return clickMenuItem(m_window.get(), {u"menuFile"_s, menuName}, itemName);
    }
    bool clickExportPdf(const QString &itemName) { return clickReportItem(u"menuExportPdf"_s, itemName); }
    QModelIndex rowOfTitle(const QString &title);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_commented = 0;
    qint64 m_large = 0; // previewOfALargeTutorial…: a tutorial with LargeComments comments
    static constexpr int LargeComments = 5000;
};

void tst_Reports::init()
{
    QSettings().clear();
    m_db = TestDatabase::create(this);
    QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
    auto database = std::make_shared<Database>(m_db->url());
    QVERIFY(Schema::init(*database));
    {
        // The rows, written before the window opens, through a connection of the test's own.
        Database writer(m_db->url());
        TutorialService service(writer);
        auto commented = service.createTutorial(u"<b>x</b> &amp; report"_s, u"Printed <i>as typed</i>"_s);
        QVERIFY(commented);
        m_commented = commented->id;
        for (int i = 1; i <= 40; ++i)
            QVERIFY(service.createComment(m_commented, u"reader %1"_s.arg(i), u"comment %1 of forty"_s.arg(i, 2, 10, QChar(u'0'))));
        QVERIFY(service.createTutorial(u"Beta tutorial"_s, u"second"_s));
        QVERIFY(service.createTutorial(u"Alpha tutorial"_s, u"third"_s));
        QVERIFY(service.createTutorial(u"Unrelated"_s, u"not in the filtered list"_s));
        if (QByteArray(QTest::currentTestFunction()) == "previewOfALargeTutorialKeepsTheWindowAnswering") {
            auto created = service.createTutorials({tutorialWithComments(u"Zz many comments"_s, LargeComments)});
            QVERIFY2(created, qPrintable(created.error().message));
            m_large = created->first().id;
        }
        writer.closeThreadConnection();
    }
    m_window = std::make_unique<MainWindow>(database);
    QVERIFY(showActive(m_window.get()));
    QTRY_VERIFY(m_window->tutorialModel()->isLoaded() && !m_window->tutorialModel()->isLoading());
}

void tst_Reports::cleanup()
{
    if (m_window)
        m_window->waitForBackgroundWork();
    m_window.reset();
    m_db.reset();
}

QModelIndex tst_Reports::rowOfTitle(const QString &title)
{
    TutorialListModel *model = m_window->tutorialModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TutorialListModel::TitleColumn);
        if (index.data().toString() == title)
            return index;
    }
    return {};
}

void tst_Reports::exportShownTutorialThroughTheMenu()
{
    // The tutorial is chosen with a click in the list, as a person does.
    QTreeView *view = m_window->findChild<QTreeView *>(u"tutorialView"_s);
    QModelIndex index;
    QTRY_VERIFY((index = rowOfTitle(u"<b>x</b> &amp; report"_s)).isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTRY_COMPARE(m_window->shownTutorialId().value_or(-1), m_commented);

    auto *reports = m_window->findChild<ReportActions *>();
    QVERIFY(reports);
    QSignalSpy finished(reports, &ReportActions::finished);
    const QString path = m_dir.filePath(u"shown-%1.pdf"_s.arg(m_db->kind()));
    bool answered = false;
    answerFileDialog(this, path, &answered);
    QVERIFY(clickExportPdf(u"actionExportPdfTutorial"_s));
    QTRY_VERIFY(answered);
    // Prepared on a worker: the status bar says so meanwhile, and the answer comes as a signal.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(path));

    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"<b>x</b> &amp; report"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Printed <i>as typed</i>"_s));
    qsizetype at = 0;
    for (int i = 1; i <= 40; ++i) {
        const qsizetype found = text.indexOf(u"comment %1 of forty"_s.arg(i, 2, 10, QChar(u'0')), at);
        QVERIFY2(found >= 0, qPrintable(u"comment %1 missing or out of order"_s.arg(i)));
        at = found;
    }
    QVERIFY(!text.contains(u"Beta tutorial"_s)); // the shown tutorial only
}

void tst_Reports::exportFilteredSortedListThroughTheMenu()
{
    // Filtered by typing into the search field, sorted by a click on the Title column's header (twice: descending).
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, u"tutorial"_s);
    TutorialListModel *model = m_window->tutorialModel();
    QTRY_VERIFY(model->search() == u"tutorial"_s && !model->isLoading() && model->rowCount() == 2);
    QTreeView *view = m_window->findChild<QTreeView *>(u"tutorialView"_s);
    QHeaderView *header = view->header();
    const auto clickTitleHeader = [&] {
        const int x = header->sectionViewportPosition(TutorialListModel::TitleColumn)
                + header->sectionSize(TutorialListModel::TitleColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickTitleHeader();
    QTRY_VERIFY(model->sortColumn() == TutorialListModel::TitleColumn && !model->isLoading());
    if (model->sortOrder() != Qt::DescendingOrder)
        clickTitleHeader();
    QTRY_VERIFY(model->sortOrder() == Qt::DescendingOrder && !model->isLoading());

    auto *reports = m_window->findChild<ReportActions *>();
    QSignalSpy finished(reports, &ReportActions::finished);
    const QString path = m_dir.filePath(u"list-%1.pdf"_s.arg(m_db->kind()));
    bool answered = false;
    answerFileDialog(this, path, &answered);
    QVERIFY(clickExportPdf(u"actionExportPdfList"_s));
    QTRY_VERIFY(answered);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"2 tutorials"_s), qPrintable(text.left(400)));
    QVERIFY(!text.contains(u"Unrelated"_s));
    QVERIFY(!text.contains(u"<b>x</b>"_s));
    QVERIFY(text.contains(u"tutorial"_s)); // the search, printed in the heading
    const qsizetype beta = text.indexOf(u"Beta tutorial"_s);
    const qsizetype alpha = text.indexOf(u"Alpha tutorial"_s);
    QVERIFY2(beta > 0 && alpha > beta, qPrintable(text.left(600))); // Title, descending: as the window shows it
}

// Print Preview of a tutorial with thousands of comments, then turned to landscape in the preview (its pages laid
// out again): the window answers throughout, and the preview shows every page of the landscape report.
void tst_Reports::previewOfALargeTutorialKeepsTheWindowAnswering()
{
    QTreeView *view = m_window->findChild<QTreeView *>(u"tutorialView"_s);
    QModelIndex index;
    QTRY_VERIFY((index = rowOfTitle(u"Zz many comments"_s)).isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTRY_COMPARE(m_window->shownTutorialId().value_or(-1), m_large);
    m_window->waitForBackgroundWork();

    // A timer that should fire every 20 ms: the longest wait between two of its ticks is how long the window did not
    // answer. Qt's preview dialog runs its own event loop (exec), so it is looked at and closed from the timer too.
    QElapsedTimer clock;
    qint64 last = -1;
    qint64 longestGap = 0;
    int previewPages = -1;
    int portraitPages = -1;
    QPageLayout previewLayout;
    bool closed = false;
    bool turned = false;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        if (last >= 0)
            longestGap = std::max(longestGap, now - last);
        last = now;
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog || closed)
            return;
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        if (!preview || preview->pageCount() == 0)
            return;
        if (!turned) {
            // Shown: now turned to landscape in the preview's toolbar, as a person would. The pages no longer fit
            // and are laid out again (from the event loop, not inside this tick: a timer does not tick inside itself).
            portraitPages = preview->pageCount();
            turned = true;
            const auto actions = dialog->findChildren<QAction *>();
            for (QAction *action : actions) {
                if (action->text() == u"Landscape"_s)
                    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
            }
            return;
        }
        if (preview->pageCount() == portraitPages)
            return; // still the portrait pages: the landscape ones are being laid out
        previewPages = preview->pageCount();
        previewLayout = dialog->printer()->pageLayout();
        closed = true;
        dialog->reject();
    });
    auto *reports = m_window->findChild<ReportActions *>();
    QSignalSpy finished(reports, &ReportActions::finished);
    clock.start();
    ticker.start();
    QVERIFY(clickReportItem(u"menuPrintPreview"_s, u"actionPrintPreviewTutorial"_s));
    QTRY_VERIFY_WITH_TIMEOUT(closed && !reports->isBusy(), 120000);
    // A few more ticks after the dialog closed, so that a stall while it closes counts too.
    const qint64 closedAt = clock.elapsed();
    QTRY_VERIFY(last > closedAt + 100);
    ticker.stop();
    qInfo("longest wait between two 20 ms ticks: %lld ms", longestGap);
    QVERIFY2(longestGap < 500, qPrintable(u"the window did not answer for %1 ms"_s.arg(longestGap)));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(previewLayout.orientation(), QPageLayout::Landscape);

    // Every page: as many as printing the same report on a printer with the preview's page layout makes.
    Database reader(m_db->url());
    TutorialService service(reader);
    auto report = ReportSource::tutorial(service, m_large);
    reader.closeThreadConnection();
    QVERIFY(report);
    QCOMPARE(report->tutorial().comments.size(), LargeComments);
    QPrinter pdf(QPrinter::HighResolution);
    pdf.setOutputFormat(QPrinter::PdfFormat);
    pdf.setOutputFileName(m_dir.filePath(u"preview-%1.pdf"_s.arg(m_db->kind())));
    pdf.setPageLayout(previewLayout);
    auto printed = report->paint(&pdf);
    QVERIFY(printed);
    QVERIFY(*printed > 100);
    QCOMPARE(previewPages, *printed);
}

void tst_Reports::shortcutsDialogListsTheReportActions()
{
    QStringList rows;
    QTimer::singleShot(0, this, [&rows] {
        QWidget *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()); }, 10000))
            return;
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        for (int row = 0; table && row < table->rowCount(); ++row)
            rows << table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text();
        dialog->close();
    });
    m_window->findChild<QAction *>(u"actionShortcuts"_s)->trigger();
    QVERIFY2(rows.contains(u"Print ▸ Shown Tutorial… = Ctrl+P"_s), qPrintable(rows.join(u"\n"_s)));
    QVERIFY2(rows.contains(u"Print ▸ Tutorial List… = Ctrl+Shift+P"_s), qPrintable(rows.join(u"\n"_s)));
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
