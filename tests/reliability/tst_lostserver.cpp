// A scripted editing session through TutorialService while its MariaDB is SIGKILLed and restarted 20 times.
// The session does what the window does with a pending edit: keep it, reconnect when the server is back, save it.
// At the end every committed and every pending edit must be in the database: none lost, none doubled.
#include "database.h"
#include "schema.h"
#include "tutorialservice.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

const QString mariadbScript = QStringLiteral(TUTORIALDESK_SOURCE_DIR "/scripts/lib/mariadb.sh");

bool runShell(const QString &command, const QString &log)
{
    QProcess shell;
    shell.setStandardOutputFile(log, QIODevice::Append);
    shell.setStandardErrorFile(log, QIODevice::Append);
    shell.start(u"bash"_s, {u"-c"_s, u". '"_s + mariadbScript + u"' && "_s + command});
    return shell.waitForFinished(120000) && shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0;
}

} // namespace

class tst_LostServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_log;

    qint64 serverPid()
    {
        QFile file(m_dir.filePath(u"mariadbd.pid"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(u"server.log"_s);
        QProcess port;
        port.start(u"bash"_s, {u"-c"_s, u". '"_s + mariadbScript + u"' && td_free_port 25306"_s});
        QVERIFY(port.waitForFinished());
        m_port = port.readAllStandardOutput().trimmed().toInt();
        QVERIFY(m_port > 0);
        QVERIFY2(runShell(u"td_mariadb_start '%1' %2"_s.arg(m_dir.path()).arg(m_port), m_log), "mariadbd starts");
        QVERIFY(runShell(u"mariadb --no-defaults -uroot -S '%1/mysqld.sock' -e 'CREATE DATABASE lost CHARACTER SET "
                         "utf8mb4'"_s.arg(m_dir.path()),
                         m_log));
    }

    void cleanupTestCase()
    {
        if (m_port)
            runShell(u"td_mariadb_stop '%1'"_s.arg(m_dir.path()), m_log);
    }

    void noEditIsLost()
    {
        auto url = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/lost?connect-timeout=5"_s.arg(m_port));
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
            const qint64 pid = serverPid();
            std::thread killer([&, delayMs, pid] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                ::kill(pid_t(pid), SIGKILL);
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                restartOk = runShell(u"td_mariadb_run '%1' %2"_s.arg(m_dir.path()).arg(m_port), m_log);
                restarted = true;
            });
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
                        QVERIFY2(pendingClock.elapsed() < 60000, "the server came back within a minute");
                        QThread::msleep(50);
                    }
                }
            }
            killer.join();
            QVERIFY2(restartOk, "mariadbd restarts after SIGKILL");
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
