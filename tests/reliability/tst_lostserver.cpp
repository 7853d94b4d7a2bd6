// A scripted editing session through TutorialService while its MariaDB is SIGKILLed and restarted 20 times.
// The session does what the window does with a pending edit: keep it, reconnect when the server is back, save it.
// At the end every committed and every pending edit must be in the database: none lost, none doubled.
// And a create whose connection dies right after its COMMIT reached the server (the answer never arrives): tried
// again, by hand and by the write queue's own retry, it is made once, not twice.
#include "database.h"
#include "schema.h"
#include "throwawayserver.h"
#include "tutorialservice.h"
#include "writequeue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

// A TCP proxy in front of the server, on a thread of its own. Armed, it passes the next COMMIT on to the server and
// then cuts the client's connection instead of passing on the server's answer: the commit is made, and the client
// hears only that its connection was lost (MySQL error 2013), as when a server or the network dies at that moment.
class CommitAnswerDropper : public QObject
{
    Q_OBJECT

public:
    explicit CommitAnswerDropper(quint16 serverPort) : m_serverPort(serverPort)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~CommitAnswerDropper() override
    {
        QMetaObject::invokeMethod(this, [this] { delete m_listener; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    void arm() { m_armed = true; }
    int dropped() const { return m_dropped; }

private:
    void listen()
    {
        m_listener = new QTcpServer;
        m_listener->listen(QHostAddress::LocalHost, 0);
        m_port = m_listener->serverPort();
        connect(m_listener, &QTcpServer::newConnection, m_listener, [this] {
            while (QTcpSocket *client = m_listener->nextPendingConnection())
                pass(client);
        });
    }
    // One client connection: its packets to the server (a 3-byte length, a sequence byte, the payload), read whole
    // so that a COMMIT is seen; the server's bytes back unchanged, unless they answer an armed COMMIT.
    void pass(QTcpSocket *client)
    {
        auto *server = new QTcpSocket(client);
        auto buffer = std::make_shared<QByteArray>();
        auto dropAnswer = std::make_shared<bool>(false);
        server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        connect(client, &QTcpSocket::readyRead, client, [this, client, server, buffer, dropAnswer] {
            buffer->append(client->readAll());
            while (buffer->size() >= 4) {
                const int length = quint8(buffer->at(0)) | quint8(buffer->at(1)) << 8 | quint8(buffer->at(2)) << 16;
                if (buffer->size() < 4 + length)
                    break;
                const QByteArray packet = buffer->left(4 + length);
                buffer->remove(0, 4 + length);
                const bool commit = length > 1 && packet.at(4) == 0x03 // COM_QUERY
                    && packet.mid(5).trimmed().toUpper() == "COMMIT";
                if (commit && m_armed.exchange(false))
                    *dropAnswer = true;
                server->write(packet);
            }
        });
        connect(server, &QTcpSocket::readyRead, client, [this, client, server, dropAnswer] {
            if (*dropAnswer) { // the server answered the COMMIT: it is made; the client never hears so
                server->readAll();
                ++m_dropped;
                client->abort();
                client->deleteLater();
                return;
            }
            client->write(server->readAll());
        });
        connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
    }

    QThread m_thread;
    QTcpServer *m_listener = nullptr;
    quint16 m_serverPort = 0;
    std::atomic<quint16> m_port{0};
    std::atomic<bool> m_armed{false};
    std::atomic<int> m_dropped{0};
};

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

    // A tutorial and a comment whose COMMIT reached the server but whose answer was lost with the connection: the
    // create fails with a connection error, and made again (the write queue's retry once the server answers) it
    // finds the row it made and gives that back. Exactly one of each is in the database.
    void aCreateWhoseAnswerIsLostIsMadeOnce()
    {
        CommitAnswerDropper proxy(quint16(m_server.port()));
        auto url = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/lost?connect-timeout=5"_s.arg(proxy.port()));
        auto direct = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/lost?connect-timeout=5"_s.arg(m_server.port()));
        QVERIFY(url && direct);
        Database database(*url);
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        Database check(*direct); // what is in the server, not through the proxy
        const auto count = [&check](const QString &sql, const QVariant &value) {
            QSqlQuery query(*check.connection());
            query.prepare(sql);
            query.addBindValue(value);
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        const QString title = u"Made once %1"_s.arg(QDateTime::currentMSecsSinceEpoch());

        proxy.arm();
        auto lost = service.createTutorial(title, u"its answer is lost"_s);
        QCOMPARE(proxy.dropped(), 1);
        QVERIFY2(!lost && lost.error().kind == Error::Kind::Connection,
                 qPrintable(lost ? u"created"_s : lost.error().message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM tutorials WHERE title = ?"_s, title), 1); // committed all the same
        auto again = service.createTutorial(title, u"its answer is lost"_s);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM tutorials WHERE title = ?"_s, title), 1);

        const QString name = u"Once %1"_s.arg(again->id);
        proxy.arm();
        auto lostComment = service.createComment(again->id, name, u"its answer is lost"_s);
        QCOMPARE(proxy.dropped(), 2);
        QVERIFY(!lostComment && lostComment.error().kind == Error::Kind::Connection);
        QCOMPARE(count(u"SELECT COUNT(*) FROM comments WHERE name = ?"_s, name), 1);
        auto commentAgain = service.createComment(again->id, name, u"its answer is lost"_s);
        QVERIFY2(commentAgain, qPrintable(commentAgain ? QString() : commentAgain.error().message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM comments WHERE name = ?"_s, name), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM comments WHERE tutorialId = ?"_s, again->id), 1);

        // The same through the window's write queue, whose own retry makes the create again: answered once, with
        // the row the lost commit made.
        auto queued = std::make_shared<Database>(*url);
        const QString queuedTitle = title + u" queued"_s;
        QStringList answers;
        {
            WriteQueue queue(queued);
            queue.setMaxRetryDelay(500);
            proxy.arm();
            queue.enqueue(queuedTitle,
                          [queuedTitle](TutorialService &writer) -> Result<QVariant> {
                              auto made = writer.createTutorial(queuedTitle, QString());
                              if (!made)
                                  return made.error();
                              return QVariant(made->id);
                          },
                          [&answers](const Result<QVariant> &result) {
                              answers << (result ? result->toString() : u"failed: "_s + result.error().message);
                          });
            QVERIFY(queue.waitForIdle(60000));
        }
        QCOMPARE(proxy.dropped(), 3);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM tutorials WHERE title = ?"_s, queuedTitle), 1);
        QCOMPARE(count(u"SELECT id FROM tutorials WHERE title = ?"_s, queuedTitle), answers.first().toInt());
    }
    // A save whose COMMIT reached the server but whose answer was lost: the row now holds the person's values with a
    // newer updatedAt than the one the editor read. Saved again (the write queue's retry), it is done, not a
    // "changed by someone else" conflict over the person's own save. Someone else's different change still is one.
    void anUpdateWhoseAnswerIsLostIsNotAConflict()
    {
        CommitAnswerDropper proxy(quint16(m_server.port()));
        auto url = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/lost?connect-timeout=5"_s.arg(proxy.port()));
        QVERIFY(url);
        Database database(*url);
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        auto made = service.createTutorial(u"Saved once"_s, u"before"_s);
        QVERIFY(made);
        auto comment = service.createComment(made->id, u"Ann"_s, u"before"_s);
        QVERIFY(comment);

        TutorialChanges changes;
        changes.title = u"Saved once, answer lost"_s;
        changes.description = u"after"_s;
        changes.expected = *made;
        proxy.arm();
        auto lost = service.updateTutorial(made->id, changes);
        QCOMPARE(proxy.dropped(), 1);
        QVERIFY2(!lost && lost.error().kind == Error::Kind::Connection,
                 qPrintable(lost ? u"saved"_s : lost.error().message));
        auto again = service.updateTutorial(made->id, changes);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->title, *changes.title);
        QCOMPARE(again->description, *changes.description);

        CommentChanges commentChanges;
        commentChanges.text = u"after"_s;
        commentChanges.tutorialId = std::optional<qint64>();
        commentChanges.expected = *comment;
        proxy.arm();
        auto lostComment = service.updateComment(comment->id, commentChanges);
        QCOMPARE(proxy.dropped(), 2);
        QVERIFY(!lostComment && lostComment.error().kind == Error::Kind::Connection);
        auto commentAgain = service.updateComment(comment->id, commentChanges);
        QVERIFY2(commentAgain, qPrintable(commentAgain ? QString() : commentAgain.error().message));
        QCOMPARE(commentAgain->text, u"after"_s);
        QVERIFY(!commentAgain->tutorialId);

        // Through the window's write queue, whose own retry saves again: one answer, the save's, and no conflict.
        changes.expected = *again;
        changes.description = u"queued"_s;
        QStringList answers;
        {
            WriteQueue queue(std::make_shared<Database>(*url));
            queue.setMaxRetryDelay(500);
            proxy.arm();
            queue.enqueue(u"save"_s,
                          [id = made->id, changes](TutorialService &writer) -> Result<QVariant> {
                              auto saved = writer.updateTutorial(id, changes);
                              if (!saved)
                                  return saved.error();
                              return QVariant(saved->description);
                          },
                          [&answers](const Result<QVariant> &result) {
                              answers << (result ? result->toString() : u"failed: "_s + result.error().message);
                          });
            QVERIFY(queue.waitForIdle(60000));
        }
        QCOMPARE(proxy.dropped(), 3);
        QCOMPARE(answers, QStringList {u"queued"_s});

        // Someone else's different values since the editor read the row: still a conflict, nothing written.
        auto current = service.findTutorialRowById(made->id);
        QVERIFY(current);
        TutorialChanges other;
        other.title = u"someone else"_s;
        other.expected = *current;
        QVERIFY(service.updateTutorial(made->id, other));
        changes.description = u"mine"_s;
        changes.expected = *current;
        auto refused = service.updateTutorial(made->id, changes);
        QVERIFY(!refused && refused.error().kind == Error::Kind::Conflict);
        auto kept = service.findTutorialRowById(made->id);
        QVERIFY(kept);
        QCOMPARE(kept->title, u"someone else"_s);
        QCOMPARE(kept->description, u"queued"_s);
    }
};

QTEST_GUILESS_MAIN(tst_LostServer)
#include "tst_lostserver.moc"
