#include "dbworker.h"

#include "database.h"
#include "tutorialservice.h"

#include <QCoreApplication>

DbWorker::DbWorker(std::shared_ptr<Database> database, const QString &threadName)
    : m_database(std::move(database)), m_worker(new QObject), m_mailbox(new QObject)
{
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(threadName);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    // Runs after every job already queued. The service's prepared statements go before the connection they are on.
    QMetaObject::invokeMethod(
            m_worker,
            [this] {
                m_service.reset();
                m_database->closeThreadConnection();
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    *m_alive = false; // a result not delivered yet is dropped
    // Later: this may run inside a `done` the mailbox is delivering now.
    m_mailbox->deleteLater();
}

void DbWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

TutorialService &DbWorker::service()
{
    if (!m_service)
        m_service = std::make_unique<TutorialService>(*m_database);
    return *m_service;
}

void DbWorker::waitForIdle()
{
    QMetaObject::invokeMethod(m_worker, [] { }, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(m_mailbox); // their answers
}
