#include "reconnector.h"

#include "database.h"
#include "tutorialservice.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

Reconnector::Reconnector(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &Reconnector::tryOnce);
}

Reconnector::~Reconnector()
{
    if (m_try) {
        m_try->wait();
        delete m_try;
    }
}

void Reconnector::start()
{
    m_active = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void Reconnector::retryNow()
{
    if (m_active)
        tryOnce();
}

void Reconnector::stop()
{
    m_active = false;
    m_timer.stop();
}

void Reconnector::tryOnce()
{
    if (m_try)
        return; // one at a time: a frozen server may keep a try waiting for its timeout
    std::shared_ptr<Database> database = m_database;
    QPointer<Reconnector> self(this);
    m_try = QThread::create([self, database] {
        QString reason;
        QString version;
        {
            TutorialService service(*database);
            // The cheapest statement that needs the server and the table: a look-up by primary key (of an id that
            // never exists: "not found" is an answer too).
            const auto answer = service.findTutorialRowById(0);
            if (!answer
                && (answer.error().kind == Error::Kind::Connection || answer.error().kind == Error::Kind::Busy))
                reason = answer.error().message;
            else
                version = database->serverVersion();
        }
        database->closeThreadConnection();
        QMetaObject::invokeMethod(
                self.data(),
                [self, reason, version] {
                    if (!self)
                        return;
                    self->m_try->wait();
                    self->m_try->deleteLater();
                    self->m_try = nullptr;
                    if (!self->m_active)
                        return;
                    if (!reason.isEmpty()) {
                        emit self->stillDown(reason);
                        return;
                    }
                    self->stop();
                    emit self->reconnected(version);
                },
                Qt::QueuedConnection);
    });
    m_try->start();
}
