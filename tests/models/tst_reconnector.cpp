// The reconnect logic, without a window: on a server frozen with SIGSTOP it keeps trying on its own thread (the
// caller's event loop never waits on the server), says that it is still down, and once the server answers says so,
// once, and stops trying. MariaDB only: an SQLite file has no connection to lose.
#include "database.h"
#include "reconnector.h"
#include "schema.h"
#include "throwawayserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_Reconnector : public QObject
{
    Q_OBJECT

private slots:
    void waitsOutAFrozenServerWithoutWaitingOnIt()
    {
        ThrowawayServer server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.exec(u"CREATE DATABASE lost"_s));
        auto url = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/lost?socket=%2&connect-timeout=2"_s
                                              .arg(server.port())
                                              .arg(server.socket()));
        QVERIFY(url);
        auto database = std::make_shared<Database>(*url);
        QVERIFY(Schema::init(*database));

        Reconnector reconnector(database);
        reconnector.setInterval(300);
        QSignalSpy down(&reconnector, &Reconnector::stillDown);
        QSignalSpy back(&reconnector, &Reconnector::reconnected);
        const QString pid = u"$(cat '%1')"_s.arg(server.path(u"mariadbd.pid"_s));
        QVERIFY(server.shell(u"kill -STOP "_s + pid));
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { longest = qMax(longest, sinceTick.restart()); });
        sinceTick.start();
        ticker.start(5);
        reconnector.start();
        QVERIFY(reconnector.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(down.count() >= 1, 30000); // the try timed out: still down, said so
        QCOMPARE(back.count(), 0);
        longest = qMax(longest, sinceTick.elapsed());
        QVERIFY(server.shell(u"kill -CONT "_s + pid)); // (this test's own blocking step: not the reconnector's stall)
        sinceTick.restart();
        reconnector.retryNow(); // (a try may be on its way: then the next one)
        QTRY_VERIFY_WITH_TIMEOUT(back.count() == 1, 30000);
        QVERIFY(!reconnector.isActive());
        QVERIFY2(back.first().first().toString().contains(u"MariaDB"_s), qPrintable(back.first().first().toString()));
        QTest::qWait(800); // stopped: no more tries, no second "reconnected"
        QCOMPARE(back.count(), 1);
        ticker.stop();
        qInfo("longest event-loop stall while the server was frozen: %lld ms", longest);
        QVERIFY2(longest < 250, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longest)));
    }
};

QTEST_GUILESS_MAIN(tst_Reconnector)
#include "tst_reconnector.moc"
