#include "activitywindow.h"

#include "activitycharts.h"
#include "filedialogs.h"
#include "wording.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QEvent>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {

// Weeks side by side with none missing: a week without comments is a 0 in the chart and in the table. A span
// longer than this (a stray date decades away) is shown as the weeks that have comments only.
constexpr qint64 MaxFilledWeeks = 2600;

QList<WeekCount> withEmptyWeeks(const QList<WeekCount> &weeks)
{
    if (weeks.size() < 2 || weeks.first().monday.daysTo(weeks.last().monday) / 7 > MaxFilledWeeks)
        return weeks;
    QList<WeekCount> filled;
    QDate monday = weeks.first().monday;
    for (const WeekCount &week : weeks) {
        for (; monday < week.monday; monday = monday.addDays(7))
            filled.append({monday, 0});
        filled.append(week);
        monday = week.monday.addDays(7);
    }
    return filled;
}

QString weekText(QDate monday)
{
    return monday.toString(Qt::ISODate);
}

QTableWidgetItem *numberItem(qint64 n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ActivityWindow::ActivityWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(u"activityWindow"_s);
    resize(860, 640);
    createControls();
    createChartPage();
    createTablePage();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"activityTabs"_s);
    m_tabs->addTab(m_chartPage, QString());
    m_tabs->addTab(m_tablePage, QString());
    m_note = new QLabel(this);
    m_note->setObjectName(u"activityNote"_s);
    m_note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeLabel);
    top->addWidget(m_scopeBox);
    top->addStretch(1);
    top->addWidget(m_refreshButton);
    top->addWidget(m_pngButton);
    top->addWidget(m_svgButton);
    auto *state = new QHBoxLayout;
    state->addWidget(m_busy);
    state->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(state);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_note);

    connectControls();
    retranslate();
    applyPalette();
    showWeeks();
    showMostCommented();
}

// The scope to count, what is going on, and the buttons.
void ActivityWindow::createControls()
{
    m_scopeLabel = new QLabel(this);
    m_scopeBox = new QComboBox(this);
    m_scopeBox->setObjectName(u"activityScope"_s);
    m_scopeBox->addItem(QString(), int(Scope::ShownTutorial));
    m_scopeBox->addItem(QString(), int(Scope::WholeDatabase));
    m_scopeLabel->setBuddy(m_scopeBox);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"activityBusy"_s);
    m_busy->setRange(0, 0); // no end known: a busy indicator
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"activityStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // it quotes a tutorial's title, which may look like markup
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(u"activityRefresh"_s);
    m_pngButton = new QPushButton(this);
    m_pngButton->setObjectName(u"activityExportPng"_s);
    m_svgButton = new QPushButton(this);
    m_svgButton->setObjectName(u"activityExportSvg"_s);
}

void ActivityWindow::createChartPage()
{
    m_weeksChart = new QChart;
    m_weeksChart->legend()->hide();
    m_weeksView = new QChartView(m_weeksChart);
    m_weeksView->setObjectName(u"activityWeeksChart"_s);
    m_weeksView->setRenderHint(QPainter::Antialiasing);
    m_weeksView->setFocusPolicy(Qt::TabFocus); // reachable from the keyboard, so a screen reader reads its summary
    m_mostChart = new QChart;
    m_mostChart->legend()->hide();
    m_mostView = new QChartView(m_mostChart);
    m_mostView->setObjectName(u"activityMostChart"_s);
    m_mostView->setRenderHint(QPainter::Antialiasing);
    m_mostView->setFocusPolicy(Qt::TabFocus);
    m_chartPage = new QWidget;
    m_chartPage->setObjectName(u"activityChartPage"_s);
    auto *charts = new QVBoxLayout(m_chartPage);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_weeksView, 1);
    charts->addWidget(m_mostView, 1);
}

// The same figures as tables: the text alternative.
void ActivityWindow::createTablePage()
{
    m_tablePage = new QWidget;
    m_tablePage->setObjectName(u"activityTablePage"_s);
    m_weeksCaption = new QLabel(m_tablePage);
    m_weeksTable = new QTableWidget(0, 2, m_tablePage);
    m_weeksTable->setObjectName(u"activityWeeksTable"_s);
    m_weeksCaption->setBuddy(m_weeksTable);
    m_mostCaption = new QLabel(m_tablePage);
    m_mostTable = new QTableWidget(0, 2, m_tablePage);
    m_mostTable->setObjectName(u"activityMostTable"_s);
    m_mostCaption->setBuddy(m_mostTable);
    for (QTableWidget *table : {m_weeksTable, m_mostTable}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    }
    auto *tables = new QGridLayout(m_tablePage);
    tables->addWidget(m_weeksCaption, 0, 0);
    tables->addWidget(m_weeksTable, 1, 0);
    tables->addWidget(m_mostCaption, 0, 1);
    tables->addWidget(m_mostTable, 1, 1);
    tables->setColumnStretch(0, 2);
    tables->setColumnStretch(1, 3);
}

void ActivityWindow::connectControls()
{
    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    addAction(refreshAction);
    auto *closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Close);
    addAction(closeAction);
    connect(refreshAction, &QAction::triggered, this, &ActivityWindow::refresh);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_refreshButton, &QPushButton::clicked, this, &ActivityWindow::refresh);
    connect(m_pngButton, &QPushButton::clicked, this, [this] { exportChart(u"png"_s); });
    connect(m_svgButton, &QPushButton::clicked, this, [this] { exportChart(u"svg"_s); });
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_hasWeeks = false;
        showWeeks();
        if (isVisible())
            request(false);
        else
            m_stale = true;
    });
}

ActivityWindow::~ActivityWindow() = default;

void ActivityWindow::showFor(const DatabaseUrl &url, std::optional<qint64> tutorialId, qint64 unassigned)
{
    m_unassignedId = unassigned;
    if (!m_loader || url != m_url) {
        // Another database: nothing of the old one stays on screen.
        m_url = url;
        m_hasDatabase = true;
        m_tutorialId = tutorialId;
        m_loader.reset();
        m_pending = 0;
        m_figures = {};
        m_hasWeeks = false;
        m_mostCommentedWanted = true;
        m_stale = true;
        showWeeks();
        showMostCommented();
        if (isVisible())
            refresh();
        return;
    }
    if (tutorialId == m_tutorialId)
        return;
    m_tutorialId = tutorialId;
    if (scope() != Scope::ShownTutorial)
        return; // the whole database's figures do not depend on it
    m_hasWeeks = false;
    showWeeks();
    if (isVisible())
        request(false);
    else
        m_stale = true;
}

ActivityWindow::Scope ActivityWindow::scope() const
{
    return Scope(m_scopeBox->currentData().toInt());
}

void ActivityWindow::setScope(Scope scope)
{
    m_scopeBox->setCurrentIndex(m_scopeBox->findData(int(scope)));
}

void ActivityWindow::refresh()
{
    m_mostCommentedWanted = true;
    request(true);
}

std::optional<CommentScope> ActivityWindow::currentScope() const
{
    if (scope() == Scope::WholeDatabase)
        return CommentScope::all();
    if (!m_tutorialId)
        return std::nullopt;
    if (*m_tutorialId == m_unassignedId)
        return CommentScope::unassigned();
    return CommentScope::tutorial(*m_tutorialId);
}

void ActivityWindow::request(bool withMostCommented)
{
    m_stale = false;
    if (!m_hasDatabase)
        return;
    if (!m_loader) {
        m_loader = std::make_unique<ActivityLoader>(m_url);
        connect(m_loader.get(), &ActivityLoader::loaded, this, &ActivityWindow::onLoaded);
        connect(m_loader.get(), &ActivityLoader::failed, this, &ActivityWindow::onFailed);
    }
    const std::optional<CommentScope> wanted = currentScope();
    const bool most = withMostCommented || m_mostCommentedWanted;
    if (!wanted && !most) {
        m_pending = 0;
        setLoading(false);
        showWeeks();
        return;
    }
    // With no tutorial shown there are no weeks to count; the whole database's stand in, unread, for the top list.
    m_pending = m_loader->request(wanted.value_or(CommentScope::all()), most ? MostCommentedCount : 0);
    m_error.clear();
    setLoading(true);
}

void ActivityWindow::onLoaded(quint64 ticket, const ActivityFigures &figures)
{
    if (figures.mostCommentedAsked) {
        m_figures.mostCommented = figures.mostCommented; // whoever asked: they are the newest there are
        m_mostCommentedWanted = false;
        showMostCommented();
    }
    if (ticket != m_pending)
        return; // an older question, overtaken by a newer one
    m_pending = 0;
    setLoading(false);
    const std::optional<CommentScope> wanted = currentScope();
    if (wanted && *wanted == figures.scope) {
        m_figures.scope = figures.scope;
        m_figures.weeks = withEmptyWeeks(figures.weeks);
        m_figures.tutorialFound = figures.tutorialFound;
        m_figures.tutorialTitle = figures.tutorialTitle;
        m_hasWeeks = true;
    }
    showWeeks();
}

void ActivityWindow::onFailed(quint64 ticket, const QString &message)
{
    if (ticket != m_pending)
        return;
    m_pending = 0;
    m_error = message;
    setLoading(false);
    showWeeks();
}

void ActivityWindow::setLoading(bool loading)
{
    m_busy->setVisible(loading);
    if (loading)
        m_status->setText(tr("Counting the comments…"));
}

QString ActivityWindow::scopeTitle() const
{
    if (scope() == Scope::WholeDatabase)
        return tr("Whole database");
    if (!m_tutorialId)
        return tr("No tutorial shown");
    if (*m_tutorialId == m_unassignedId)
        return tr("Unassigned comments");
    if (m_hasWeeks && !m_figures.tutorialFound)
        return tr("Tutorial %1 (deleted)").arg(*m_tutorialId);
    if (m_hasWeeks)
        return m_figures.tutorialTitle.trimmed().isEmpty() ? tr("Tutorial %1 (no title)").arg(*m_tutorialId)
                                                           : m_figures.tutorialTitle;
    return tr("Tutorial %1").arg(*m_tutorialId);
}

void ActivityWindow::showWeeks()
{
    const QString title = scopeTitle();
    // Qt Charts draws titles and axis labels as HTML: a title from the database is escaped to print as typed.
    m_weeksChart->setTitle(tr("Comments per week: %1").arg(title).toHtmlEscaped());
    const QList<WeekCount> weeks = m_hasWeeks ? m_figures.weeks : QList<WeekCount>();
    qint64 total = 0;
    WeekCount busiest;
    for (const WeekCount &week : weeks) {
        total += week.comments;
        if (week.comments > busiest.comments)
            busiest = week;
    }
    ActivityCharts::drawWeeks(m_weeksChart, weeks, busiest.comments);
    m_weeksTable->setRowCount(int(weeks.size()));
    for (int row = 0; row < weeks.size(); ++row) {
        m_weeksTable->setItem(row, 0, new QTableWidgetItem(weekText(weeks[row].monday)));
        m_weeksTable->setItem(row, 1, numberItem(weeks[row].comments));
    }
    const QString summary = weeksSummary(title, weeks, total, busiest);
    if (!isLoading())
        m_status->setText(summary);
    m_weeksView->setAccessibleDescription(summary);
    m_weeksTable->setAccessibleDescription(summary);
    applyPalette();
}

QString ActivityWindow::weeksSummary(const QString &title, const QList<WeekCount> &weeks, qint64 total,
                                     const WeekCount &busiest) const
{
    if (!m_error.isEmpty())
        return m_error;
    if (scope() == Scope::ShownTutorial && !m_tutorialId)
        return tr("Select a tutorial in the main window, or choose the whole database.");
    if (!m_hasWeeks)
        return tr("Counting the comments…");
    if (weeks.isEmpty())
        return tr("%1: no comments.").arg(title);
    return tr("%1: %2 in %n week(s), from %3 to the week of %4; the busiest week began %5 (%6).", nullptr,
              int(weeks.size()))
            .arg(title, Wording::comments(total), weekText(weeks.first().monday), weekText(weeks.last().monday),
                 weekText(busiest.monday), Wording::comments(busiest.comments));
}

void ActivityWindow::showMostCommented()
{
    m_mostChart->setTitle(tr("Tutorials with the most comments (whole database)"));
    const QList<TutorialCommentCount> &most = m_figures.mostCommented;
    m_mostTable->setRowCount(int(most.size()));
    QStringList names;
    for (int row = 0; row < most.size(); ++row) {
        const TutorialCommentCount &tutorial = most[row];
        const QString name = tutorial.title.trimmed().isEmpty()
                ? tr("Tutorial %1 (no title)").arg(tutorial.tutorialId)
                : tutorial.title;
        names << name;
        auto *item = new QTableWidgetItem(name);
        item->setToolTip(name);
        m_mostTable->setItem(row, 0, item);
        m_mostTable->setItem(row, 1, numberItem(tutorial.comments));
    }
    ActivityCharts::drawMostCommented(m_mostChart, most, names);
    QString summary;
    if (!most.isEmpty())
        summary = tr("Most comments: %1 (%2).").arg(names.first(), Wording::comments(most.first().comments));
    else
        summary = m_mostCommentedWanted ? tr("Counting the comments…") : tr("No tutorial has comments.");
    m_mostView->setAccessibleDescription(summary);
    m_mostTable->setAccessibleDescription(summary);
    applyPalette();
}

void ActivityWindow::applyPalette()
{
    for (QChart *chart : {m_weeksChart, m_mostChart})
        ActivityCharts::applyPalette(chart, palette());
    for (QChartView *view : {m_weeksView, m_mostView})
        view->setBackgroundBrush(palette().color(QPalette::Window));
}

void ActivityWindow::retranslate()
{
    setWindowTitle(tr("Activity"));
    m_scopeLabel->setText(tr("&Comments of:"));
    m_scopeBox->setItemText(0, tr("The shown tutorial"));
    m_scopeBox->setItemText(1, tr("The whole database"));
    m_scopeBox->setAccessibleName(tr("Comments of"));
    m_busy->setAccessibleName(tr("Counting"));
    m_status->setAccessibleName(tr("Summary"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the figures"));
    m_pngButton->setText(tr("Export &PNG…"));
    m_pngButton->setAccessibleName(tr("Export the charts as PNG"));
    m_svgButton->setText(tr("Export &SVG…"));
    m_svgButton->setAccessibleName(tr("Export the charts as SVG"));
    m_tabs->setTabText(0, tr("C&hart"));
    m_tabs->setTabText(1, tr("&Table"));
    m_tabs->setAccessibleName(tr("Chart or table"));
    m_chartPage->setAccessibleName(tr("Charts"));
    m_tablePage->setAccessibleName(tr("Tables"));
    m_weeksView->setAccessibleName(tr("Chart of the comments per week"));
    m_mostView->setAccessibleName(tr("Chart of the tutorials with the most comments"));
    m_weeksCaption->setText(tr("Comments per week"));
    m_mostCaption->setText(tr("Tutorials with the most comments (whole database)"));
    m_weeksTable->setAccessibleName(tr("Comments per week, as a table"));
    m_mostTable->setAccessibleName(tr("Tutorials with the most comments, as a table"));
    m_weeksTable->setHorizontalHeaderLabels({tr("Week starting (Monday, UTC)"), tr("Comments")});
    m_mostTable->setHorizontalHeaderLabels({tr("Tutorial"), tr("Comments")});
    m_note->setText(tr("Weeks begin on Monday at 00:00 UTC; each comment counts in the week of its creation time. "
                       "The whole database includes the unassigned comments."));
    m_note->setAccessibleName(tr("About the weeks"));
    showWeeks();
    showMostCommented();
}

void ActivityWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        request(m_mostCommentedWanted);
}

void ActivityWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        applyPalette();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
}

bool ActivityWindow::exportPng(const QString &fileName)
{
    const qreal ratio = devicePixelRatioF();
    QImage image(m_chartPage->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_chartPage->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!image.save(fileName, "PNG")) {
        QMessageBox::warning(this, tr("Export PNG"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    return true;
}

bool ActivityWindow::exportSvg(const QString &fileName)
{
    QSvgGenerator svg;
    svg.setFileName(fileName);
    svg.setSize(m_chartPage->size());
    svg.setViewBox(QRect(QPoint(), m_chartPage->size()));
    svg.setTitle(tr("Comments per week: %1").arg(scopeTitle()));
    svg.setDescription(m_status->text());
    QPainter painter;
    if (!painter.begin(&svg)) {
        QMessageBox::warning(this, tr("Export SVG"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    painter.fillRect(QRect(QPoint(), m_chartPage->size()), palette().color(QPalette::Window));
    m_chartPage->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!painter.end()) {
        QMessageBox::warning(this, tr("Export SVG"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    return true;
}

void ActivityWindow::exportChart(const QString &format)
{
    const bool png = format == u"png";
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(u"activity."_s + format);
    QString file = FileDialogs::saveFile(this, png ? tr("Export PNG") : tr("Export SVG"), suggested,
                                         png ? tr("PNG images (*.png)") : tr("SVG images (*.svg)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(u'.' + format, Qt::CaseInsensitive) && !QFileInfo(file).fileName().contains(u'.'))
        file += u'.' + format;
    if (png)
        exportPng(file);
    else
        exportSvg(file);
}
