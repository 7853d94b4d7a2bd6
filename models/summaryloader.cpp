#include "summaryloader.h"

#include "database.h"
#include "dbworker.h"

#include <QCoreApplication>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

const QString LoaderName = u"tutorial list loader"_s;

// An order as the list needs it: every id, the rows at some positions in it, the unassigned comments counted.
struct OrderAnswer
{
    QString error; // empty: the three below hold the answer
    QList<qint64> ids;
    QList<TutorialSummary> rows;
    qint64 unassigned = 0;
};

OrderAnswer readOrder(TutorialService &service, const TutorialService::SummaryQuery &query,
                      const QList<int> &positions, const std::optional<QList<qint64>> &within)
{
    OrderAnswer answer;
    auto unassigned = service.countUnassignedComments();
    if (!unassigned) {
        answer.error = unassigned.error().message;
        return answer;
    }
    auto ids = service.findTutorialOrder(query, within);
    if (!ids) {
        answer.error = ids.error().message;
        return answer;
    }
    QList<qint64> wanted;
    for (const int position : positions) {
        if (position >= 0 && position < ids->size())
            wanted.append(ids->at(position));
    }
    auto rows = service.findTutorialSummariesByIds(wanted);
    if (!rows) {
        answer.error = rows.error().message;
        return answer;
    }
    answer.ids = std::move(*ids);
    answer.rows = std::move(*rows);
    answer.unassigned = *unassigned;
    return answer;
}

bool sameQuery(const TutorialService::SummaryQuery &a, const TutorialService::SummaryQuery &b)
{
    return a.search == b.search && a.sort == b.sort && a.descending == b.descending;
}

// An order read before the window existed (SummaryLoader::prefetchOrder), until a loader takes its worker over.
struct Prefetch
{
    QString url;
    TutorialService::SummaryQuery query;
    QList<int> positions;
    std::unique_ptr<DbWorker> worker; // reads it; becomes the loader's
    std::shared_future<OrderAnswer> answer;
};

// The one not taken yet. Made, taken and dropped on the thread the loaders live on only (a DbWorker answers and goes on
// the thread that made it), so it needs no lock; a plain pointer, for no static destructor runs after Qt has gone.
Prefetch *prefetched = nullptr;

// Waits for a prefetch's read (when it is still on its way) and closes its connection.
void dropPrefetch()
{
    delete std::exchange(prefetched, nullptr);
}

} // namespace

SummaryLoader::SummaryLoader(const DatabaseUrl &url, QObject *parent) : QObject(parent), m_url(url)
{
    qRegisterMetaType<TutorialService::SummaryQuery>();
    qRegisterMetaType<QList<TutorialSummary>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<QList<Comment>>();
}

SummaryLoader::~SummaryLoader() = default; // the worker waits for its job on its way and closes its connection

DbWorker &SummaryLoader::worker()
{
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>(std::make_shared<Database>(m_url), LoaderName);
    return *m_worker;
}

quint64 SummaryLoader::requestOrder(const TutorialService::SummaryQuery &query, const QList<int> &positions,
                                    const std::optional<QList<qint64>> &within)
{
    const quint64 ticket = m_nextTicket++;
    std::optional<std::shared_future<OrderAnswer>> early;
    if (!m_worker && prefetched && prefetched->url == m_url.toString()) {
        // The first request: the worker that read the order early becomes this loader's; its read is queued before
        // this one on it, so its answer is in by the time this job starts.
        std::unique_ptr<Prefetch> taken(std::exchange(prefetched, nullptr));
        m_worker = std::move(taken->worker);
        if (!within && sameQuery(taken->query, query) && taken->positions == positions)
            early = taken->answer;
    }
    worker().runLatest(
            [query, positions, within, early](TutorialService &service) {
                // An early read that failed was made before the tables were checked (or made, in a new file): again.
                if (early && early->get().error.isEmpty())
                    return early->get();
                return readOrder(service, query, positions, within);
            },
            [this, ticket](const OrderAnswer &answer) {
                if (answer.error.isEmpty())
                    emit orderLoaded(ticket, answer.ids, answer.rows, answer.unassigned);
                else
                    emit failed(ticket, answer.error);
            });
    return ticket;
}

quint64 SummaryLoader::requestRows(const QList<qint64> &ids)
{
    const quint64 ticket = m_nextTicket++;
    worker().run([ids](TutorialService &service) { return service.findTutorialSummariesByIds(ids); },
                 [this, ticket](const Result<QList<TutorialSummary>> &rows) {
                     if (rows)
                         emit rowsLoaded(ticket, *rows);
                     else
                         emit failed(ticket, rows.error().message);
                 });
    return ticket;
}

quint64 SummaryLoader::requestComments(const QList<qint64> &ids)
{
    const quint64 ticket = m_nextTicket++;
    worker().run([ids](TutorialService &service) { return service.findCommentsByIds(ids); },
                 [this, ticket](const Result<QList<Comment>> &comments) {
                     if (comments)
                         emit commentsLoaded(ticket, *comments);
                     else
                         emit failed(ticket, comments.error().message);
                 });
    return ticket;
}

std::shared_ptr<SummaryLoader::PendingDetail> SummaryLoader::requestDetail(const DetailRequest &request)
{
    auto pending = std::make_shared<PendingDetail>(m_nextTicket++, request);
    // The answer goes into `pending` on the worker, where the asking thread may be waiting for it (waitFor); the
    // signal follows through the event loop.
    worker().run(
            [pending](TutorialService &service) {
                pending->finish(PendingDetail::read(service, pending->request()));
                return pending->ticket();
            },
            [this](quint64 ticket) { emit detailLoaded(ticket); });
    return pending;
}

void SummaryLoader::waitForIdle()
{
    if (m_worker)
        m_worker->waitForIdle();
}

SummaryLoader::PendingDetail::PendingDetail(quint64 ticket, DetailRequest request)
    : m_ticket(ticket), m_request(std::move(request)), m_answer(m_promise.get_future().share())
{
}

bool SummaryLoader::PendingDetail::waitFor(int milliseconds) const
{
    if (milliseconds < 0) {
        m_answer.wait();
        return true;
    }
    return m_answer.wait_for(std::chrono::milliseconds(milliseconds)) == std::future_status::ready;
}

bool SummaryLoader::PendingDetail::isDone() const
{
    return waitFor(0);
}

void SummaryLoader::PendingDetail::finish(DetailAnswer answer)
{
    m_promise.set_value(std::move(answer));
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
    dropPrefetch(); // (a second one replaces the first)
    auto prefetch = std::make_unique<Prefetch>();
    prefetch->url = url.toString();
    prefetch->query = query;
    prefetch->positions = positions;
    prefetch->worker = std::make_unique<DbWorker>(std::make_shared<Database>(url), LoaderName);
    prefetch->answer = prefetch->worker
                               ->submit([query, positions](TutorialService &service) {
                                   return readOrder(service, query, positions, std::nullopt);
                               })
                               .share();
    prefetched = prefetch.release();
    static bool dropAtExit = false;
    if (!std::exchange(dropAtExit, true))
        qAddPostRoutine(dropPrefetch); // one nobody took: its worker closes its connection before Qt goes
}
