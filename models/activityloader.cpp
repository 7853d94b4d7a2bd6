#include "activityloader.h"

#include "database.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <future>

// Counts one part of the comments per week on its own thread and connection, for the worker.
class ActivityLoader::Helper : public QObject
{
public:
    explicit Helper(const DatabaseUrl &url) : m_url(url) { }

    Result<QList<WeekCount>> count(const CommentScope &scope, const CommentIdSpan &ids)
    {
        if (!m_database)
            m_database = std::make_unique<Database>(m_url);
        return ActivityStats(*m_database).commentsPerWeek(scope, ids);
    }

    void shutdown()
    {
        if (m_database)
            m_database->closeThreadConnection();
        m_database.reset();
    }

private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_database;
};

class ActivityLoader::Worker : public QObject
{
public:
    Worker(const DatabaseUrl &url, std::atomic<quint64> &latest, Helper *helper, std::atomic<qint64> &halvesFrom)
        : m_url(url), m_latest(latest), m_helper(helper), m_halvesFrom(halvesFrom)
    {
    }

    void run(ActivityLoader *loader, quint64 ticket, const CommentScope &scope, int mostCommented)
    {
        if (ticket < m_latest.load())
            return; // the person asked for something else before this one started
        if (!m_database)
            m_database = std::make_unique<Database>(m_url);
        ActivityStats stats(*m_database);
        ActivityFigures figures;
        figures.scope = scope;
        figures.mostCommentedAsked = mostCommented > 0;
        if (scope.kind == CommentScope::Kind::Tutorial) {
            auto title = stats.titleOf(scope.tutorialId);
            if (title) {
                figures.tutorialTitle = *title;
            } else if (title.error().kind == Error::Kind::NotFound) {
                figures.tutorialFound = false;
            } else {
                emit loader->failed(ticket, title.error().message);
                return;
            }
        }
        QElapsedTimer clock;
        clock.start();
        auto weeks = countWeeks(stats, scope);
        if (!weeks) {
            emit loader->failed(ticket, weeks.error().message);
            return;
        }
        figures.weeks = std::move(*weeks);
        figures.weeksMs = clock.nsecsElapsed() / 1e6;
        if (mostCommented > 0) {
            clock.restart();
            auto top = stats.mostCommented(mostCommented);
            if (!top) {
                emit loader->failed(ticket, top.error().message);
                return;
            }
            figures.mostCommented = std::move(*top);
            figures.mostCommentedMs = clock.nsecsElapsed() / 1e6;
        }
        emit loader->loaded(ticket, figures);
    }

    void shutdown()
    {
        if (m_database)
            m_database->closeThreadConnection();
        m_database.reset();
    }

private:
    // The whole database in two halves of the id range at once: the upper one on the helper's connection, the lower
    // one here. Each reads only its range of the primary key; a comment added meanwhile has a higher id than the
    // middle and falls in the upper half, which has no upper bound, so none is missed or counted twice.
    Result<QList<WeekCount>> countWeeks(ActivityStats &stats, const CommentScope &scope)
    {
        if (scope.kind != CommentScope::Kind::All)
            return stats.commentsPerWeek(scope);
        auto bounds = stats.commentIdBounds();
        if (!bounds)
            return bounds.error();
        const auto [first, last] = *bounds;
        if (last - first < m_halvesFrom.load())
            return stats.commentsPerWeek(scope);
        const qint64 middle = first + (last - first) / 2;
        auto upper = std::make_shared<std::promise<Result<QList<WeekCount>>>>();
        std::future<Result<QList<WeekCount>>> upperWeeks = upper->get_future();
        Helper *helper = m_helper;
        QMetaObject::invokeMethod(
                helper, [helper, upper, scope, middle] { upper->set_value(helper->count(scope, {middle, {}})); },
                Qt::QueuedConnection);
        Result<QList<WeekCount>> lower = stats.commentsPerWeek(scope, {{}, middle});
        Result<QList<WeekCount>> higher = upperWeeks.get(); // waited for even when the lower half failed
        if (!lower)
            return lower.error();
        if (!higher)
            return higher.error();
        return ActivityStats::merged(*lower, *higher);
    }

    DatabaseUrl m_url;
    std::atomic<quint64> &m_latest;
    Helper *m_helper;
    std::atomic<qint64> &m_halvesFrom;
    std::unique_ptr<Database> m_database;
};

ActivityLoader::ActivityLoader(const DatabaseUrl &url, QObject *parent) : QObject(parent), m_url(url)
{
    qRegisterMetaType<ActivityFigures>();
    m_helper = new Helper(url);
    m_helper->moveToThread(&m_helperThread);
    m_helperThread.setObjectName(QStringLiteral("activity loader helper"));
    m_helperThread.start();
    m_worker = new Worker(url, m_latest, m_helper, m_halvesFrom);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("activity loader"));
    m_thread.start();
}

ActivityLoader::~ActivityLoader()
{
    // The worker first: a request it is running may still wait for the helper.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    Helper *helper = m_helper;
    QMetaObject::invokeMethod(helper, [helper] { helper->shutdown(); }, Qt::BlockingQueuedConnection);
    m_helperThread.quit();
    m_helperThread.wait();
    delete m_helper;
}

void ActivityLoader::setHalvesFrom(qint64 ids)
{
    m_halvesFrom.store(ids);
}

quint64 ActivityLoader::request(const CommentScope &scope, int mostCommented)
{
    const quint64 ticket = m_nextTicket++;
    m_latest.store(ticket);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [worker, this, ticket, scope, mostCommented] { worker->run(this, ticket, scope, mostCommented); },
            Qt::QueuedConnection);
    return ticket;
}

void ActivityLoader::waitForIdle()
{
    // Queued after every request so far: when it has run, they all have.
    QMetaObject::invokeMethod(m_worker, [] { }, Qt::BlockingQueuedConnection);
}
