#include "activitycharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPalette>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ActivityCharts {

namespace {

// The charts are the window's: its words.
QString comments()
{
    return QCoreApplication::translate("ActivityWindow", "Comments");
}

// The date axis draws local times: a week's point at local midnight of its Monday is labelled with that Monday.
qreal axisTime(QDate day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

// Ticks on Mondays only, at most 9 of them: every `step` weeks from the first week, the axis running on to the Monday
// after the last one if need be. One week alone gets a week either side.
QDateTimeAxis *weeksAxis(const QList<WeekCount> &weeks)
{
    auto *x = new QDateTimeAxis;
    x->setFormat(u"yyyy-MM-dd"_s);
    x->setTitleText(QCoreApplication::translate("ActivityWindow", "Week starting (Monday, UTC)"));
    const qint64 span = weeks.first().monday.daysTo(weeks.last().monday) / 7;
    const qint64 step = std::max<qint64>(1, (span + 7) / 8);
    const qint64 ticks = std::max<qint64>(1, (span + step - 1) / step);
    const QDate from = span == 0 ? weeks.first().monday.addDays(-7) : weeks.first().monday;
    const QDate to = span == 0 ? weeks.first().monday.addDays(7) : from.addDays(7 * step * ticks);
    x->setRange(from.startOfDay(), to.startOfDay());
    x->setTickCount(int(span == 0 ? 3 : ticks + 1));
    return x;
}

// A horizontal bar chart draws its first category at the bottom: the most commented goes in last, on top.
QStringList barCategories(const QList<TutorialCommentCount> &most, const QStringList &names)
{
    QStringList categories;
    for (qsizetype i = most.size() - 1; i >= 0; --i) {
        QString label = names[i];
        if (label.size() > 40)
            label = label.left(39) + u'…';
        // Categories must differ: two tutorials with one title are told apart by their ids.
        if (categories.contains(label.toHtmlEscaped()))
            label += u" (%1)"_s.arg(most[i].tutorialId);
        categories << label.toHtmlEscaped();
    }
    return categories;
}

} // namespace

void drawWeeks(QChart *chart, const QList<WeekCount> &weeks, qint64 busiest)
{
    clear(chart);
    if (weeks.isEmpty())
        return;
    auto *series = new QLineSeries;
    series->setName(comments());
    series->setPointsVisible(true);
    for (const WeekCount &week : weeks)
        series->append(axisTime(week.monday), qreal(week.comments));
    chart->addSeries(series);
    QDateTimeAxis *x = weeksAxis(weeks);
    auto *y = new QValueAxis;
    y->setTitleText(comments());
    y->setLabelFormat(u"%d"_s);
    y->setRange(0, std::max(busiest * 1.1, 1.0)); // the busiest week's point below the top edge
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void drawMostCommented(QChart *chart, const QList<TutorialCommentCount> &most, const QStringList &names)
{
    clear(chart);
    if (most.isEmpty())
        return;
    auto *set = new QBarSet(comments());
    for (qsizetype i = most.size() - 1; i >= 0; --i)
        *set << qreal(most[i].comments);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(barCategories(most, names));
    auto *x = new QValueAxis;
    x->setLabelFormat(u"%d"_s);
    x->setRange(0, qreal(most.first().comments));
    x->applyNiceNumbers();
    x->setTitleText(comments());
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    const QColor accent = palette.color(QPalette::Highlight);
    // The theme first (it resets every colour), then the palette's own colours over it.
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(grid));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen(accent);
            pen.setWidthF(2.5);
            line->setPen(pen);
            line->setColor(accent);
        } else if (auto *bars = qobject_cast<QHorizontalBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(accent);
                set->setBorderColor(accent);
                set->setLabelColor(palette.color(QPalette::HighlightedText));
            }
        }
    }
}

} // namespace ActivityCharts
