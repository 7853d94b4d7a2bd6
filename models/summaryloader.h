#pragma once

#include "databaseurl.h"
#include "entities.h"
#include "tutorialservice.h"

#include <QList>
#include <QObject>

#include <future>
#include <memory>

class DbWorker;

// Runs the tutorial list's page queries on a worker thread with its own connection (a DbWorker), so that a slow query
// (a sort by comment count over a million comments, a deep page, a LIKE scan) never stalls the window. Each request
// gets a ticket; answers come back in order as loaded() or failed() on the requesting thread. A newer order request
// makes every older one that has not started yet unnecessary: the worker skips it (DbWorker::runLatest).
class SummaryLoader : public QObject
{
    Q_OBJECT

public:
    // What showing a tutorial's comments (or the unassigned ones) needs: every id, the rows of some blocks of them,
    // and the tutorial's own row when asked. Read on the worker; the asking thread may wait for it a bounded time.
    struct DetailRequest
    {
        std::optional<qint64> tutorialId; // std::nullopt: the unassigned comments
        bool withTutorial = false;
        QList<int> blocks; // blocks of `blockSize` ids, by their place in the ids read
        int blockSize = 128;
    };
    struct DetailAnswer
    {
        std::optional<TutorialRow> tutorial;
        QList<qint64> ids;
        QList<Comment> rows;
        std::optional<Error> error;
    };
    class PendingDetail
    {
    public:
        explicit PendingDetail(quint64 ticket, DetailRequest request);
        // Whether the answer is in, after waiting for it at most `milliseconds` (-1: as long as it takes).
        bool waitFor(int milliseconds) const;
        bool isDone() const;
        const DetailRequest &request() const { return m_request; }
        quint64 ticket() const { return m_ticket; }
        const DetailAnswer &answer() const { return m_answer.get(); } // once done
        void finish(DetailAnswer answer); // once, on the thread that read it
        static DetailAnswer read(TutorialService &service, const DetailRequest &request);

    private:
        quint64 m_ticket;
        DetailRequest m_request;
        std::promise<DetailAnswer> m_promise;
        std::shared_future<DetailAnswer> m_answer;
    };

    explicit SummaryLoader(const DatabaseUrl &url, QObject *parent = nullptr);
    ~SummaryLoader() override; // waits for the request on its way; the answers not delivered yet are dropped

    // The list's order: every matching id (one pass, TutorialService::findTutorialOrder), with the unassigned
    // comments counted and the rows at `positions` in it read at once, so that the first paint needs one answer.
    // A newer one makes it unnecessary: the worker skips it if it has not started.
    // `within`: see TutorialService::findTutorialOrder.
    quint64 requestOrder(const TutorialService::SummaryQuery &query, const QList<int> &positions,
                         const std::optional<QList<qint64>> &within = {});
    // Rows by id, whatever their place in the order: the cost of a page never grows with its depth.
    quint64 requestRows(const QList<qint64> &ids);
    // Comments by id, for a comment pane (CommentTableModel), the same way.
    quint64 requestComments(const QList<qint64> &ids);
    // Reads a DetailRequest; detailLoaded() says when it is done (also when the caller has waited for it already).
    std::shared_ptr<PendingDetail> requestDetail(const DetailRequest &request);
    // Blocks until every request made so far has been answered, and delivers the answers (tests, and the window
    // before it closes).
    void waitForIdle();

    // Starts reading an order now, on a worker (a DbWorker) with its own connection, before any loader exists: the
    // program calls it as soon as the database is open, so that the order is read while Qt builds the window (the
    // widgets, the fonts, the accessibility bridge's D-Bus connection). The first loader for the same database whose
    // first request is an order takes that worker over as its own (its connection is open by then); when it asks for
    // the same query and positions, the answer read early is its answer, else it reads as usual. At most one is
    // kept; one no loader took goes when the application does. On the thread the loaders are made on.
    static void prefetchOrder(const DatabaseUrl &url, const TutorialService::SummaryQuery &query,
                              const QList<int> &positions);

signals:
    void failed(quint64 ticket, const QString &message);
    void orderLoaded(quint64 ticket, const QList<qint64> &ids, const QList<TutorialSummary> &rows, qint64 unassignedCount);
    void rowsLoaded(quint64 ticket, const QList<TutorialSummary> &rows);
    void commentsLoaded(quint64 ticket, const QList<Comment> &comments);
    void detailLoaded(quint64 ticket);

private:
    friend class tst_SummaryLoader; // holds the worker still to queue requests behind it
    DbWorker &worker(); // made on the first request that did not take over a prefetch's

    DatabaseUrl m_url;
    std::unique_ptr<DbWorker> m_worker;
    quint64 m_nextTicket = 1;
};
