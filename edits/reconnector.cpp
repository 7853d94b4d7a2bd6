#include "reconnector.h"

#include "database.h"
#include "dbworker.h"
#include "tutorialservice.h"

using namespace Qt::StringLiterals;

namespace {

// How a try went: `reason` empty when the server answered (then `version` says which).
struct TryAnswer
{
    QString reason;
    QString version;
};

} // namespace

Reconnector::Reconnector(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &Reconnector::tryOnce);
}

Reconnector::~Reconnector() = default; // m_try waits for the try on its way and closes its connection

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
    // A worker for this try only: between tries, and once the server answers, no thread or connection is kept for it.
    m_try = std::make_unique<DbWorker>(m_database, u"reconnect try"_s);
    m_try->run(
            [](TutorialService &service) {
                TryAnswer answer;
                // The cheapest statement that needs the server and the table: a look-up by primary key (of an id that
                // never exists: "not found" is an answer too).
                const auto found = service.findTutorialRowById(0);
                if (!found
                    && (found.error().kind == Error::Kind::Connection || found.error().kind == Error::Kind::Busy))
                    answer.reason = found.error().message;
                else
                    answer.version = service.database().serverVersion();
                return answer;
            },
            [this](const TryAnswer &answer) {
                m_try.reset(); // its job has ended: the worker's connection closes and its thread ends at once
                if (!m_active)
                    return;
                if (!answer.reason.isEmpty()) {
                    emit stillDown(answer.reason);
                    return;
                }
                stop();
                emit reconnected(answer.version);
            });
}
