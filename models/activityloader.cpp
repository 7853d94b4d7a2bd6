#include "activityloader.h"

#include "database.h"
#include "dbworker.h"

#include <QElapsedTimer>

namespace {

// The whole database in two halves of the id range at once: the upper one on the helper's connection, the lower one
// here. Each reads only its range of the primary key; a comment added meanwhile has a higher id than the middle and
// falls in the upper half, which has no upper bound, so none is missed or counted twice.
Result<QList<WeekCount>> countWeeks(ActivityStats &stats, const CommentScope &scope, DbWorker &helper,
                                    qint64 halvesFrom)
{
    if (scope.kind != CommentScope::Kind::All)
        return stats.commentsPerWeek(scope);
    auto bounds = stats.commentIdBounds();
    if (!bounds)
        return bounds.error();
    const auto [first, last] = *bounds;
    if (last - first < halvesFrom)
        return stats.commentsPerWeek(scope);
    const qint64 middle = first + (last - first) / 2;
    std::future<Result<QList<WeekCount>>> upper = helper.submit([scope, middle](Database &database) {
        return ActivityStats(database).commentsPerWeek(scope, {middle, {}});
    });
    Result<QList<WeekCount>> lower = stats.commentsPerWeek(scope, {{}, middle});
    Result<QList<WeekCount>> higher = upper.get(); // waited for even when the lower half failed
    if (!lower)
        return lower.error();
    if (!higher)
        return higher.error();
    return ActivityStats::merged(*lower, *higher);
}

// On the worker: what one request asks for.
Result<ActivityFigures> readFigures(Database &database, const CommentScope &scope, int mostCommented,
                                    DbWorker &helper, qint64 halvesFrom)
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
    auto weeks = countWeeks(stats, scope, helper, halvesFrom);
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
    m_helper = std::make_unique<DbWorker>(database, QStringLiteral("activity loader helper"));
    m_worker = std::make_unique<DbWorker>(database, QStringLiteral("activity loader"));
}

ActivityLoader::~ActivityLoader() = default;

void ActivityLoader::setHalvesFrom(qint64 ids)
{
    m_halvesFrom.store(ids);
}

quint64 ActivityLoader::request(const CommentScope &scope, int mostCommented)
{
    const quint64 ticket = m_nextTicket++;
    // The worker and the helper go only in the destructor, after every job: they are still there when this runs.
    DbWorker *helper = m_helper.get();
    const std::atomic<qint64> *halvesFrom = &m_halvesFrom;
    m_worker->runLatest(
            [scope, mostCommented, helper, halvesFrom](Database &database) {
                return readFigures(database, scope, mostCommented, *helper, halvesFrom->load());
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
