// Tutorial Desk on a 3-node MariaDB Galera cluster that scripts/test-cluster starts: the seed's demo written on
// node 1 and read on node 3; changes made on node 1 followed by a window's change watcher on node 3; an editing session through all three hosts while the node in use is SIGKILLed ten
// times, carrying on without losing a committed edit; each killed node rejoins and has every row.
#include "changewatcher.h"
#include "clusterenv.h"
#include "database.h"
#include "schema.h"
#include "tutorialservice.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace ClusterEnv;

namespace {

QByteArray tutorialctl(const QString &url, const QStringList &args)
{
    QProcess process;
    process.start(qEnvironmentVariable("TUTORIALCTL"), QStringList{u"--database"_s, url} + args);
    process.waitForFinished(60000);
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

class tst_Cluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(isRunning(), "run by scripts/test-cluster, which starts the cluster");
        QVERIFY(sql(1, u"CREATE DATABASE demo CHARACTER SET utf8mb4; CREATE DATABASE edits CHARACTER SET utf8mb4"_s));
    }

    void demoOnNodeOneIsReadOnNodeThree()
    {
        const QByteArray demo = tutorialctl(nodeUrl(1, u"demo"_s), {u"demo"_s});
        QVERIFY(demo.contains(">> All tutorials "));
        const QByteArray allTutorials = demo.mid(demo.indexOf(">> All tutorials ") + 17);
        const QByteArray onNodeThree = tutorialctl(nodeUrl(3, u"demo"_s), {u"tutorial"_s, u"list"_s});
        QVERIFY(!onNodeThree.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(onNodeThree), QJsonDocument::fromJson(allTutorials));
        // Ids on a cluster are not consecutive: node 1 hands out its auto_increment_offset, then steps by
        // auto_increment_increment (the cluster size), whatever those are on this cluster.
        QByteArray settings;
        QVERIFY(sql(1, u"SELECT @@auto_increment_offset, @@auto_increment_increment"_s, &settings));
        const QList<QByteArray> values = settings.trimmed().split('\t');
        QCOMPARE(values.size(), 2);
        const qint64 offset = values.at(0).toLongLong();
        const qint64 increment = values.at(1).toLongLong();
        QVERIFY2(increment > 1, settings.constData());
        for (const qint64 id : {offset, offset + increment}) {
            const QByteArray line = QByteArray(">> Tutorial id=") + QByteArray::number(id) + ' ';
            QVERIFY2(demo.contains(line), demo.constData());
        }
    }

    // A window on node 3 follows what is written on node 1: there the changes arrive through Galera's appliers, which
    // move the server's statement count but show as sleeping while they apply, so on a cluster the count never
    // answers a check alone (ChangeWatcher), the gate does; a large transaction, applied for a while on node 3, is
    // reported too.
    void changesOnNodeOneAreReportedOnNodeThree()
    {
        QVERIFY(sql(1, u"CREATE DATABASE follow CHARACTER SET utf8mb4"_s));
        auto one = DatabaseUrl::parse(nodeUrl(1, u"follow"_s));
        auto three = DatabaseUrl::parse(nodeUrl(3, u"follow"_s));
        QVERIFY(one && three);
        {
            Database database(*one);
            QVERIFY(Schema::init(database));
            TutorialService service(database);
            QVERIFY(service.createTutorial(u"Followed"_s, u"d"_s));
            database.closeThreadConnection();
        }
        constexpr int intervalMs = 400;
        ChangeWatcher watcher(*three);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.setInterval(intervalMs);
        QTest::qWait(12 * intervalMs); // past the gates the count would need before it answers alone
        const QStringList changes{
                u"UPDATE follow.tutorials SET title = 'Renamed on node 1'"_s,
                u"INSERT INTO follow.comments (name, text, createdAt, updatedAt, tutorialId) SELECT 'n', REPEAT('x', 200), "
                "NOW(), NOW(), (SELECT MIN(id) FROM follow.tutorials) FROM seq_1_to_100000"_s,
                u"DELETE FROM follow.comments WHERE id = (SELECT MAX(id) FROM (SELECT id FROM follow.comments) c)"_s,
        };
        for (const QString &change : changes) {
            QTest::qWait(4 * intervalMs);
            const int from = changed.size();
            QVERIFY2(sql(1, u"USE follow; "_s + change), qPrintable(change));
            QTRY_VERIFY2_WITH_TIMEOUT(std::any_of(changed.cbegin() + from, changed.cend(), [](const QList<QVariant> &signal) {
                return signal.at(0).value<ChangeWatcher::Changes>().testFlag(ChangeWatcher::ListChanged);
            }), qPrintable(change), 2 * intervalMs + 3000);
        }
        QCOMPARE(watcher.checksByStatementCount(), 0);
    }

    void noCommittedEditIsLostWhenTheNodeInUseDies()
    {
        auto url = DatabaseUrl::parse(clusterUrl(u"edits"_s));
        QVERIFY(url);
        Database database(*url);
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        QHash<qint64, QString> expected;
        for (int i = 0; i < 10; ++i) {
            auto created = service.createTutorial(u"t%1 v0"_s.arg(i), QString());
            QVERIFY(created);
            expected.insert(created->id, created->title);
        }
        QList<double> readFailover, writeFailover, rejoin;
        int edits = 0;
        for (int kill = 0; kill < 10; ++kill) {
            // The node this session is on now.
            auto db = database.connection();
            QVERIFY(db);
            QSqlQuery which(*db);
            QVERIFY(which.exec(u"SELECT @@wsrep_node_name"_s) && which.next());
            const int node = which.value(0).toString().mid(4).toInt();
            QVERIFY(node >= 1 && node <= 3);

            QElapsedTimer sinceKill;
            QVERIFY(ClusterEnv::kill(node));
            sinceKill.start();
            const qint64 id = expected.keys().at(kill % expected.size());
            // Reading carries on on another node, and sees the last write made before the kill.
            auto read = service.findTutorialById(id);
            while (!read) {
                QVERIFY2(sinceKill.elapsed() < 30000, "reads resume within 30 s");
                QThread::msleep(20);
                read = service.findTutorialById(id);
            }
            readFailover << sinceKill.nsecsElapsed() / 1e6;
            QCOMPARE(read->title, expected.value(id));
            // The pending edit is saved as soon as the cluster takes writes again.
            TutorialService::TutorialChanges changes;
            changes.title = u"t%1 v%2"_s.arg(id).arg(++edits);
            while (true) {
                auto saved = service.updateTutorial(id, changes);
                if (saved)
                    break;
                QVERIFY2(saved.error().kind == Error::Kind::Connection || saved.error().kind == Error::Kind::Conflict,
                         qPrintable(saved.error().message));
                QVERIFY2(sinceKill.elapsed() < 60000, "writes resume within 60 s");
                QThread::msleep(50);
            }
            writeFailover << sinceKill.nsecsElapsed() / 1e6;
            expected[id] = *changes.title;
            // A few more edits on the survivors, then the killed node rejoins and must have every row.
            for (int more = 0; more < 5; ++more) {
                const qint64 other = expected.keys().at((kill + more + 1) % expected.size());
                TutorialService::TutorialChanges next;
                next.title = u"t%1 v%2"_s.arg(other).arg(++edits);
                QVERIFY(service.updateTutorial(other, next));
                expected[other] = *next.title;
            }
            qInfo("kill %d: node %d, read after %.0f ms, write after %.0f ms", kill + 1, node, readFailover.last(),
                  writeFailover.last());
            QElapsedTimer rejoining;
            rejoining.start();
            QVERIFY2(ClusterEnv::rejoin(node), "the killed node rejoins");
            rejoin << rejoining.nsecsElapsed() / 1e6;
            QByteArray rows;
            QVERIFY(sql(node, u"SET SESSION wsrep_sync_wait = 1; SELECT id, title FROM edits.tutorials ORDER BY id"_s, &rows));
            int matching = 0;
            for (const QByteArray &line : rows.trimmed().split('\n')) {
                const QList<QByteArray> fields = line.split('\t');
                if (fields.size() == 2 && expected.value(fields[0].toLongLong()) == QString::fromUtf8(fields[1]))
                    ++matching;
            }
            QCOMPARE(matching, int(expected.size()));
        }
        // Nothing committed was lost, seen through the cluster.
        auto all = service.findAll();
        QVERIFY(all);
        int lost = 0;
        for (const Tutorial &tutorial : *all)
            lost += expected.value(tutorial.id) != tutorial.title;
        qInfo("kills: 10; read failover median %.0f ms, worst %.0f ms; write failover median %.0f ms, worst %.0f ms; "
              "rejoin median %.0f ms, worst %.0f ms; edits %d, lost %d",
              median(readFailover), *std::max_element(readFailover.begin(), readFailover.end()), median(writeFailover),
              *std::max_element(writeFailover.begin(), writeFailover.end()), median(rejoin),
              *std::max_element(rejoin.begin(), rejoin.end()), edits, lost);
        QCOMPARE(all->size(), expected.size());
        QCOMPARE(lost, 0);
        QVERIFY2(*std::max_element(readFailover.begin(), readFailover.end()) < 2000,
                 "reading resumes on another node within 2 s");
    }
};

QTEST_GUILESS_MAIN(tst_Cluster)
#include "tst_cluster.moc"
