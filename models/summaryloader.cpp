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
        if (!m_database) {
            m_database = std::make_unique<Database>(m_url);
            m_service = std::make_unique<TutorialService>(*m_database);
        }
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

void SummaryLoader::waitForIdle()
{
    // Queued after every request so far: when it has run, they all have.
    QMetaObject::invokeMethod(m_worker, [] { }, Qt::BlockingQueuedConnection);
}
