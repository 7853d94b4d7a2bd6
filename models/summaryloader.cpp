#include "summaryloader.h"

#include "database.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <chrono>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace {

// An order read before the window existed (SummaryLoader::prefetchOrder), until a loader takes it.
struct Prefetch
{
    QString url;
    TutorialService::SummaryQuery query;
    QList<int> positions;
    QString error; // empty: the three below hold the answer
    QList<qint64> ids;
    QList<TutorialSummary> rows;
    qint64 orphans = 0;
    std::thread thread;
};

std::mutex prefetchMutex;
std::shared_ptr<Prefetch> prefetched; // the one not taken yet

bool sameQuery(const TutorialService::SummaryQuery &a, const TutorialService::SummaryQuery &b)
{
    return a.search == b.search && a.sort == b.sort && a.descending == b.descending;
}

// The prefetched order when it is the one asked for (it is then no longer kept); its thread is joined.
std::shared_ptr<Prefetch> takePrefetch(const DatabaseUrl &url, const TutorialService::SummaryQuery &query,
                                       const QList<int> &positions)
{
    std::shared_ptr<Prefetch> taken;
    {
        std::lock_guard lock(prefetchMutex);
        if (!prefetched || prefetched->url != url.toString() || !sameQuery(prefetched->query, query)
            || prefetched->positions != positions)
            return nullptr;
        taken = std::exchange(prefetched, nullptr);
    }
    if (taken->thread.joinable())
        taken->thread.join(); // it has answered, or is about to
    return taken;
}

// At exit: a prefetch nobody took finishes first (it holds a connection of its own).
void joinUntakenPrefetch()
{
    std::shared_ptr<Prefetch> untaken;
    {
        std::lock_guard lock(prefetchMutex);
        untaken = std::exchange(prefetched, nullptr);
    }
    if (untaken && untaken->thread.joinable())
        untaken->thread.join();
}

} // namespace

class SummaryLoader::Worker : public QObject
{
public:
    Worker(const DatabaseUrl &url, std::atomic<quint64> &latestReset) : m_url(url), m_latestReset(latestReset) { }

    void open()
    {
        if (!m_database) {
            m_database = std::make_unique<Database>(m_url);
            m_service = std::make_unique<TutorialService>(*m_database);
        }
    }

    void runOrder(SummaryLoader *loader, quint64 ticket, const TutorialService::SummaryQuery &query,
                  const QList<int> &positions, const std::optional<QList<qint64>> &within)
    {
        if (ticket < m_latestReset.load())
            return; // a newer search, sort or refresh was asked for before this one started
        if (!within) {
            if (const auto early = takePrefetch(m_url, query, positions)) {
                if (early->error.isEmpty())
                    emit loader->orderLoaded(ticket, early->ids, early->rows, early->orphans);
                else
                    emit loader->failed(ticket, early->error);
                return;
            }
        }
        open();
        auto orphans = m_service->countUnassignedComments();
        if (!orphans) {
            emit loader->failed(ticket, orphans.error().message);
            return;
        }
        auto ids = m_service->findTutorialOrder(query, within);
        if (!ids) {
            emit loader->failed(ticket, ids.error().message);
            return;
        }
        QList<qint64> wanted;
        for (const int position : positions) {
            if (position >= 0 && position < ids->size())
                wanted.append(ids->at(position));
        }
        auto rows = m_service->findTutorialSummariesByIds(wanted);
        if (!rows) {
            emit loader->failed(ticket, rows.error().message);
            return;
        }
        emit loader->orderLoaded(ticket, *ids, *rows, *orphans);
    }

    void runRows(SummaryLoader *loader, quint64 ticket, const QList<qint64> &ids)
    {
        open();
        auto rows = m_service->findTutorialSummariesByIds(ids);
        if (!rows) {
            emit loader->failed(ticket, rows.error().message);
            return;
        }
        emit loader->rowsLoaded(ticket, *rows);
    }

    void runComments(SummaryLoader *loader, quint64 ticket, const QList<qint64> &ids)
    {
        open();
        auto comments = m_service->findCommentsByIds(ids);
        if (!comments) {
            emit loader->failed(ticket, comments.error().message);
            return;
        }
        emit loader->commentsLoaded(ticket, *comments);
    }

    void runDetail(SummaryLoader *loader, const std::shared_ptr<PendingDetail> &pending)
    {
        open();
        pending->finish(PendingDetail::read(*m_service, pending->request()));
        emit loader->detailLoaded(pending->ticket());
    }

    void shutdown()
    {
        m_service.reset();
        if (m_database)
            m_database->closeThreadConnection();
        m_database.reset();
    }

private:
    DatabaseUrl m_url;
    std::atomic<quint64> &m_latestReset;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service;
};

SummaryLoader::SummaryLoader(const DatabaseUrl &url, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TutorialService::SummaryQuery>();
    qRegisterMetaType<QList<TutorialSummary>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<QList<Comment>>();
    m_worker = new Worker(url, m_latestReset);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("tutorial list loader"));
    m_thread.start();
}

SummaryLoader::~SummaryLoader()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 SummaryLoader::requestOrder(const TutorialService::SummaryQuery &query, const QList<int> &positions,
                                    const std::optional<QList<qint64>> &within)
{
    const quint64 ticket = m_nextTicket++;
    m_latestReset.store(ticket);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker,
            [worker, this, ticket, query, positions, within] {
                worker->runOrder(this, ticket, query, positions, within);
            },
            Qt::QueuedConnection);
    return ticket;
}

quint64 SummaryLoader::requestRows(const QList<qint64> &ids)
{
    const quint64 ticket = m_nextTicket++;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, this, ticket, ids] { worker->runRows(this, ticket, ids); },
                              Qt::QueuedConnection);
    return ticket;
}

quint64 SummaryLoader::requestComments(const QList<qint64> &ids)
{
    const quint64 ticket = m_nextTicket++;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, this, ticket, ids] { worker->runComments(this, ticket, ids); },
                              Qt::QueuedConnection);
    return ticket;
}

std::shared_ptr<SummaryLoader::PendingDetail> SummaryLoader::requestDetail(const DetailRequest &request)
{
    auto pending = std::make_shared<PendingDetail>(m_nextTicket++, request);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, this, pending] { worker->runDetail(this, pending); },
                              Qt::QueuedConnection);
    return pending;
}

bool SummaryLoader::PendingDetail::waitFor(int milliseconds)
{
    std::unique_lock lock(m_mutex);
    if (milliseconds < 0)
        m_done.wait(lock, [this] { return m_finished; });
    else
        m_done.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] { return m_finished; });
    return m_finished;
}

bool SummaryLoader::PendingDetail::isDone()
{
    std::lock_guard lock(m_mutex);
    return m_finished;
}

void SummaryLoader::PendingDetail::finish(DetailAnswer answer)
{
    {
        std::lock_guard lock(m_mutex);
        m_answer = std::move(answer);
        m_finished = true;
    }
    m_done.notify_all();
}

SummaryLoader::DetailAnswer SummaryLoader::PendingDetail::read(TutorialService &service, const DetailRequest &request)
{
    DetailAnswer answer;
    if (request.withTutorial && request.tutorialId) {
        auto tutorial = service.findTutorialRowById(*request.tutorialId);
        if (!tutorial) {
            answer.error = tutorial.error();
            return answer;
        }
        answer.tutorial = *tutorial;
    }
    auto ids = service.findCommentIds(request.tutorialId);
    if (!ids) {
        answer.error = ids.error();
        return answer;
    }
    answer.ids = std::move(*ids);
    QList<qint64> wanted;
    for (const int block : request.blocks)
        wanted += answer.ids.mid(qsizetype(block) * request.blockSize, request.blockSize);
    auto rows = service.findCommentsByIds(wanted);
    if (!rows) {
        answer.error = rows.error();
        return answer;
    }
    answer.rows = std::move(*rows);
    return answer;
}

void SummaryLoader::prefetchOrder(const DatabaseUrl &url, const TutorialService::SummaryQuery &query,
                                  const QList<int> &positions)
{
    joinUntakenPrefetch(); // (a second one replaces the first)
    auto prefetch = std::make_shared<Prefetch>();
    prefetch->url = url.toString();
    prefetch->query = query;
    prefetch->positions = positions;
    prefetch->thread = std::thread([prefetch, url] {
        pthread_setname_np(pthread_self(), "list prefetch"); // (std::thread has no name of its own)
        Database database(url);
        {
            TutorialService service(database);
            auto orphans = service.countUnassignedComments();
            auto ids = orphans ? service.findTutorialOrder(prefetch->query) : Result<QList<qint64>>(orphans.error());
            QList<qint64> wanted;
            if (ids) {
                for (const int position : std::as_const(prefetch->positions)) {
                    if (position >= 0 && position < ids->size())
                        wanted.append(ids->at(position));
                }
            }
            auto rows = ids ? service.findTutorialSummariesByIds(wanted) : Result<QList<TutorialSummary>>(ids.error());
            if (!rows) {
                prefetch->error = rows.error().message;
            } else {
                prefetch->ids = std::move(*ids);
                prefetch->rows = std::move(*rows);
                prefetch->orphans = *orphans;
            }
        }
        database.closeThreadConnection();
    });
    std::lock_guard lock(prefetchMutex);
    prefetched = std::move(prefetch);
    static bool joinAtExit = false;
    if (!std::exchange(joinAtExit, true))
        qAddPostRoutine(joinUntakenPrefetch);
}

void SummaryLoader::waitForIdle()
{
    // Queued after every request so far: when it has run, they all have.
    QMetaObject::invokeMethod(m_worker, [] { }, Qt::BlockingQueuedConnection);
}
