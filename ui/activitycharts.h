#pragma once

#include "activitystats.h"

#include <QList>
#include <QStringList>

class QChart;
class QPalette;

// The two charts of View ▸ Activity drawn from its figures: the comments per week as a line over a date axis, and
// the tutorials with the most comments as horizontal bars, in the colours of the window's palette.
namespace ActivityCharts {

// What `chart` shows becomes `weeks` (a week each, none missing); `busiest` is the most comments in one of them.
void drawWeeks(QChart *chart, const QList<WeekCount> &weeks, qint64 busiest);
// What `chart` shows becomes the tutorials of `most` (most comments first), named `names`.
void drawMostCommented(QChart *chart, const QList<TutorialCommentCount> &most, const QStringList &names);
// The chart's theme (light or dark) and colours from `palette`; again whenever the palette or the series change.
void applyPalette(QChart *chart, const QPalette &palette);

} // namespace ActivityCharts
