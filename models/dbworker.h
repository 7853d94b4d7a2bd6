#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

class Database;

// A worker thread with a connection of its own, for work that must not stall the thread that asks (the GUI
// thread never waits on the database). Jobs run on the worker one after another, in the order given, each with the
// Database, whose connection() there is the worker's own; each job's result comes back to its `done` on the thread
// that made the DbWorker (through its event loop), and only while the DbWorker lives (a `done` may delete it). The destructor waits for the
// jobs given so far, closes the worker's connection and ends the thread: no user of it has to remember to.
class DbWorker
{
public:
    DbWorker(std::shared_ptr<Database> database, const QString &threadName);
    ~DbWorker();
    DbWorker(const DbWorker &) = delete;
    DbWorker &operator=(const DbWorker &) = delete;

    Database &database() const { return *m_database; }

    // `job(Database &)` on the worker; `done(result &)` back here (it may move from it). Both are copied: capture by
    // value or shared_ptr.
    template<typename Job, typename Done>
    void run(Job job, Done done)
    {
        using Value = std::invoke_result_t<const Job &, Database &>;
        post([database = m_database, mailbox = m_mailbox, alive = m_alive, job = std::move(job), done = std::move(done)] {
            auto result = std::make_shared<Value>(job(*database));
            // The mailbox lives on the asking thread and goes only after this thread has ended, so it is still there
            // now; a result that arrives after the DbWorker is gone is dropped.
            QMetaObject::invokeMethod(
                    mailbox, [result, done, alive] { if (*alive) done(*result); }, Qt::QueuedConnection);
        });
    }
    // Blocks until every job given so far has run (not their `done`, which waits for this thread's event loop).
    void waitForIdle();

private:
    void post(std::function<void()> task);

    std::shared_ptr<Database> m_database;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread: the jobs run in its event loop
    QObject *m_mailbox = nullptr; // lives in the asking thread: the results arrive in its event loop
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // read and written on the asking thread only
};
