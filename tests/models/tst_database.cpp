// Connections and the schema, on SQLite and on a real MariaDB.
#include "database.h"
#include "schema.h"
#include "testdatabase.h"
#include "throwawayserver.h"
#include "timestamps.h"
#include "tutorialservice.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The seed's tables exactly as Sequelize creates them, for "a database the seed created".
static QStringList seedDdl(bool mysql)
{
    if (mysql)
        return {u"CREATE TABLE `tutorials` (`id` INTEGER NOT NULL auto_increment, `title` VARCHAR(255), "
                "`description` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, "
                "PRIMARY KEY (`id`)) ENGINE=InnoDB"_s,
                u"CREATE TABLE `comments` (`id` INTEGER NOT NULL auto_increment, `name` VARCHAR(255), `text` "
                "VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `tutorialId` INTEGER, "
                "PRIMARY KEY (`id`), FOREIGN KEY (`tutorialId`) REFERENCES `tutorials` (`id`) ON DELETE SET NULL "
                "ON UPDATE CASCADE) ENGINE=InnoDB"_s};
    return {u"CREATE TABLE `tutorials` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `title` VARCHAR(255), `description` "
            "VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL)"_s,
            u"CREATE TABLE `comments` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255), `text` "
            "VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `tutorialId` INTEGER "
            "REFERENCES `tutorials` (`id`) ON DELETE SET NULL ON UPDATE CASCADE)"_s};
}

class tst_Database : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;

    QString tableDefinition(const QString &table)
    {
        if (m_test->isMySql()) {
            QSqlQuery query(m_test->checker());
            query.exec(u"SHOW CREATE TABLE `%1`"_s.arg(table));
            return query.next() ? query.value(1).toString() : QString();
        }
        return m_test->scalar(u"SELECT sql FROM sqlite_master WHERE name = '%1'"_s.arg(table)).toString();
    }

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
    }
    void cleanup() { m_test.reset(); }

    void sessionIsSetUpForTheSeed()
    {
        Database database(m_test->url());
        auto db = database.connection();
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QSqlQuery query(*db);
        if (m_test->isMySql()) {
            QVERIFY(query.exec(u"SELECT @@SESSION.time_zone, @@SESSION.sql_mode, @@character_set_connection"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"+00:00"_s);
            QVERIFY2(query.value(1).toString().contains(u"STRICT_ALL_TABLES"_s), qPrintable(query.value(1).toString()));
            QCOMPARE(query.value(2).toString(), u"utf8mb4"_s);
        } else {
            QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"wal"_s);
        }
        QVERIFY(!database.serverVersion().isEmpty());
    }

    void strictEvenWhenTheServerIsNot()
    {
        if (!m_test->isMySql())
            QSKIP("SQLite has no server-wide mode; the service's own validation is tested on both");
        QString mode;
        {
            TestDatabase::LaxServerMode lax;
            QVERIFY(lax.isActive());
            Database database(m_test->url());
            auto db = database.connection();
            QVERIFY(db);
            QSqlQuery query(*db);
            QVERIFY(query.exec(u"SELECT @@SESSION.sql_mode"_s) && query.next());
            mode = query.value(0).toString();
        }
        QVERIFY2(mode.contains(u"STRICT_ALL_TABLES"_s), qPrintable(mode));
    }

    void oneConnectionPerThread()
    {
        Database database(m_test->url());
        auto mine = database.connection();
        QVERIFY(mine);
        QString workerName;
        bool workerOk = false;
        QThread *worker = QThread::create([&] {
            auto db = database.connection();
            workerOk = db.ok() && db->isOpen();
            if (db.ok())
                workerName = db->connectionName();
            database.closeThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(workerOk);
        QVERIFY(workerName != mine->connectionName());
        QVERIFY(!QSqlDatabase::contains(workerName)); // the worker gave its connection back
    }

    void initCreatesTheSeedsTables()
    {
        Database database(m_test->url());
        auto state = Schema::init(database);
        QVERIFY2(state, qPrintable(state ? QString() : state.error().message));
        QCOMPARE(*state, Schema::State::Ready);
        const QString comments = tableDefinition(u"comments"_s);
        QVERIFY2(comments.contains(u"ON DELETE SET NULL"_s) && comments.contains(u"ON UPDATE CASCADE"_s),
                 qPrintable(comments));
        if (m_test->isMySql()) {
            QSqlQuery query(m_test->checker());
            QVERIFY(query.exec(u"SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS "
                               "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION"_s));
            QStringList columns;
            while (query.next())
                columns << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                       query.value(3).toString()}
                                   .join(u' ');
            const QStringList expected{
                    u"comments id int(11) NO"_s,          u"comments name varchar(255) YES"_s,
                    u"comments text varchar(255) YES"_s,  u"comments createdAt datetime NO"_s,
                    u"comments updatedAt datetime NO"_s,  u"comments tutorialId int(11) YES"_s,
                    u"tutorials id int(11) NO"_s,         u"tutorials title varchar(255) YES"_s,
                    u"tutorials description varchar(255) YES"_s, u"tutorials createdAt datetime NO"_s,
                    u"tutorials updatedAt datetime NO"_s};
            QCOMPARE(columns, expected);
            QCOMPARE(m_test->scalar(u"SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME = 'comments'"_s)
                             .toString(),
                     u"InnoDB"_s);
        } else {
            QCOMPARE(m_test->scalar(u"SELECT on_delete FROM pragma_foreign_key_list('comments')"_s).toString(),
                     u"SET NULL"_s);
        }
    }

    void seedDatabaseIsUsedAsItIs()
    {
        for (const QString &sql : seedDdl(m_test->isMySql()))
            QVERIFY(m_test->exec(sql));
        QVERIFY(m_test->exec(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES "
                             "('Seed', NULL, '2026-11-25 21:23:58', '2026-11-25 21:23:58')"_s));
        const QString before = tableDefinition(u"tutorials"_s) + tableDefinition(u"comments"_s);
        const QVariant indexesBefore = m_test->isMySql() ? QVariant() : m_test->scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"_s);
        Database database(m_test->url());
        auto state = Schema::init(database);
        QVERIFY2(state, qPrintable(state ? QString() : state.error().message));
        QCOMPARE(tableDefinition(u"tutorials"_s) + tableDefinition(u"comments"_s), before);
        if (!m_test->isMySql())
            QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"_s), indexesBefore);
        TutorialService service(database);
        auto all = service.findAll();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().title, u"Seed"_s);
        QVERIFY(all->first().description.isNull());
        QCOMPARE(Timestamps::toIso(all->first().createdAt), u"2026-11-25T21:23:58.000Z"_s);
    }

    void halfASchemaIsRefused()
    {
        QVERIFY(m_test->exec(seedDdl(m_test->isMySql()).first()));
        Database database(m_test->url());
        auto state = Schema::init(database);
        QVERIFY(!state);
        QCOMPARE(state.error().kind, Error::Kind::Schema);
        QVERIFY2(state.error().message.contains(u"\"comments\" does not"_s), qPrintable(state.error().message));
        QVERIFY(tableDefinition(u"comments"_s).isEmpty()); // nothing was created
    }

    void missingColumnIsRefused()
    {
        QStringList ddl = seedDdl(m_test->isMySql());
        ddl[0].replace(u"`description` VARCHAR(255), "_s, QString());
        for (const QString &sql : ddl)
            QVERIFY(m_test->exec(sql));
        const QString before = tableDefinition(u"tutorials"_s);
        Database database(m_test->url());
        auto state = Schema::init(database);
        QVERIFY(!state);
        QCOMPARE(state.error().kind, Error::Kind::Schema);
        QVERIFY2(state.error().message.contains(u"description"_s), qPrintable(state.error().message));
        QCOMPARE(tableDefinition(u"tutorials"_s), before);
    }

    void resetStartsAfresh()
    {
        Database database(m_test->url());
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        auto first = service.createTutorial(u"a"_s, u"b"_s);
        QVERIFY(first);
        QVERIFY(service.createComment(first->id, u"n"_s, u"t"_s));
        QVERIFY(Schema::reset(database));
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 0);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 0);
        auto again = service.createTutorial(u"a"_s, u"b"_s);
        QVERIFY(again);
        QCOMPARE(again->id, 1); // ids start over, as after the seed's sync({force: true})
    }

    void foreignKeysAreEnforced()
    {
        Database database(m_test->url());
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        auto tutorial = service.createTutorial(u"a"_s, u"b"_s);
        QVERIFY(tutorial);
        QVERIFY(service.createComment(tutorial->id, u"n"_s, u"t"_s));
        // A plain DELETE, as the seed's own code would send: the database itself must null the comment's tutorialId.
        auto db = database.connection();
        QSqlQuery query(*db);
        QVERIFY(query.exec(u"DELETE FROM tutorials"_s));
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s).toInt(), 1);
    }

    void columnSizesComeFromTheDatabase()
    {
        QStringList ddl = seedDdl(m_test->isMySql());
        ddl[0].replace(u"`title` VARCHAR(255)"_s, u"`title` VARCHAR(20)"_s);
        for (const QString &sql : ddl)
            QVERIFY(m_test->exec(sql));
        Database database(m_test->url());
        auto limits = Schema::columnLimits(database);
        QVERIFY(limits);
        QCOMPARE(limits->tutorialTitle, 20);
        QCOMPARE(limits->tutorialDescription, 255);
        TutorialService service(database);
        auto refused = service.createTutorial(QString(21, u'x'), QString());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"at most 20"_s), qPrintable(refused.error().message));
        QVERIFY(service.createTutorial(QString(20, u'x'), QString()));
    }

    void lostConnectionReconnectsOnTheNextCall()
    {
        if (!m_test->isMySql())
            QSKIP("an SQLite file cannot go away under a connection");
        Database database(m_test->url());
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        auto tutorial = service.createTutorial(u"before"_s, QString());
        QVERIFY(tutorial);
        QVERIFY(service.findTutorialById(tutorial->id)); // the lookup is now prepared on this connection
        const quint64 serial = database.connectionSerial();

        auto killOurConnection = [&] {
            auto db = database.connection();
            QSqlQuery id(*db);
            QVERIFY(id.exec(u"SELECT CONNECTION_ID()"_s) && id.next());
            QSqlQuery kill(TestDatabase::mariadbAdmin());
            QVERIFY2(kill.exec(u"KILL CONNECTION %1"_s.arg(id.value(0).toLongLong())), qPrintable(kill.lastError().text()));
        };

        // A read on the killed connection fails as a lost connection, in words; the next read works again.
        killOurConnection();
        auto lost = service.findTutorialById(tutorial->id);
        QVERIFY(!lost);
        QCOMPARE(lost.error().kind, Error::Kind::Connection);
        QVERIFY2(lost.error().message.contains(u"lost"_s), qPrintable(lost.error().message));
        auto again = service.findTutorialById(tutorial->id);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(database.connectionSerial() != serial);

        // A write on a killed connection fails whole and writes nothing; the next one is saved.
        killOurConnection();
        TutorialService::TutorialChanges changes;
        changes.title = u"after"_s;
        auto failed = service.updateTutorial(tutorial->id, changes);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, Error::Kind::Connection);
        QCOMPARE(m_test->scalar(u"SELECT title FROM tutorials"_s).toString(), u"before"_s);
        auto saved = service.updateTutorial(tutorial->id, changes);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(m_test->scalar(u"SELECT title FROM tutorials"_s).toString(), u"after"_s);
    }

    void failedConnectionSaysWhereAndWhy()
    {
        if (!m_test->isMySql()) {
            Database database(DatabaseUrl::sqliteFile(u"/nonexistent-folder/x/tutorials.sqlite"_s));
            auto db = database.connection();
            QVERIFY(!db);
            QCOMPARE(db.error().kind, Error::Kind::Connection);
            QVERIFY2(db.error().message.contains(u"/nonexistent-folder/x/tutorials.sqlite"_s),
                     qPrintable(db.error().message));
            return;
        }
        // A port where nothing listens: refused at once, and the message names host, port and reason.
        const int closedPort = freePort();
        auto url = DatabaseUrl::parse(u"mysql://root:hunter2@127.0.0.1:%1/x?connect-timeout=5"_s.arg(closedPort));
        QVERIFY(url);
        Database database(*url);
        QElapsedTimer timer;
        timer.start();
        auto db = database.connection();
        QVERIFY(!db);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(db.error().kind, Error::Kind::Connection);
        QVERIFY2(db.error().message.contains(u"127.0.0.1:%1"_s.arg(closedPort)), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(u"Can't connect"_s), qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(u"hunter2"_s));
    }

    void silentServerTimesOut()
    {
        if (!m_test->isMySql())
            QSKIP("a file has no timeout");
        // A socket that accepts TCP but never greets: the client must give up after connect-timeout.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 4), 0);
        socklen_t length = sizeof address;
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
        const int port = ntohs(address.sin_port);
        auto url = DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/x?connect-timeout=2"_s.arg(port));
        Database database(*url);
        QElapsedTimer timer;
        timer.start();
        auto db = database.connection();
        const qint64 elapsed = timer.elapsed();
        ::close(listener);
        QVERIFY(!db);
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(db.error().message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(db.error().message));
    }

    // A server that stops answering in the middle of a session (SIGSTOP: its connections stay open, nothing closes
    // them): the next statement fails within the I/O timeout, as a lost connection, and works again once it answers.
    void frozenServerTimesOutMidSession()
    {
        if (!m_test->isMySql())
            QSKIP("an SQLite file cannot stop answering");
        ThrowawayServer server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.exec(u"CREATE DATABASE frozen"_s));
        auto url = DatabaseUrl::parse(
            u"mysql://root@127.0.0.1:%1/frozen?socket=%2&connect-timeout=2"_s.arg(server.port()).arg(server.socket()));
        QVERIFY(url);
        Database database(*url);
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        QVERIFY(service.createTutorial(u"before"_s, QString()));
        QVERIFY(server.shell(u"kill -STOP $(cat '%1')"_s.arg(server.path(u"mariadbd.pid"_s))));
        QElapsedTimer timer;
        timer.start();
        auto frozen = service.createTutorial(u"while frozen"_s, QString());
        const qint64 waited = timer.elapsed();
        QVERIFY(server.shell(u"kill -CONT $(cat '%1')"_s.arg(server.path(u"mariadbd.pid"_s))));
        QVERIFY(!frozen);
        QCOMPARE(frozen.error().kind, Error::Kind::Connection);
        QVERIFY2(waited < 40000, qPrintable(u"gave up after %1 ms"_s.arg(waited))); // not TCP's quarter of an hour
        qInfo("a frozen server: the statement gave up after %lld ms", waited);
        auto after = service.createTutorial(u"after"_s, QString());
        QVERIFY2(after, qPrintable(after ? QString() : after.error().message)); // reconnected once it answers again
    }

private:
    static int freePort()
    {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address);
        socklen_t length = sizeof address;
        ::getsockname(s, reinterpret_cast<sockaddr *>(&address), &length);
        ::close(s);
        return ntohs(address.sin_port);
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
