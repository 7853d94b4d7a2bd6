#include "summaryloader.h"

#include "database.h"

#include <QMetaObject>

class SummaryLoader::Worker : public QObject
{
public:
    Worker(const DatabaseUrl &url, std::atomic<quint64> &latestReset) : m_url(url), m_latestReset(latestReset) { }

    void run(SummaryLoader *loader, quint64 ticket, const TutorialService::SummaryQuery &query, bool reset)
    {
        if (reset && ticket < m_latestReset.load())
            return; // a newer search or sort was asked for before this one started
        open();
        qint64 orphans = -1;
        if (reset) {
            auto counted = m_service->countOrphanComments();
            if (!counted) {
                emit loader->failed(ticket, counted.error().message);
                return;
            }
            orphans = *counted;
        }
        auto rows = m_service->findTutorialSummaries(query);
        if (!rows) {
            emit loader->failed(ticket, rows.error().message);
            return;
        }
        emit loader->loaded(ticket, query, *rows, orphans);
    }

    void open()
    {
        if (!m_database) {
            m_database = std::make_unique<Database>(m_url);
            m_service = std::make_unique<TutorialService>(*m_database);
        }
    }

    void runOrder(SummaryLoader *loader, quint64 ticket, const TutorialService::SummaryQuery &query,
                  const QList<int> &positions)
    {
        if (ticket < m_latestReset.load())
            return; // a newer search, sort or refresh was asked for before this one started
        open();
        auto orphans = m_service->countOrphanComments();
        if (!orphans) {
            emit loader->failed(ticket, orphans.error().message);
            return;
        }
        auto ids = m_service->findTutorialOrder(query);
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

quint64 SummaryLoader::request(const TutorialService::SummaryQuery &query, bool reset)
{
    const quint64 ticket = m_nextTicket++;
    if (reset)
        m_latestReset.store(ticket);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [worker, this, ticket, query, reset] { worker->run(this, ticket, query, reset); },
            Qt::QueuedConnection);
    return ticket;
}

quint64 SummaryLoader::requestOrder(const TutorialService::SummaryQuery &query, const QList<int> &positions)
{
    const quint64 ticket = m_nextTicket++;
    m_latestReset.store(ticket);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [worker, this, ticket, query, positions] { worker->runOrder(this, ticket, query, positions); },
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

void SummaryLoader::waitForIdle()
{
    // Queued after every request so far: when it has run, they all have.
    QMetaObject::invokeMethod(m_worker, [] { }, Qt::BlockingQueuedConnection);
}
