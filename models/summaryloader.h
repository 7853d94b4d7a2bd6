#pragma once

#include "databaseurl.h"
#include "entities.h"
#include "tutorialservice.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>

// Runs the tutorial list's page queries on a worker thread with its own connection, so that a slow query (a sort by
// comment count over a million comments, a deep page, a LIKE scan) never stalls the window. Each request gets a
// ticket; answers come back in order as loaded() or failed() on the requesting thread. A request marked as a reset
// makes every older reset that has not started yet unnecessary: the worker skips it.
class SummaryLoader : public QObject
{
    Q_OBJECT

public:
    explicit SummaryLoader(const DatabaseUrl &url, QObject *parent = nullptr);
    ~SummaryLoader() override;

    quint64 request(const TutorialService::SummaryQuery &query, bool reset);
    // The list's order: every matching id (one pass, TutorialService::findTutorialOrder), with the unassigned
    // comments counted and the rows at `positions` in it read at once, so that the first paint needs one answer.
    // A reset like request(query, true): a newer one makes it unnecessary.
    quint64 requestOrder(const TutorialService::SummaryQuery &query, const QList<int> &positions);
    // Rows by id, whatever their place in the order: the cost of a page never grows with its depth.
    quint64 requestRows(const QList<qint64> &ids);
    // Blocks until every request made so far has been answered (tests, and the window before it closes).
    void waitForIdle();

signals:
    // orphanCount: the number of unassigned comments, counted with every reset (-1 on pages).
    void loaded(quint64 ticket, const TutorialService::SummaryQuery &query, const QList<TutorialSummary> &rows,
                qint64 orphanCount);
    void failed(quint64 ticket, const QString &message);
    void orderLoaded(quint64 ticket, const QList<qint64> &ids, const QList<TutorialSummary> &rows, qint64 orphanCount);
    void rowsLoaded(quint64 ticket, const QList<TutorialSummary> &rows);

private:
    friend class tst_SummaryLoader; // holds the worker thread still to queue requests behind it
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint64 m_nextTicket = 1;
    std::atomic<quint64> m_latestReset{0};
};
