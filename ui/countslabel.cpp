#include "countslabel.h"

#include "database.h"
#include "dbworker.h"
#include "tutorialservice.h"
#include "wording.h"

using namespace Qt::StringLiterals;

CountsLabel::CountsLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"countsLabel"_s);
    retranslate();
}

CountsLabel::~CountsLabel() = default; // the workers wait for their counts, which are not shown

void CountsLabel::retranslate()
{
    setAccessibleName(tr("Row counts"));
}

void CountsLabel::waitForWork()
{
    if (m_worker)
        m_worker->waitForIdle();
}

void CountsLabel::count(const std::shared_ptr<Database> &database)
{
    if (m_worker && &m_worker->database() != database.get()) {
        // Another database: the old worker goes once it has answered (queued after its counts, this job is its last).
        DbWorker *old = m_worker.get();
        m_retired.push_back(std::move(m_worker));
        old->run([](Database &) { return true; }, [this, old](bool) {
            std::erase_if(m_retired, [old](const std::unique_ptr<DbWorker> &worker) { return worker.get() == old; });
        });
    }
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>(database, u"counts"_s);
    m_worker->runLatest([](TutorialService &service) { return service.counts(); },
                        [this, worker = m_worker.get()](const Result<RowCounts> &counts) {
                            if (worker == m_worker.get()) // not an answer about a database this window no longer shows
                                showCounts(counts);
                        });
}

void CountsLabel::showCounts(const Result<RowCounts> &counts)
{
    if (!counts) {
        setText(tr("Counts unavailable"));
        setToolTip(counts.error().message);
        return;
    }
    QString text = tr("%1, %2").arg(Wording::tutorials(counts->tutorials), Wording::comments(counts->comments));
    if (counts->unassigned > 0)
        text += tr(", %1 unassigned").arg(counts->unassigned);
    setText(text);
    setToolTip({});
}
