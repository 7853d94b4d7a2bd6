#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class Database;
class DbWorker;
class TutorialService;

// The window's writes, made one after another on a worker thread with a connection of its own (a DbWorker), so that
// the window never waits on the database. The order, the retries and their delays are kept here, on the thread that
// enqueues: the worker is handed one write at a time.
//
// A write that meets a fault — the server lost or frozen, the SQLite file locked by another program — is not failed:
// it stays first in line with everything behind it, the queue says that it waits and why (faultChanged), and it
// tries again by itself, or at once on retryNow(). Once the database answers, the writes are made in order, with
// nothing asked. Only an answer — done, or refused (someone else changed or deleted the row, a value the database
// cannot hold) — comes back, once, to the write's `done` on the thread that enqueued it.
//
// An in-memory SQLite database exists only on the connection that made it: there the writes run at once, in line.
class WriteQueue : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Result<QVariant>(TutorialService &service)>;
    using Done = std::function<void(const Result<QVariant> &result)>;

    explicit WriteQueue(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~WriteQueue() override; // waits for the write in flight, if any; the ones behind it are dropped

    // `what` says what it writes, for a person ("Saving “Tut#1”"): the status bar, the question on closing.
    void enqueue(const QString &what, Work work, Done done);

    int pendingCount() const;
    QStringList pendingDescriptions() const; // first in line first
    // Why the first write waits (empty while writing normally) and when it tries again.
    QString fault() const;

    // Tries the waiting write again now rather than at its next retry.
    void retryNow();
    // Runs the event loop until every write has been answered or `msecs` have passed; true when idle.
    bool waitForIdle(int msecs);

    // Delays between tries of a write that meets a fault: 0.5 s, doubling, at most this.
    void setMaxRetryDelay(int msecs) { m_maxRetryDelayMs = msecs; }

signals:
    void pendingChanged(int count);
    void faultChanged(const QString &message); // empty: the database answers again

private:
    struct Write
    {
        quint64 id;
        QString what;
        Work work;
        Done done;
    };
    void startNext(); // GUI thread: hands the first write to the worker when none is in flight
    void finished(quint64 id, const Result<QVariant> &result); // GUI thread
    void setFault(const QString &message);

    std::shared_ptr<Database> m_database;
    bool m_inline = false;
    std::unique_ptr<DbWorker> m_worker; // none in line mode
    std::deque<Write> m_writes; // touched on the GUI thread only
    bool m_inFlight = false;
    quint64 m_nextId = 1;
    QString m_fault;
    int m_retryDelayMs = 0;
    int m_maxRetryDelayMs = 5000;
    class QTimer *m_retryTimer = nullptr;
    std::unique_ptr<TutorialService> m_inlineService;
};
