#pragma once

#include "activitystats.h"
#include "databaseurl.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class DbWorker;

// What the Activity view shows, read together.
struct ActivityFigures
{
    CommentScope scope;
    bool tutorialFound = true; // for a tutorial's scope: false when it has been deleted meanwhile
    QString tutorialTitle; // its title (null: none)
    bool mostCommentedAsked = false;
    QList<WeekCount> weeks; // comments per week in `scope`
    QList<TutorialCommentCount> mostCommented; // empty when none were asked for
    double weeksMs = 0; // how long each statement took, on the worker
    double mostCommentedMs = 0;
};
Q_DECLARE_METATYPE(ActivityFigures)

// Runs the Activity view's GROUP BY statements on a worker thread with its own connection (a DbWorker): over a
// million comments they read the whole table, which must never stall the window. The whole database's weeks are
// counted in parts of the id range at once, each but the first on a helper DbWorker of its own. A newer request
// makes every older one that has not started yet unnecessary (it is skipped); answers come back as loaded() or
// failed() on the thread that made the loader.
class ActivityLoader : public QObject
{
    Q_OBJECT

public:
    explicit ActivityLoader(const DatabaseUrl &url, QObject *parent = nullptr);
    ~ActivityLoader() override;

    const DatabaseUrl &url() const { return m_url; }
    // Comments per week in `scope`, and the `mostCommented` tutorials with the most comments (none: 0).
    quint64 request(const CommentScope &scope, int mostCommented);
    // Blocks until every request made so far has been answered or skipped (tests, benchmarks).
    void waitForIdle();
    // From how many ids (the comment id range's width) the whole database is counted in parts at once; below it,
    // one statement is quicker than the other threads' hops. Tests set it low to check that the parts add up.
    void setPartsFrom(qint64 ids);
    static constexpr qint64 DefaultPartsFrom = 200000;
    // In how many parts at once. SQLite: 2, its work is this process's CPU (both cores). MariaDB/MySQL: 4, although
    // the work is the server's: with a table larger than the server's buffer pool each part's thread there waits
    // for its pages from disk about as long as it computes, and four of them keep two cores busy where two did not.
    static int partsFor(const DatabaseUrl &url);

signals:
    void loaded(quint64 ticket, const ActivityFigures &figures);
    void failed(quint64 ticket, const QString &message);

private:
    DatabaseUrl m_url;
    quint64 m_nextTicket = 1;
    std::atomic<qint64> m_partsFrom{DefaultPartsFrom}; // read on the worker
    // The helpers are declared first so that they go last: a request the worker is running may still wait for them.
    std::vector<std::unique_ptr<DbWorker>> m_helpers; // count the whole database's weeks but the first part
    std::unique_ptr<DbWorker> m_worker;
};
