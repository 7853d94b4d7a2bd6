#include "writequeue.h"

#include "database.h"
#include "dbworker.h"
#include "tutorialservice.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

namespace {

// A fault to wait out, not an answer: the write did not happen and may be made later unchanged.
bool isTransient(const Error &error)
{
    return error.kind == Error::Kind::Connection || error.kind == Error::Kind::Busy;
}

} // namespace

WriteQueue::WriteQueue(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    m_inline = m_database->url().isSqlite() && m_database->url().isInMemory();
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &WriteQueue::startNext);
    if (m_inline) {
        m_inlineService = std::make_unique<TutorialService>(*m_database);
        return;
    }
    m_worker = std::make_unique<DbWorker>(m_database, QStringLiteral("writes"));
}

WriteQueue::~WriteQueue()
{
    m_worker.reset(); // waits for the write in flight, before the ones behind it go
}

void WriteQueue::enqueue(const QString &what, Work work, Done done)
{
    m_writes.push_back(Write{m_nextId++, what, std::move(work), std::move(done)});
    emit pendingChanged(int(m_writes.size()));
    if (m_inline) {
        while (!m_writes.empty()) {
            Write write = std::move(m_writes.front());
            m_writes.pop_front();
            const Result<QVariant> result = write.work(*m_inlineService);
            emit pendingChanged(int(m_writes.size()));
            if (write.done)
                write.done(result);
        }
        return;
    }
    if (!m_retryTimer->isActive())
        startNext();
}

int WriteQueue::pendingCount() const
{
    return int(m_writes.size());
}

QStringList WriteQueue::pendingDescriptions() const
{
    QStringList descriptions;
    for (const Write &write : m_writes)
        descriptions << write.what;
    return descriptions;
}

QString WriteQueue::fault() const
{
    return m_fault;
}

void WriteQueue::retryNow()
{
    if (m_retryTimer->isActive()) {
        m_retryTimer->stop();
        startNext();
    }
}

bool WriteQueue::waitForIdle(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    while (!m_writes.empty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_writes.empty();
}

void WriteQueue::startNext()
{
    if (m_inFlight || m_writes.empty())
        return;
    m_inFlight = true;
    const quint64 id = m_writes.front().id;
    m_worker->run([work = m_writes.front().work](TutorialService &service) { return work(service); },
                  [this, id](const Result<QVariant> &result) { finished(id, result); });
}

void WriteQueue::finished(quint64 id, const Result<QVariant> &result)
{
    m_inFlight = false;
    if (m_writes.empty() || m_writes.front().id != id)
        return;
    if (!result && isTransient(result.error())) {
        // Kept first in line; everything behind it waits too, so the writes stay in order.
        m_retryDelayMs = m_retryDelayMs == 0 ? 500 : qMin(m_retryDelayMs * 2, m_maxRetryDelayMs);
        setFault(result.error().message);
        m_retryTimer->start(m_retryDelayMs);
        return;
    }
    m_retryDelayMs = 0;
    setFault({});
    Write write = std::move(m_writes.front());
    m_writes.pop_front();
    emit pendingChanged(int(m_writes.size()));
    if (write.done)
        write.done(result);
    startNext();
}

void WriteQueue::setFault(const QString &message)
{
    if (m_fault == message)
        return;
    m_fault = message;
    emit faultChanged(message);
}
