// The change watcher on its own, without a window: every kind of change another connection makes is reported within
// the interval although none of the changed rows is shown (on MariaDB only the gate, tableStamps(), can see those),
// a change committed later is reported when it commits, an idle database costs one cheap command per check, and the
// gate keeps working after its connection was lost.
#include "changewatcher.h"
#include "database.h"
#include "schema.h"
#include "testdatabase.h"
#include "tutorialservice.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

class tst_ChangeWatcher : public QObject
{
    Q_OBJECT

private:
    static constexpr int IntervalMs = 400;
    // A change made in the same second as a check is seen at the next one (the stamps are whole seconds), so two
    // intervals, and the time a loaded machine may add.
    static constexpr int WithinMs = 2 * IntervalMs + 2000;

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_tutorial = 0;
    qint64 m_other = 0;
    qint64 m_comment = 0;

    // Waits until the watcher has answered one more check, so the change that follows comes right after a check.
    static bool nextCheck(ChangeWatcher &watcher)
    {
        const int from = watcher.checksDone();
        return QTest::qWaitFor([&] { return watcher.checksDone() > from; }, 5000);
    }
    static bool reported(const QSignalSpy &spy, int from, ChangeWatcher::Change change)
    {
        for (int i = from; i < spy.size(); ++i)
            if (spy.at(i).at(0).value<ChangeWatcher::Changes>().testFlag(change))
                return true;
        return false;
    }

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
        Database database(m_test->url());
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        auto tutorial = service.createTutorial(u"Shown nowhere"_s, u"d"_s);
        auto other = service.createTutorial(u"Other"_s, u"d"_s);
        QVERIFY(tutorial && other);
        auto comment = service.createComment(tutorial->id, u"n"_s, u"t"_s);
        QVERIFY(comment);
        m_tutorial = tutorial->id;
        m_other = other->id;
        m_comment = comment->id;
    }
    void cleanup() { m_test.reset(); }

    // Nothing is shown, so nothing but the gate can tell that these rows changed: a gate that misses one fails here.
    void everyChangeElsewhereIsReportedWithinTheInterval()
    {
        ChangeWatcher watcher(m_test->url());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.setInterval(IntervalMs);
        QVERIFY(nextCheck(watcher));
        QVERIFY(nextCheck(watcher));
        const QStringList changes{
            u"UPDATE tutorials SET title = 'Renamed elsewhere' WHERE id = %1"_s.arg(m_tutorial),
            u"UPDATE comments SET text = 'Edited elsewhere' WHERE id = %1"_s.arg(m_comment),
            u"UPDATE comments SET tutorialId = %1 WHERE id = %2"_s.arg(m_other).arg(m_comment),
            u"DELETE FROM comments WHERE id = %1"_s.arg(m_comment),
            u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES ('New', 'd', '2026-12-01 10:00:00', '2026-12-01 10:00:00')"_s,
            u"DELETE FROM tutorials WHERE id = %1"_s.arg(m_tutorial),
        };
        for (const QString &change : changes) {
            QVERIFY(nextCheck(watcher));
            const int from = changed.size();
            QVERIFY(m_test->exec(change));
            QTRY_VERIFY2_WITH_TIMEOUT(reported(changed, from, ChangeWatcher::ListChanged), qPrintable(change), WithinMs);
        }
    }

    // The database's clock, in whole seconds (MariaDB; SQLite: this machine's).
    qint64 serverSecond()
    {
        return m_test->scalar(m_test->isMySql() ? u"SELECT UNIX_TIMESTAMP()"_s : u"SELECT unixepoch()"_s).toLongLong();
    }

    // A transaction that changed a row seconds before it commits: reported when it commits. (MariaDB stamps the
    // table with the second the transaction started, and only when it commits.)
    void aLongTransactionIsReportedWhenItCommits()
    {
        ChangeWatcher watcher(m_test->url());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.setInterval(IntervalMs);
        QVERIFY(nextCheck(watcher));
        const qint64 made = serverSecond(); // init()'s rows were made in this second or before
        QTRY_VERIFY(serverSecond() > made);
        QSqlDatabase other = m_test->checker();
        QVERIFY(other.transaction());
        QVERIFY(QSqlQuery(other).exec(u"UPDATE tutorials SET title = 'Later' WHERE id = %1"_s.arg(m_other)));
        // Long enough for the checks meanwhile to be seconds later than the transaction's start.
        const qint64 started = serverSecond();
        QTRY_VERIFY(serverSecond() > started + 1);
        QVERIFY(nextCheck(watcher));
        const int from = changed.size();
        QVERIFY(other.commit());
        QTRY_VERIFY_WITH_TIMEOUT(reported(changed, from, ChangeWatcher::ListChanged), WithinMs);
    }

    // The same, but the transaction started in the very second another change to the table was made, which the
    // checks have seen since: MariaDB's stamp (UPDATE_TIME, that second) does not move when it commits, so the gate
    // misses it. A known gap of the gate (docs/benchmarks.md); SQLite's data_version sees it.
    void aTransactionStartedInTheSecondOfTheLastChangeIsReportedWhenItCommits()
    {
        ChangeWatcher watcher(m_test->url());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.setInterval(IntervalMs);
        QVERIFY(nextCheck(watcher));
        QSqlDatabase other = m_test->checker();
        // Both in one second of the database's clock (tried again when a second boundary fell between them).
        qint64 second = 0;
        for (int attempt = 0; attempt < 5; ++attempt) {
            second = serverSecond();
            QVERIFY(m_test->exec(u"UPDATE tutorials SET title = 'First' WHERE id = %1"_s.arg(m_tutorial)));
            QVERIFY(other.transaction());
            QVERIFY(QSqlQuery(other).exec(u"UPDATE tutorials SET title = 'Second' WHERE id = %1"_s.arg(m_other)));
            if (serverSecond() == second)
                break;
            QVERIFY(other.rollback());
            second = 0;
        }
        QVERIFY(second);
        QTRY_VERIFY(serverSecond() > second + 1);
        QVERIFY(nextCheck(watcher));
        QVERIFY(nextCheck(watcher));
        const int from = changed.size();
        QVERIFY(other.commit());
        if (m_test->isMySql())
            QEXPECT_FAIL("", "MariaDB's UPDATE_TIME: the commit stamps the second the first change already stamped", Abort);
        QTRY_VERIFY_WITH_TIMEOUT(reported(changed, from, ChangeWatcher::ListChanged), WithinMs);
    }

    // With nothing changing, a check is the gate alone: no other statement, nothing reported. (The rows made in
    // init() are in the last second or two, and a check in their second counts them once more: so, within a few
    // seconds, four checks in a row that neither report nor go past the gate.)
    void anIdleDatabaseCostsOnlyTheGate()
    {
        ChangeWatcher watcher(m_test->url());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.setInterval(IntervalMs);
        QVERIFY(nextCheck(watcher));
        int quiet = 0;
        for (int i = 0; i < 6 * 1000 / IntervalMs && quiet < 4; ++i) {
            const int full = watcher.fullChecksDone();
            const int from = changed.size();
            QVERIFY(nextCheck(watcher));
            quiet = changed.size() == from && watcher.fullChecksDone() == full ? quiet + 1 : 0;
        }
        QCOMPARE(quiet, 4);
    }

    // MariaDB: once the server's count of statements has stood still over two gates that found nothing else running,
    // an idle server is sent no statement at all: each check is answered by the count (COM_STATISTICS, which the
    // server does not count as a statement), and the count stands still. Read here the same way, which does not move
    // it either. (ctest runs this test alone, RUN_SERIAL: another test's statements on the shared server would.)
    void anIdleServerIsSentNoStatement()
    {
        if (!m_test->isMySql())
            QSKIP("MariaDB's statement count; SQLite asks PRAGMA data_version, a read of the file's header");
        Database probeDatabase(m_test->url());
        TutorialService probe(probeDatabase);
        QVERIFY(probe.statementCount()); // connected (its set-up statements sent) before the watcher starts
        ChangeWatcher watcher(m_test->url());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.setInterval(IntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.checksByStatementCount() > 0, 20 * IntervalMs);
        const int gates = watcher.gatesRun();
        const int counted = watcher.checksByStatementCount();
        const int reports = changed.size();
        const auto before = probe.statementCount();
        QVERIFY(before);
        for (int i = 0; i < 5; ++i)
            QVERIFY(nextCheck(watcher));
        QCOMPARE(probe.statementCount(), before);
        QCOMPARE(watcher.gatesRun(), gates);
        QCOMPARE(watcher.checksByStatementCount(), counted + 5);
        QCOMPARE(changed.size(), reports);
        // And a change after that is reported within the interval.
        QVERIFY(m_test->exec(u"UPDATE comments SET text = 'Seen' WHERE id = %1"_s.arg(m_comment)));
        QTRY_VERIFY_WITH_TIMEOUT(reported(changed, reports, ChangeWatcher::ListChanged), WithinMs);
    }

    // MariaDB: a statement sent while the count was still, that commits seconds later (one statement, autocommit: no
    // COMMIT moves the count when it ends), is reported when it commits. The count moved when it was sent; the gates
    // after that see it running (Threads_running) and keep asking until it is done.
    void aLongStatementIsReportedWhenItCommits()
    {
        if (!m_test->isMySql())
            QSKIP("MariaDB's statement count; SQLite's data_version changes with the commit itself");
        ChangeWatcher watcher(m_test->url());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.setInterval(IntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.checksByStatementCount() > 0, 20 * IntervalMs);
        const int reports = changed.size();
        const DatabaseUrl url = m_test->url();
        const qint64 id = m_other;
        std::atomic<int> updated{0}; // 1: done, -1: failed
        QSemaphore closeNow;
        QElapsedTimer clock;
        // The other connection stays open until the end: closing it (COM_QUIT) would move the count on by itself.
        std::unique_ptr<QThread> other(QThread::create([url, id, &updated, &closeNow] {
            Database database(url);
            {
                auto db = database.connection();
                // Several checks long, each of which finds the count where the one before left it.
                const bool done = db && QSqlQuery(*db).exec(u"UPDATE tutorials SET title = 'Slow' WHERE id = %1 AND SLEEP(%2) = 0"_s
                                                                    .arg(id)
                                                                    .arg(8 * IntervalMs / 1000.0));
                updated = done ? 1 : -1;
                closeNow.acquire();
            }
            database.closeThreadConnection();
        }));
        const auto finish = qScopeGuard([&] {
            closeNow.release();
            other->wait();
        });
        clock.start();
        other->start();
        QTRY_VERIFY_WITH_TIMEOUT(updated.load() != 0, 8 * IntervalMs + 5000);
        QCOMPARE(updated.load(), 1);
        QVERIFY(clock.elapsed() >= 8 * IntervalMs - 100);
        QCOMPARE(changed.size(), reports); // nothing committed before now
        QTRY_VERIFY_WITH_TIMEOUT(reported(changed, reports, ChangeWatcher::ListChanged), WithinMs);
    }

    // MariaDB: two idle windows on one server move the count for each other with their gates; each still reports
    // every change, one after another, within the interval.
    void twoWatchersOnOneServerBothReportEveryChange()
    {
        ChangeWatcher first(m_test->url());
        ChangeWatcher second(m_test->url());
        QSignalSpy firstChanged(&first, &ChangeWatcher::changed);
        QSignalSpy secondChanged(&second, &ChangeWatcher::changed);
        first.setInterval(IntervalMs);
        QTest::qWait(IntervalMs / 2);
        second.setInterval(IntervalMs);
        for (int round = 0; round < 4; ++round) {
            QTest::qWait(3 * IntervalMs); // checks that find nothing between the changes
            const int fromFirst = firstChanged.size();
            const int fromSecond = secondChanged.size();
            QVERIFY(m_test->exec(u"UPDATE comments SET text = 'Round %1' WHERE id = %2"_s.arg(round).arg(m_comment)));
            QTRY_VERIFY_WITH_TIMEOUT(reported(firstChanged, fromFirst, ChangeWatcher::ListChanged), WithinMs);
            QTRY_VERIFY_WITH_TIMEOUT(reported(secondChanged, fromSecond, ChangeWatcher::ListChanged), WithinMs);
        }
    }

    // MariaDB: the gate is one command on the server per check (one COM_STMT_EXECUTE: not parsed again, no
    // COM_STMT_RESET before it), and it is prepared again after its connection was lost.
    void theGateIsOneCommandAndSurvivesALostConnection()
    {
        if (!m_test->isMySql())
            QSKIP("MariaDB's gate; SQLite asks PRAGMA data_version");
        Database database(m_test->url());
        TutorialService service(database);
        QVERIFY(service.tableStamps()); // prepared here
        auto db = database.connection();
        QVERIFY(db);
        const auto counters = [&db]() {
            QHash<QString, qint64> values;
            QSqlQuery query(*db);
            if (query.exec(u"SHOW SESSION STATUS WHERE Variable_name IN ('Questions', 'Com_stmt_execute', "
                           "'Com_stmt_prepare', 'Com_stmt_reset')"_s)) {
                while (query.next())
                    values.insert(query.value(0).toString(), query.value(1).toLongLong());
            }
            return values;
        };
        const auto before = counters();
        QCOMPARE(before.size(), 4);
        for (int i = 0; i < 5; ++i)
            QVERIFY(service.tableStamps());
        const auto after = counters();
        QCOMPARE(after.value(u"Com_stmt_execute"_s) - before.value(u"Com_stmt_execute"_s), 5);
        QCOMPARE(after.value(u"Com_stmt_prepare"_s) - before.value(u"Com_stmt_prepare"_s), 0);
        QCOMPARE(after.value(u"Com_stmt_reset"_s) - before.value(u"Com_stmt_reset"_s), 0);
        QCOMPARE(after.value(u"Questions"_s) - before.value(u"Questions"_s), 5 + 1); // and the SHOW that counted

        QSqlQuery id(*db);
        QVERIFY(id.exec(u"SELECT CONNECTION_ID()"_s) && id.next());
        QVERIFY(m_test->exec(u"KILL %1"_s.arg(id.value(0).toLongLong())));
        id.finish();
        QVERIFY(!service.tableStamps()); // the connection is gone: said once
        auto stamps = service.tableStamps(); // a new connection, the statement prepared on it
        QVERIFY2(stamps, qPrintable(stamps ? QString() : stamps.error().message));
        QVERIFY(m_test->exec(u"UPDATE comments SET text = 'After' WHERE id = %1"_s.arg(m_comment)));
        auto moved = service.tableStamps();
        QVERIFY(moved);
        QVERIFY(moved->comments >= stamps->now); // changed after the last read, by the server's clock
        QCOMPARE(moved->tutorials, stamps->tutorials);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeWatcher)
#include "tst_changewatcher.moc"
