#include "activityloader.h"

#include "database.h"

#include <QElapsedTimer>
#include <QMetaObject>

class ActivityLoader::Worker : public QObject
{
public:
    Worker(const DatabaseUrl &url, std::atomic<quint64> &latest) : m_url(url), m_latest(latest) { }

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
        auto weeks = stats.commentsPerWeek(scope);
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
    DatabaseUrl m_url;
    std::atomic<quint64> &m_latest;
    std::unique_ptr<Database> m_database;
};

ActivityLoader::ActivityLoader(const DatabaseUrl &url, QObject *parent) : QObject(parent), m_url(url)
{
    qRegisterMetaType<ActivityFigures>();
    m_worker = new Worker(url, m_latest);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("activity loader"));
    m_thread.start();
}

ActivityLoader::~ActivityLoader()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
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
