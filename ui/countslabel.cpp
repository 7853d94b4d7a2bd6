#include "countslabel.h"

#include "database.h"
#include "tutorialservice.h"
#include "wording.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

CountsLabel::CountsLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"countsLabel"_s);
    retranslate();
}

CountsLabel::~CountsLabel()
{
    waitForWork();
}

void CountsLabel::retranslate()
{
    setAccessibleName(tr("Row counts"));
}

void CountsLabel::waitForWork()
{
    for (QThread *worker : std::as_const(m_workers))
        worker->wait();
    QCoreApplication::sendPostedEvents(this); // deliver what they reported
}

void CountsLabel::count(const std::shared_ptr<Database> &database)
{
    m_database = database;
    QThread *worker = QThread::create([this, database] {
        Result<TutorialService::Counts> counts = Error::database({});
        {
            TutorialService service(*database);
            counts = service.counts();
        }
        database->closeThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, database, counts] {
                if (database != m_database.lock())
                    return; // an answer about the database this window no longer shows
                if (!counts) {
                    setText(tr("Counts unavailable"));
                    setToolTip(counts.error().message);
                    return;
                }
                QString text
                    = tr("%1, %2").arg(Wording::tutorials(counts->tutorials), Wording::comments(counts->comments));
                if (counts->unassigned > 0)
                    text += tr(", %1 unassigned").arg(counts->unassigned);
                setText(text);
                setToolTip({});
            },
            Qt::QueuedConnection);
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeOne(worker);
        worker->deleteLater();
    });
    worker->start();
}
