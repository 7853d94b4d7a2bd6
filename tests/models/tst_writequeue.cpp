// The window's writes, off its thread and in order: a fault (a frozen server, a file locked by another program) is
// waited out with the writes kept, never turned into a failure; only a refusal comes back, once.
#include "database.h"
#include "schema.h"
#include "testdatabase.h"
#include "throwawayserver.h"
#include "tutorialservice.h"
#include "writequeue.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// The longest the event loop went without running a 5 ms timer while `wait` ran it.
qint64 longestStall(const std::function<bool()> &until, int timeoutMs)
{
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longest = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = qMax(longest, sinceTick.restart());
    });
    ticker.start(5);
    (void)QTest::qWaitFor(until, timeoutMs);
    return qMax(longest, sinceTick.elapsed());
}

WriteQueue::Work createTutorial(const QString &title)
{
    return [title](TutorialService &service) -> Result<QVariant> {
        auto row = service.createTutorial(title, QString());
        if (!row)
            return row.error();
        return QVariant(row->id);
    };
}

} // namespace

class tst_WriteQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }

    void init()
    {
        m_db = TestDatabase::create(this);
        QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
        m_database = std::make_shared<Database>(m_db->url());
        QVERIFY(Schema::init(*m_database));
    }

    void cleanup()
    {
        m_database.reset();
        m_db.reset();
    }

    void writesAreMadeInOrderAndAnsweredOnce()
    {
        WriteQueue queue(m_database);
        QStringList answered;
        for (int i = 1; i <= 20; ++i) {
            const QString title = u"write %1"_s.arg(i);
            queue.enqueue(title, createTutorial(title), [&answered, title](const Result<QVariant> &result) {
                QVERIFY(result);
                answered << title;
            });
        }
        QVERIFY(queue.pendingCount() > 0); // enqueueing returned before the writes were made
        QVERIFY(queue.waitForIdle(30000));
        QCOMPARE(answered.size(), 20);
        QSqlQuery query(m_db->checker());
        QVERIFY(query.exec(u"SELECT title FROM tutorials ORDER BY id"_s));
        QStringList stored;
        while (query.next())
            stored << query.value(0).toString();
        QCOMPARE(stored, answered);
        QCOMPARE(answered.first(), u"write 1"_s);
        QCOMPARE(queue.fault(), QString());
    }

    // Someone else changed the row: that is an answer for the person, not a fault to retry.
    void aRefusalComesBackOnce()
    {
        TutorialService service(*m_database);
        auto row = service.createTutorial(u"mine"_s, QString());
        QVERIFY(row);
        TutorialRow stale = *row;
        QVERIFY(m_db->exec(u"UPDATE tutorials SET title = 'theirs', updatedAt = '2031-01-01 00:00:00' WHERE id = %1"_s
                                   .arg(row->id)));
        WriteQueue queue(m_database);
        int answers = 0;
        Error refusal;
        queue.enqueue(
                u"save"_s,
                [stale](TutorialService &service) -> Result<QVariant> {
                    TutorialService::TutorialChanges changes;
                    changes.title = u"mine, edited"_s;
                    changes.expected = stale;
                    auto saved = service.updateTutorial(stale.id, changes);
                    if (!saved)
                        return saved.error();
                    return QVariant();
                },
                [&](const Result<QVariant> &result) {
                    ++answers;
                    if (!result)
                        refusal = result.error();
                });
        QVERIFY(queue.waitForIdle(30000));
        QCOMPARE(answers, 1);
        QCOMPARE(refusal.kind, Error::Kind::Conflict);
        QCOMPARE(m_db->scalar(u"SELECT title FROM tutorials"_s).toString(), u"theirs"_s);
    }

    // The database stops answering (SQLite: another program holds the write lock past the 5 s busy timeout;
    // MariaDB: the server is frozen with SIGSTOP past the 10 s statement timeout). The window's thread never waits,
    // the writes stay queued and the queue says why; once it answers, they are made in order, with nothing asked.
    void aFaultIsWaitedOutWithTheWritesKept()
    {
        std::unique_ptr<ThrowawayServer> server;
        std::shared_ptr<Database> database = m_database;
        QSqlDatabase holder;
        if (m_db->isMySql()) {
            server = std::make_unique<ThrowawayServer>();
            QVERIFY2(server->start(), qPrintable(server->log()));
            QVERIFY(server->exec(u"CREATE DATABASE frozen"_s));
            auto url = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/frozen?socket=%2&connect-timeout=2"_s
                                                  .arg(server->port())
                                                  .arg(server->socket()));
            QVERIFY(url);
            database = std::make_shared<Database>(*url);
            QVERIFY(Schema::init(*database));
        }
        WriteQueue queue(database);
        queue.setMaxRetryDelay(1000);
        QSignalSpy faults(&queue, &WriteQueue::faultChanged);
        QStringList answered;
        auto enqueue = [&](const QString &title) {
            queue.enqueue(title, createTutorial(title), [&answered, title](const Result<QVariant> &result) {
                QVERIFY2(result, qPrintable(result.error().message));
                answered << title;
            });
        };
        enqueue(u"before"_s);
        QVERIFY(queue.waitForIdle(30000));

        if (m_db->isMySql()) {
            QVERIFY(server->shell(u"kill -STOP $(cat '%1')"_s.arg(server->path(u"mariadbd.pid"_s))));
        } else {
            holder = m_db->checker();
            QVERIFY(QSqlQuery(holder).exec(u"BEGIN EXCLUSIVE"_s));
        }
        enqueue(u"during 1"_s);
        enqueue(u"during 2"_s);
        enqueue(u"during 3"_s);
        const int faultAfterMs = m_db->isMySql() ? 10000 : 5000; // the statement timeout, the busy timeout
        const qint64 stall = longestStall([&] { return !queue.fault().isEmpty(); }, faultAfterMs + 15000);
        QVERIFY2(!queue.fault().isEmpty(), "the queue says that it waits");
        qInfo("waiting because: %s", qPrintable(queue.fault()));
        QCOMPARE(queue.pendingCount(), 3);
        QCOMPARE(answered, QStringList{u"before"_s});
        // Keep the fault a little longer, retries included: nothing is asked, nothing answered.
        const qint64 stallWhileRetrying = longestStall([] { return false; }, 2500);
        QCOMPARE(queue.pendingCount(), 3);

        if (m_db->isMySql())
            QVERIFY(server->shell(u"kill -CONT $(cat '%1')"_s.arg(server->path(u"mariadbd.pid"_s))));
        else
            QVERIFY(QSqlQuery(holder).exec(u"COMMIT"_s));
        const qint64 stallAfter = longestStall([&] { return queue.pendingCount() == 0; }, 60000);
        QCOMPARE(queue.pendingCount(), 0);
        QCOMPARE(answered, (QStringList{u"before"_s, u"during 1"_s, u"during 2"_s, u"during 3"_s}));
        QCOMPARE(queue.fault(), QString());
        QVERIFY(faults.count() >= 2); // said, then cleared
        const qint64 longest = qMax(stall, qMax(stallWhileRetrying, stallAfter));
        qInfo("longest event-loop stall through the fault: %lld ms", longest);
        QVERIFY2(longest < 250, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longest)));

        // Stored once each, in order.
        TutorialService reader(*database);
        auto all = reader.findAll();
        QVERIFY(all);
        QStringList stored;
        for (const Tutorial &tutorial : *all)
            stored << tutorial.title;
        QCOMPARE(stored, answered);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(tst_WriteQueue)
#include "tst_writequeue.moc"
