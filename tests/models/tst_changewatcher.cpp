// The change watcher on its own, without a window: every kind of change another connection makes is reported within
// the interval although none of the changed rows is shown (on MariaDB only the gate, tableStamps(), can see those),
// a change committed later is reported when it commits, an idle database costs one cheap command per check, and the
// gate keeps working after its connection was lost.
#include "changewatcher.h"
#include "database.h"
#include "schema.h"
#include "testdatabase.h"
#include "tutorialservice.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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
