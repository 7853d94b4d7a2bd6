// View ▸ Activity, driven as a person drives it: opened through the real menu, read through its table (the text
// alternative to the charts), its scope switched with the keyboard, the shown tutorial changed in the main window,
// the charts exported through the file dialog; on SQLite and MariaDB with comments at known times (activitydata.h).
#include "activitydata.h"
#include "activitywindow.h"
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "testdatabase.h"
#include "windowtest.h"
#include "translations.h"
#include "tutoriallistmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The rows of a table as "cell | cell" lines.
QStringList rows(const QTableWidget *table)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        out << cells.join(u" | "_s);
    }
    return out;
}

// The weeks with comments, and how many weeks are listed in all (those without comments show a 0).
QStringList nonZero(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        if (!line.endsWith(u" | 0"_s))
            out << line;
    }
    return out;
}

// Answers the next file dialog as a person would: puts the name into its file name field and clicks its Save
// button. A dialog still open 10 s later is closed, so that a test fails instead of hanging.
void answerFileDialog(const QString &path, std::shared_ptr<bool> seen)
{
    auto *timer = new QTimer(qApp);
    const QDeadlineTimer deadline(10000);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, path, seen, deadline, answered] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (deadline.hasExpired() || (*answered && !dialog)) {
            if (dialog)
                dialog->reject();
            timer->stop();
            timer->deleteLater();
            return;
        }
        if (!dialog || *answered)
            return;
        *answered = true;
        *seen = true;
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        if (!name || !buttons) {
            dialog->reject();
            return;
        }
        name->setText(path); // typed at once: keyClicks would open the completer's popup, which takes the click
        QCoreApplication::processEvents();
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                QTest::mouseClick(button, Qt::LeftButton);
        }
    });
    timer->start(20);
}

} // namespace

class tst_Activity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void figuresThroughTheMenu();
    void exportPngAndSvg();
    void shortcutIsListed();
    void followsThePalette();
    void everyElementHasAName();

private:
    ActivityWindow *openThroughTheMenu();
    bool clickTutorial(const QString &title);
    void showTable(ActivityWindow *activity);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    ActivityData::Ids m_ids;
};

void tst_Activity::initTestCase()
{
    startWindowTest(u"tst_ui_activity"_s);
}

void tst_Activity::init()
{
    QSettings().clear();
    m_db = TestDatabase::create(this);
    QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
    auto database = std::make_shared<Database>(m_db->url());
    QVERIFY(Schema::init(*database));
    const auto ids = ActivityData::fill(*m_db);
    QVERIFY(ids);
    m_ids = *ids;
    m_window = std::make_unique<MainWindow>(database);
    m_window->resize(1000, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_Activity::cleanup()
{
    if (m_window)
        m_window->waitForBackgroundWork();
    m_window.reset();
    m_db.reset();
    QFile::remove(QSettings().fileName());
}

ActivityWindow *tst_Activity::openThroughTheMenu()
{
    // View, then Activity…, clicked with the mouse.
    auto *menu = m_window->findChild<QMenu *>(u"menuView"_s);
    auto *action = m_window->findChild<QAction *>(u"actionActivity"_s);
    if (!menu || !action)
        return nullptr;
    QMenuBar *bar = m_window->menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
        return nullptr;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    auto *activity = m_window->findChild<ActivityWindow *>(u"activityWindow"_s);
    if (!activity || !QTest::qWaitFor([activity] { return activity->isVisible() && !activity->isLoading(); }, 10000))
        return nullptr;
    return activity;
}

bool tst_Activity::clickTutorial(const QString &title)
{
    auto *view = m_window->findChild<QTreeView *>(u"tutorialView"_s);
    if (!QTest::qWaitFor([this] { return !m_window->tutorialModel()->isLoading(); }, 5000))
        return false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, TutorialListModel::TitleColumn);
        if (index.data().toString() == title)
            return clickListRow(m_window.get(), index);
    }
    return false;
}

void tst_Activity::showTable(ActivityWindow *activity)
{
    auto *tabs = activity->findChild<QTabWidget *>(u"activityTabs"_s);
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QTRY_VERIFY(activity->findChild<QTableWidget *>(u"activityWeeksTable"_s)->isVisible());
}

void tst_Activity::figuresThroughTheMenu()
{
    QVERIFY(clickTutorial(u"Weekly A"_s));
    ActivityWindow *activity = openThroughTheMenu();
    QVERIFY(activity);
    showTable(activity);
    auto *weeks = activity->findChild<QTableWidget *>(u"activityWeeksTable"_s);
    auto *most = activity->findChild<QTableWidget *>(u"activityMostTable"_s);
    // The shown tutorial: its weeks, the one without comments between them as a 0.
    QCOMPARE(rows(weeks), (QStringList{u"2025-12-15 | 2"_s, u"2025-12-22 | 0"_s, u"2025-12-29 | 3"_s, u"2026-01-05 | 1"_s}));
    QCOMPARE(rows(most), (QStringList{u"Weekly A | 6"_s, u"Weekly B | 3"_s}));
    auto *status = activity->findChild<QLabel *>(u"activityStatus"_s);
    QVERIFY2(status->text().startsWith(u"Weekly A: 6 comments in 4 weeks, from 2025-12-15"_s), qPrintable(status->text()));

    // Another tutorial shown in the main window: the view follows.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(clickTutorial(u"Weekly B"_s));
    QTRY_COMPARE(rows(weeks), (QStringList{u"2025-12-22 | 1"_s, u"2025-12-29 | 2"_s}));
    QTRY_VERIFY(!activity->isLoading());

    // The whole database, chosen with the keyboard: the unassigned comments count too, across the year boundary.
    QApplication::setActiveWindow(activity);
    auto *scope = activity->findChild<QComboBox *>(u"activityScope"_s);
    scope->setFocus(Qt::TabFocusReason);
    QTest::keyClick(scope, Qt::Key_Down);
    QCOMPARE(activity->scope(), ActivityWindow::Scope::WholeDatabase);
    QTRY_VERIFY(!activity->isLoading());
    QTRY_COMPARE(nonZero(rows(weeks)), (QStringList{u"2024-12-30 | 1"_s, u"2025-12-15 | 2"_s, u"2025-12-22 | 2"_s,
                                                    u"2025-12-29 | 5"_s, u"2026-01-05 | 2"_s}));
    QCOMPARE(weeks->rowCount(), 54); // every week from 2024-12-30 to 2026-01-05
    int total = 0;
    for (int row = 0; row < weeks->rowCount(); ++row)
        total += weeks->item(row, 1)->text().toInt();
    QCOMPARE(total, 12);
    // The shown tutorial changes nothing now.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(clickTutorial(u"Weekly A"_s));
    QVERIFY(!activity->isLoading());
    QCOMPARE(weeks->rowCount(), 54);
}

void tst_Activity::exportPngAndSvg()
{
    QVERIFY(clickTutorial(u"Weekly A"_s));
    ActivityWindow *activity = openThroughTheMenu();
    QVERIFY(activity);
    activity->resize(900, 650);
    QTRY_COMPARE(activity->size(), QSize(900, 650));
    auto *page = activity->findChild<QWidget *>(u"activityChartPage"_s);
    QVERIFY(page->isVisible());
    const QSize expected = page->size() * activity->devicePixelRatio();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    auto seen = std::make_shared<bool>(false);
    const QString png = dir.filePath(u"weeks.png"_s);
    answerFileDialog(png, seen);
    QTest::mouseClick(activity->findChild<QPushButton *>(u"activityExportPng"_s), Qt::LeftButton);
    QVERIFY(*seen);
    QVERIFY(QFile::exists(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), expected);
    // Not blank: the chart's line is drawn in the palette's highlight colour somewhere.
    const QRgb accent = activity->palette().color(QPalette::Highlight).rgb();
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 2) {
        for (int x = 0; x < image.width() && !drawn; ++x)
            drawn = image.pixel(x, y) == accent;
    }
    QVERIFY2(drawn, "no pixel of the series' colour in the PNG");

    *seen = false;
    const QString svg = dir.filePath(u"weeks"_s); // no extension typed: .svg is added
    answerFileDialog(svg, seen);
    QTest::mouseClick(activity->findChild<QPushButton *>(u"activityExportSvg"_s), Qt::LeftButton);
    QVERIFY(*seen);
    QFile file(svg + u".svg"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    bool root = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && !root) {
            QCOMPARE(xml.name(), u"svg"_s);
            root = true;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QSvgRenderer renderer(bytes);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox().size(), page->size());
    QVERIFY(bytes.contains("Comments per week: Weekly A"));
    QVERIFY(bytes.contains("2025-12-29")); // an axis label, as text
}

// Help ▸ Keyboard shortcuts lists the view's keys, and they open it.
void tst_Activity::shortcutIsListed()
{
    QString listed;
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, &listed] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        if (auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s)) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text().startsWith(u"Activity"_s))
                    listed = table->item(row, 1)->text();
            }
        }
        dialog->reject();
    });
    timer->start(20);
    m_window->findChild<QAction *>(u"actionShortcuts"_s)->trigger();
    delete timer;
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    QCOMPARE(listed, keys.toString(QKeySequence::NativeText));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *activity = m_window->findChild<ActivityWindow *>(u"activityWindow"_s);
    QVERIFY(activity);
    QTRY_VERIFY(activity->isVisible());
}

// A dark system palette reaches the charts at once, and a light one brings them back.
void tst_Activity::followsThePalette()
{
    ActivityWindow *activity = openThroughTheMenu();
    QVERIFY(activity);
    auto *view = activity->findChild<QChartView *>(u"activityWeeksChart"_s);
    QChart *chart = view->chart();
    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([light] { QApplication::setPalette(light); }); // also when a check fails
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Mid, QColor(90, 90, 90));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    QApplication::setPalette(dark);
    QTRY_COMPARE(chart->backgroundBrush().color(), QColor(30, 30, 30));
    QCOMPARE(chart->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart->titleBrush().color(), QColor(Qt::white));
    for (QAbstractAxis *axis : chart->axes())
        QCOMPARE(axis->labelsColor(), QColor(Qt::white));
    QApplication::setPalette(light);
    QTRY_COMPARE(chart->backgroundBrush().color(), light.color(QPalette::Base));
    QCOMPARE(chart->theme(), QChart::ChartThemeLight);
}

// What a screen reader says for each element: its accessible name, its text, or its label's; the charts also carry
// a summary of their figures as their description.
void tst_Activity::everyElementHasAName()
{
    QVERIFY(clickTutorial(u"Weekly A"_s));
    ActivityWindow *activity = openThroughTheMenu();
    QVERIFY(activity);
    QStringList nameless;
    const auto labels = activity->findChildren<QLabel *>();
    for (int tab = 0; tab < 2; ++tab) {
        activity->findChild<QTabWidget *>(u"activityTabs"_s)->setCurrentIndex(tab);
        for (QWidget *widget : activity->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s))
                continue;
            if (!widget->accessibleName().isEmpty())
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
                continue;
            bool labelled = false;
            for (QLabel *label : labels)
                labelled = labelled || label->buddy() == widget;
            if (!labelled)
                nameless << widget->objectName();
        }
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u", "_s)));
    const QString summary = activity->findChild<QChartView *>(u"activityWeeksChart"_s)->accessibleDescription();
    QVERIFY2(summary.contains(u"6 comments"_s) && summary.contains(u"2025-12-29"_s), qPrintable(summary));
}

QTEST_MAIN(tst_Activity)
#include "tst_activity.moc"
