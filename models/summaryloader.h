#pragma once

#include "databaseurl.h"
#include "entities.h"
#include "tutorialservice.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

// Runs the tutorial list's page queries on a worker thread with its own connection, so that a slow query (a sort by
// comment count over a million comments, a deep page, a LIKE scan) never stalls the window. Each request gets a
// ticket; answers come back in order as loaded() or failed() on the requesting thread. A request marked as a reset
// makes every older reset that has not started yet unnecessary: the worker skips it.
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
        // Whether the answer is in, after waiting for it at most `milliseconds` (-1: as long as it takes).
        bool waitFor(int milliseconds);
        bool isDone();
        const DetailRequest &request() const { return m_request; }
        quint64 ticket() const { return m_ticket; }
        const DetailAnswer &answer() const { return m_answer; } // once done
        explicit PendingDetail(quint64 ticket, DetailRequest request) : m_ticket(ticket), m_request(std::move(request)) { }
        void finish(DetailAnswer answer);
        static DetailAnswer read(TutorialService &service, const DetailRequest &request);

    private:
        quint64 m_ticket;
        DetailRequest m_request;
        std::mutex m_mutex;
        std::condition_variable m_done;
        bool m_finished = false;
        DetailAnswer m_answer;
    };

    explicit SummaryLoader(const DatabaseUrl &url, QObject *parent = nullptr);
    ~SummaryLoader() override;

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
    // Blocks until every request made so far has been answered (tests, and the window before it closes).
    void waitForIdle();

    // Starts reading an order now, on a thread of its own with its own connection, before any loader exists: the
    // program calls it as soon as the database is open, so that the order is read while Qt builds the window (the
    // widgets, the fonts, the accessibility bridge's D-Bus connection). The first requestOrder() of any loader for
    // the same database, query and positions takes that answer (waiting for it on its worker if need be) instead of
    // reading again; a different one reads as usual. At most one is kept.
    static void prefetchOrder(const DatabaseUrl &url, const TutorialService::SummaryQuery &query,
                              const QList<int> &positions);

signals:
    void failed(quint64 ticket, const QString &message);
    void orderLoaded(quint64 ticket, const QList<qint64> &ids, const QList<TutorialSummary> &rows, qint64 orphanCount);
    void rowsLoaded(quint64 ticket, const QList<TutorialSummary> &rows);
    void commentsLoaded(quint64 ticket, const QList<Comment> &comments);
    void detailLoaded(quint64 ticket);

private:
    friend class tst_SummaryLoader; // holds the worker thread still to queue requests behind it
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint64 m_nextTicket = 1;
    std::atomic<quint64> m_latestReset{0};
};
