#pragma once

#include "databaseurl.h"
#include "tutorialservice.h"

#include <QFlags>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class DbWorker;

// Follows what other programs change in the database the window shows (the Sequelize tutorials application's
// Node.js service, tutorialctl, another window), with cheap checks on a worker thread with its own connection (a
// DbWorker; the timer and the rows shown are this thread's), never a scan of a whole table:
// - SQLite: PRAGMA data_version, which changes when any other connection commits to the file.
// - MariaDB: first a gate, the two tables' UPDATE_TIME in information_schema.TABLES (when a transaction that changed
//   the table last committed: two lookups by name, whatever the tables' size; 0.05-0.11 ms of server CPU back to
//   back, 0.7-2 ms for a server thread woken after seconds asleep, measured on two machines). Only when
//   it moved, one prepared statement: MAX(id) of both tables (the primary keys), the rows the window shows, by id
//   (a tutorial's updatedAt, a comment's updatedAt and tutorialId), and the shown tutorial's comment count (the
//   tutorialId index); and, since what changed may be off screen (a tutorial deleted or renamed, a comment deleted or
//   moved between tutorials not shown), the list and the counts are read again (ListChanged | CountsChanged).
//   Before the gate, the server's count of statements (COM_STATISTICS: a command, not a statement; no table opened,
//   about a fifth of the gate's server CPU): where it stands as the last gate left it, no client has sent a
//   statement since, so nothing can have changed, provided nothing was still running then that might commit later
//   (the gate asks that too, Threads_running) and the server applies no replication (a replica's or a Galera
//   cluster's appliers: the gate alone there). It takes two such gates after the count last moved.
//   An idle window on an otherwise idle server therefore costs it one COM_STATISTICS per check; where the count keeps
//   moving (other clients at work, other idle windows' gates) the gate alone, a lookup by name; and the list and
//   the counts follow every change within the interval.
// What changed is reported as changed(); the window reads again only that.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    enum Change {
        ListChanged = 0x1, // rows of the tutorial list (new, renamed, deleted, another comment count)
        TutorialChanged = 0x2, // the shown tutorial's own row (edited or deleted)
        CommentsChanged = 0x4, // the shown comments (new, edited, moved, deleted)
        CountsChanged = 0x8, // the totals in the status bar
    };
    Q_DECLARE_FLAGS(Changes, Change)

    // What the window shows now, as it read it.
    struct Shown
    {
        QList<TutorialService::RowStamp> tutorials; // the list's visible rows
        std::optional<TutorialService::RowStamp> tutorial; // the tutorial in the form (detail: its comment count,
                                                           // -1 when not all are loaded)
        QList<TutorialService::RowStamp> comments; // the visible comments (detail: the tutorialId, 0: none)
    };

    static constexpr int DefaultIntervalMs = 3000;

    explicit ChangeWatcher(const DatabaseUrl &url, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // How often to check; 0 turns it off.
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    // Asked at every check, on this thread.
    void setShownProvider(std::function<Shown()> provider) { m_shown = std::move(provider); }
    // A check now (when none is on its way).
    void checkNow();
    // Checks answered so far (tests and the benchmark).
    int checksDone() const { return m_checksDone; }
    // MariaDB: the checks that went past the gate and read the shown rows' stamps (tests and the benchmark).
    int fullChecksDone() const;
    // MariaDB: the gates sent, and the checks answered by the server's statement count alone (no statement).
    int gatesRun() const;
    int checksByStatementCount() const;

signals:
    void changed(ChangeWatcher::Changes changes);

private:
    class Checker;
    void onChecked(Changes changes);

    std::shared_ptr<Checker> m_checker; // what the last check read: used on the worker only
    std::unique_ptr<DbWorker> m_worker;
    QTimer m_timer;
    int m_interval = 0;
    bool m_checking = false;
    int m_checksDone = 0;
    std::function<Shown()> m_shown;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeWatcher::Changes)
