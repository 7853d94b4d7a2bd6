#include "activityloader.h"

#include "database.h"
#include "dbworker.h"

#include <QElapsedTimer>

#include <optional>
#include <vector>

namespace {

// The whole database in parts of the id range at once: the first here, each other one on a helper's connection. Each
// reads only its range of the primary key; a comment added meanwhile has a higher id than every bound and falls in
// the last part, which has no upper bound, so none is missed or counted twice.
Result<QList<WeekCount>> countWeeks(ActivityStats &stats, const CommentScope &scope,
                                    const std::vector<std::unique_ptr<DbWorker>> &helpers, qint64 partsFrom)
{
    if (scope.kind != CommentScope::Kind::All || helpers.empty())
        return stats.commentsPerWeek(scope);
    auto bounds = stats.commentIdBounds();
    if (!bounds)
        return bounds.error();
    const auto [first, last] = *bounds;
    if (last - first < partsFrom)
        return stats.commentsPerWeek(scope);
    const auto spans = ActivityStats::idParts(first, last, int(helpers.size()) + 1);
    std::vector<std::future<Result<QList<WeekCount>>>> others;
    for (qsizetype i = 1; i < spans.size(); ++i) {
        others.push_back(helpers[i - 1]->submit([scope, span = spans[i]](Database &database) {
            return ActivityStats(database).commentsPerWeek(scope, span);
        }));
    }
    Result<QList<WeekCount>> weeks = stats.commentsPerWeek(scope, spans.front());
    std::optional<Error> error;
    if (!weeks)
        error = weeks.error();
    for (auto &other : others) {
        Result<QList<WeekCount>> part = other.get(); // waited for even when another part failed
        if (!part && !error)
            error = part.error();
        else if (part && !error)
            weeks = ActivityStats::merged(*weeks, *part);
    }
    if (error)
        return *error;
    return weeks;
}

// On the worker: what one request asks for.
Result<ActivityFigures> readFigures(Database &database, const CommentScope &scope, int mostCommented,
                                    const std::vector<std::unique_ptr<DbWorker>> &helpers, qint64 partsFrom)
{
    ActivityStats stats(database);
    ActivityFigures figures;
    figures.scope = scope;
    figures.mostCommentedAsked = mostCommented > 0;
    if (scope.kind == CommentScope::Kind::Tutorial) {
        auto title = stats.titleOf(scope.tutorialId);
        if (title)
            figures.tutorialTitle = *title;
        else if (title.error().kind == Error::Kind::NotFound)
            figures.tutorialFound = false;
        else
            return title.error();
    }
    QElapsedTimer clock;
    clock.start();
    auto weeks = countWeeks(stats, scope, helpers, partsFrom);
    if (!weeks)
        return weeks.error();
    figures.weeks = std::move(*weeks);
    figures.weeksMs = clock.nsecsElapsed() / 1e6;
    if (mostCommented > 0) {
        clock.restart();
        auto top = stats.mostCommented(mostCommented);
        if (!top)
            return top.error();
        figures.mostCommented = std::move(*top);
        figures.mostCommentedMs = clock.nsecsElapsed() / 1e6;
    }
    return figures;
}

} // namespace

ActivityLoader::ActivityLoader(const DatabaseUrl &url, QObject *parent) : QObject(parent), m_url(url)
{
    qRegisterMetaType<ActivityFigures>();
    auto database = std::make_shared<Database>(url);
    for (int i = 1; i < partsFor(url); ++i)
        m_helpers.push_back(std::make_unique<DbWorker>(database, QStringLiteral("activity loader helper")));
    m_worker = std::make_unique<DbWorker>(database, QStringLiteral("activity loader"));
}

ActivityLoader::~ActivityLoader() = default;

int ActivityLoader::partsFor(const DatabaseUrl &url)
{
    return url.isMySql() ? 4 : 2;
}

void ActivityLoader::setPartsFrom(qint64 ids)
{
    m_partsFrom.store(ids);
}

quint64 ActivityLoader::request(const CommentScope &scope, int mostCommented)
{
    const quint64 ticket = m_nextTicket++;
    // The worker and the helpers go only in the destructor, after every job: they are still there when this runs.
    const std::vector<std::unique_ptr<DbWorker>> *helpers = &m_helpers;
    const std::atomic<qint64> *partsFrom = &m_partsFrom;
    m_worker->runLatest(
            [scope, mostCommented, helpers, partsFrom](Database &database) {
                return readFigures(database, scope, mostCommented, *helpers, partsFrom->load());
            },
            [this, ticket](const Result<ActivityFigures> &figures) {
                if (figures)
                    emit loaded(ticket, *figures);
                else
                    emit failed(ticket, figures.error().message);
            });
    return ticket;
}

void ActivityLoader::waitForIdle()
{
    m_worker->waitForIdle();
}
