#pragma once

#include "activitystats.h"
#include "databaseurl.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

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
// counted in two halves of the id range at once, the upper one on a second DbWorker (both cores). A newer request
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
    // From how many ids (the comment id range's width) the whole database is counted in two halves at once; below
    // it, one statement is quicker than a second thread's hop. Tests set it low to check that halves add up.
    void setHalvesFrom(qint64 ids);
    static constexpr qint64 DefaultHalvesFrom = 200000;

signals:
    void loaded(quint64 ticket, const ActivityFigures &figures);
    void failed(quint64 ticket, const QString &message);

private:
    DatabaseUrl m_url;
    quint64 m_nextTicket = 1;
    std::atomic<qint64> m_halvesFrom{DefaultHalvesFrom}; // read on the worker
    // The helper is declared first so that it goes last: a request the worker is running may still wait for it.
    std::unique_ptr<DbWorker> m_helper; // counts the upper half of the whole database's weeks
    std::unique_ptr<DbWorker> m_worker;
};
