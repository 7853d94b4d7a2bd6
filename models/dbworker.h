#pragma once

#include "tutorialservice.h" // complete, for telling the jobs that take it from those that take the Database

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <type_traits>

class Database;

// A worker thread with a connection of its own, for work that must not stall the thread that asks (the GUI
// thread never waits on the database). Jobs run on the worker one after another, in the order given; each job's
// result comes back to its `done` on the thread that made the DbWorker (through its event loop), and only while the
// DbWorker lives (a `done` may delete it). The destructor waits for the jobs given so far, closes the worker's
// connection and ends the thread: no user of it has to remember to.
//
// A job takes either the Database (whose connection() there is the worker's own) or a TutorialService: the worker's
// own, made on first use and kept between jobs (its prepared statements are reused), destroyed on the worker before
// the connection closes. A job returns a value (a Result, say); both job and `done` are copied: capture by value or
// shared_ptr.
class DbWorker
{
public:
    // What a job returns.
    template<typename Job>
    using ResultOf = typename std::conditional_t<std::is_invocable_v<Job &, TutorialService &>,
                                                 std::invoke_result<Job &, TutorialService &>,
                                                 std::invoke_result<Job &, Database &>>::type;

    DbWorker(std::shared_ptr<Database> database, const QString &threadName);
    ~DbWorker();
    DbWorker(const DbWorker &) = delete;
    DbWorker &operator=(const DbWorker &) = delete;

    Database &database() const { return *m_database; }

    // `job` on the worker; `done(result &)` back here (it may move from it).
    template<typename Job, typename Done>
    void run(Job job, Done done)
    {
        post(task(std::move(job), std::move(done), 0));
    }
    // As run(), for a request that a newer one makes unnecessary: when another runLatest() comes before this job has
    // started, it is skipped and its `done` is never called. One that has started runs to its end and answers.
    template<typename Job, typename Done>
    void runLatest(Job job, Done done)
    {
        post(task(std::move(job), std::move(done), ++m_latest));
    }
    // `job` on the worker, its result as a future, for another worker that waits for it meanwhile (two halves of a
    // count at once). Never wait for it on the GUI thread.
    template<typename Job>
    std::future<ResultOf<Job>> submit(Job job)
    {
        auto promise = std::make_shared<std::promise<ResultOf<Job>>>();
        std::future<ResultOf<Job>> future = promise->get_future();
        post([this, promise, job = std::move(job)]() mutable { promise->set_value(call(job)); });
        return future;
    }

    // Blocks until every job given so far has run, then calls their `done` (tests, benchmarks, a label showing its
    // last answer). On the thread that made the DbWorker only, and no `done` may delete the DbWorker meanwhile.
    void waitForIdle();

private:
    template<typename Job>
    ResultOf<Job> call(Job &job) // on the worker
    {
        if constexpr (std::is_invocable_v<Job &, TutorialService &>)
            return job(service());
        else
            return job(*m_database);
    }
    // `latest`: 0, or the runLatest() number that must still be the newest when the job starts.
    template<typename Job, typename Done>
    std::function<void()> task(Job job, Done done, quint64 latest)
    {
        // The tasks run before the destructor returns (it waits for them): `this` is still there.
        return [this, latest, mailbox = m_mailbox, alive = m_alive, job = std::move(job),
                done = std::move(done)]() mutable {
            if (latest != 0 && latest != m_latest.load())
                return; // a newer request came before this one started
            auto result = std::make_shared<ResultOf<Job>>(call(job));
            // The mailbox lives on the asking thread and goes only after this thread has ended, so it is still there
            // now; a result that arrives after the DbWorker is gone is dropped.
            QMetaObject::invokeMethod(
                    mailbox, [result, done, alive] { if (*alive) done(*result); }, Qt::QueuedConnection);
        };
    }
    void post(std::function<void()> task);
    TutorialService &service(); // on the worker

    std::shared_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service; // made, used and destroyed on the worker only
    std::atomic<quint64> m_latest{0}; // the newest runLatest()
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread: the jobs run in its event loop
    QObject *m_mailbox = nullptr; // lives in the asking thread: the results arrive in its event loop
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // read and written on the asking thread only
};
