#include "reportsource.h"

#include "tutorialservice.h"

#include <QHash>

namespace ReportSource {

Result<Report> tutorial(TutorialService &service, qint64 id)
{
    auto tutorial = service.findTutorialById(id);
    if (!tutorial)
        return tutorial.error();
    return Report::forTutorial(std::move(*tutorial));
}

Result<Report> list(TutorialService &service, const SummaryQuery &query)
{
    // The order as the window reads it (one pass, ids only), then the rows by id a block at a time: the same
    // statements as the list itself, so the report holds what the window shows, in the window's order.
    auto ids = service.findTutorialOrder(query);
    if (!ids)
        return ids.error();
    constexpr qsizetype block = 500;
    QHash<qint64, TutorialSummary> rows;
    rows.reserve(ids->size());
    for (qsizetype from = 0; from < ids->size(); from += block) {
        auto summaries = service.findTutorialSummariesByIds(ids->mid(from, block));
        if (!summaries)
            return summaries.error();
        for (TutorialSummary &summary : *summaries)
            rows.insert(summary.id, std::move(summary));
    }
    Report::List list;
    list.query = query;
    list.tutorials.reserve(rows.size());
    for (const qint64 id : std::as_const(*ids)) {
        // A tutorial deleted elsewhere between the two reads is left out, as the list leaves it out.
        if (auto found = rows.find(id); found != rows.end())
            list.tutorials.append(std::move(*found));
    }
    return Report::forList(std::move(list));
}

} // namespace ReportSource
