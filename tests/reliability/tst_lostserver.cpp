// A scripted editing session through TutorialService while its MariaDB is SIGKILLed and restarted 20 times.
// The session does what the window does with a pending edit: keep it, reconnect when the server is back, save it.
// At the end every committed and every pending edit must be in the database: none lost, none doubled.
#include "database.h"
#include "schema.h"
#include "throwawayserver.h"
#include "tutorialservice.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QThread>


#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

class tst_LostServer : public QObject
{
    Q_OBJECT

private:
    ThrowawayServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        QVERIFY(m_server.exec(u"CREATE DATABASE lost CHARACTER SET utf8mb4"_s));
    }

    void noEditIsLost()
    {
        auto url = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/lost?connect-timeout=5"_s.arg(m_server.port()));
        QVERIFY(url);
        Database database(*url);
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        QHash<qint64, QString> expected;
        for (int i = 0; i < 20; ++i) {
            auto tutorial = service.createTutorial(u"t%1 v0"_s.arg(i), QString());
            QVERIFY(tutorial);
            expected.insert(tutorial->id, tutorial->title);
        }

        constexpr int Kills = 20;
        int killsSurvived = 0;
        int pendingSaved = 0;
        int edits = 0;
        QRandomGenerator random(20261125);
        for (int round = 0; round < Kills; ++round) {
            // The killer: SIGKILL at a moment the editor cannot foresee, then a restart on the same data.
            std::atomic<bool> restarted{false};
            std::atomic<bool> restartOk{false};
            const int delayMs = 5 + int(random.bounded(60));
            std::thread killer([&, delayMs] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                m_server.kill();
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                restartOk = m_server.restart();
                restarted = true;
            });
            // A failed check below returns early: the killer must still be joined first.
            auto joinKiller = qScopeGuard([&killer] { killer.join(); });
            // The editor: one edit after another; a failed save stays pending and is saved when the server is back.
            bool sawLoss = false;
            QElapsedTimer roundClock;
            roundClock.start();
            while (!restarted || roundClock.elapsed() < 400) {
                const qint64 id = expected.keys().at(int(random.bounded(quint32(expected.size()))));
                const QString title = u"t%1 v%2"_s.arg(id).arg(++edits);
                TutorialService::TutorialChanges changes;
                changes.title = title;
                bool pending = true;
                QElapsedTimer pendingClock;
                pendingClock.start();
                while (pending) {
                    auto saved = service.updateTutorial(id, changes);
                    if (saved) {
                        pending = false;
                        expected[id] = title;
                        if (sawLoss)
                            ++pendingSaved;
                        sawLoss = false;
                    } else {
                        QVERIFY2(saved.error().kind == Error::Kind::Connection, qPrintable(saved.error().message));
                        sawLoss = true;
                        QVERIFY2(pendingClock.elapsed() < 60000,
                                 qPrintable(u"the server came back within a minute; its log:\n"_s + m_server.log()));
                        QThread::msleep(50);
                    }
                }
            }
            joinKiller.dismiss();
            killer.join();
            QVERIFY2(restartOk, qPrintable(u"mariadbd restarts after SIGKILL; its log:\n"_s + m_server.log()));
            ++killsSurvived;
        }

        // Everything that was saved, and every edit that was pending at a kill, is there.
        QSqlQuery query(*database.connection());
        QVERIFY(query.exec(u"SELECT id, title FROM tutorials"_s));
        int lost = 0;
        int rows = 0;
        while (query.next()) {
            ++rows;
            if (expected.value(query.value(0).toLongLong()) != query.value(1).toString())
                ++lost;
        }
        qInfo("kills survived: %d of %d; edits: %d; pending edits saved after a reconnect: %d; edits lost: %d",
              killsSurvived, Kills, edits, pendingSaved, lost);
        QCOMPARE(rows, int(expected.size()));
        QCOMPARE(lost, 0);
        QCOMPARE(killsSurvived, Kills);
        QVERIFY2(pendingSaved > 0, "at least one edit was pending when the server died");
    }
};

QTEST_GUILESS_MAIN(tst_LostServer)
#include "tst_lostserver.moc"
