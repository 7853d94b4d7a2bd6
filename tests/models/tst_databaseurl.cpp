#include "databaselocator.h"
#include "databaseurl.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePaths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("relative") << u"sqlite:tutorials.sqlite"_s << u"tutorials.sqlite"_s;
        QTest::newRow("absolute") << u"sqlite:/tmp/a b/t.db"_s << u"/tmp/a b/t.db"_s;
        QTest::newRow("three slashes") << u"sqlite:///tmp/t.db"_s << u"/tmp/t.db"_s;
        QTest::newRow("memory") << u"sqlite::memory:"_s << u":memory:"_s;
        QTest::newRow("four slashes") << u"sqlite:////srv/t.db"_s << u"//srv/t.db"_s;
        QTest::newRow("percent kept literally") << u"sqlite:/tmp/100%.db"_s << u"/tmp/100%.db"_s;
    }
    void sqlitePaths()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        auto url = DatabaseUrl::parse(text);
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        QVERIFY(url->isSqlite());
        QCOMPARE(url->path(), path);
        auto again = DatabaseUrl::parse(url->toString()); // found by the fuzzer: "sqlite:////x" did not round-trip
        QVERIFY(again);
        QCOMPARE(again->path(), path);
    }

    void mysqlFull()
    {
        auto url = DatabaseUrl::parse(
                u"mysql://app%40corp:p%40ss:w0rd@db.example.com:3307/tutorials?socket=/run/m.sock&connect-timeout=5"
                "&ssl-ca=/ca.pem&ssl-cert=/c.pem&ssl-key=/k.pem"_s);
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        QVERIFY(url->isMySql());
        QCOMPARE(url->user(), u"app@corp"_s);
        QVERIFY(url->hasPassword());
        QCOMPARE(url->password(), u"p@ss:w0rd"_s);
        QCOMPARE(url->hosts().size(), 1);
        QCOMPARE(url->hosts().first().name, u"db.example.com"_s);
        QCOMPARE(url->hosts().first().port, 3307);
        QCOMPARE(url->databaseName(), u"tutorials"_s);
        QCOMPARE(url->socket(), u"/run/m.sock"_s);
        QCOMPARE(url->connectTimeoutSeconds(), 5);
        QCOMPARE(url->sslCa(), u"/ca.pem"_s);
        QCOMPARE(url->sslCert(), u"/c.pem"_s);
        QCOMPARE(url->sslKey(), u"/k.pem"_s);
    }

    void mariadbSchemeAndDefaults()
    {
        auto url = DatabaseUrl::parse(u"mariadb://root@localhost/db"_s);
        QVERIFY(url);
        QVERIFY(url->isMySql());
        QCOMPARE(url->hosts().first().port, 3306);
        QVERIFY(!url->hasPassword());
        QCOMPARE(url->connectTimeoutSeconds(), 30); // the seed's acquire: 30000 ms
    }

    void severalHosts()
    {
        auto url = DatabaseUrl::parse(u"mysql://u@10.0.0.1:3306,[::1]:3307,node3/db"_s);
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        const QList<DatabaseUrl::Host> expected{{u"10.0.0.1"_s, 3306}, {u"::1"_s, 3307}, {u"node3"_s, 3306}};
        QCOMPARE(url->hosts(), expected);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("unknown scheme") << u"postgres://u@h/db"_s << u"sqlite:"_s;
        QTest::newRow("no path") << u"sqlite:"_s << u"path"_s;
        QTest::newRow("no database") << u"mysql://u@h"_s << u"database"_s;
        QTest::newRow("empty database") << u"mysql://u@h/"_s << u"database"_s;
        QTest::newRow("no user") << u"mysql://h/db"_s << u"user"_s;
        QTest::newRow("port not a number") << u"mysql://u@h:abc/db"_s << u"port"_s;
        QTest::newRow("port zero") << u"mysql://u@h:0/db"_s << u"port"_s;
        QTest::newRow("port too big") << u"mysql://u@h:65536/db"_s << u"port"_s;
        QTest::newRow("negative port") << u"mysql://u@h:-1/db"_s << u"port"_s;
        QTest::newRow("unclosed ipv6") << u"mysql://u@[::1/db"_s << u"["_s;
        QTest::newRow("unknown parameter") << u"mysql://u@h/db?sslmode=on"_s << u"sslmode"_s;
        QTest::newRow("timeout zero") << u"mysql://u@h/db?connect-timeout=0"_s << u"connect-timeout"_s;
        QTest::newRow("timeout text") << u"mysql://u@h/db?connect-timeout=soon"_s << u"connect-timeout"_s;
        QTest::newRow("colon in host") << u"mysql://u@a:1:2/db"_s << u"host"_s;
        QTest::newRow("bracket in host") << u"mysql://u@h]:1/db"_s << u"host"_s;
        QTest::newRow("space in host") << u"mysql://u@my host/db"_s << u"host"_s;
        QTest::newRow("letters in ipv6") << u"mysql://u@[::xyz]:1/db"_s << u"host"_s;
        QTest::newRow("slash in database") << u"mysql://u@h/db/x"_s << u"'/'"_s;
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url);
        QCOMPARE(url.error().kind, Error::Kind::Invalid);
        QVERIFY2(url.error().message.startsWith(u"Invalid database URL"_s), qPrintable(url.error().message));
        QVERIFY2(url.error().message.contains(mentions), qPrintable(url.error().message));
    }

    void passwordNeverShown()
    {
        auto url = DatabaseUrl::parse(u"mysql://root:hunter2@127.0.0.1:3306/db"_s);
        QVERIFY(url);
        QVERIFY(!url->toString().contains(u"hunter2"_s));
        QVERIFY(!url->displayName().contains(u"hunter2"_s));
        QVERIFY(!url->location().contains(u"hunter2"_s));
        QVERIFY(url->toString(true).contains(u"hunter2"_s));
    }

    // People paste passwords with / ? @ # : , in them unencoded. Whatever the parser makes of such a URL, its error
    // message must not show any of the password (it ends up in terminals, logs and CI output).
    void passwordNeverInAnError_data()
    {
        QTest::addColumn<QString>("password");
        for (const char *password : {"Xy7/Secret9", "pa?ss=Secret9", "a/b?c=Secret9", "Secret9#x", "p:Secret9/x",
                                     "Secret9,h2:1", "Secret9/x?socket=y", "a/Secret9?connect-timeout=zz",
                                     "x/y/Secret9", "Secret9@evil/x", "/Secret9", "Secret9:99999/x"})
            QTest::newRow(password) << QString::fromLatin1(password);
    }

    void passwordNeverInAnError()
    {
        QFETCH(QString, password);
        auto url = DatabaseUrl::parse(u"mysql://app:%1@db.example:3306/tutorials?connect-timeout=5"_s.arg(password));
        if (url)
            QVERIFY(!url->toString().contains(u"Secret9"_s));
        else
            QVERIFY2(!url.error().message.contains(u"Secret9"_s), qPrintable(url.error().message));
    }

    void roundTrip()
    {
        const QString text = u"mysql://us%20er:p%2Fw@h1:3307,h2:3308/my%20db?socket=/tmp/s.sock&connect-timeout=7"_s;
        auto url = DatabaseUrl::parse(text);
        QVERIFY(url);
        auto again = DatabaseUrl::parse(url->toString(true));
        QVERIFY2(again, qPrintable(url->toString(true)));
        QCOMPARE(*again, *url);
    }

    void resolutionOrder()
    {
        qputenv("TUTORIALDESK_DATABASE", "sqlite:/tmp/from-env.sqlite");
        auto fromCommandLine = DatabaseLocator::resolve(u"sqlite:/tmp/from-cli.sqlite"_s, u"sqlite:/tmp/saved.sqlite"_s);
        QVERIFY(fromCommandLine);
        QCOMPARE(fromCommandLine->path(), u"/tmp/from-cli.sqlite"_s);
        auto fromEnvironment = DatabaseLocator::resolve(QString(), u"sqlite:/tmp/saved.sqlite"_s);
        QVERIFY(fromEnvironment);
        QCOMPARE(fromEnvironment->path(), u"/tmp/from-env.sqlite"_s);
        qunsetenv("TUTORIALDESK_DATABASE");
        auto fromSettings = DatabaseLocator::resolve(QString(), u"sqlite:/tmp/saved.sqlite"_s);
        QVERIFY(fromSettings);
        QCOMPARE(fromSettings->path(), u"/tmp/saved.sqlite"_s);
        auto byDefault = DatabaseLocator::resolve(QString(), QString());
        QVERIFY(byDefault);
        QCOMPARE(byDefault->path(), DatabaseLocator::defaultSqlitePath());
        QVERIFY(byDefault->path().endsWith(u"/tutorialdesk/tutorials.sqlite"_s));
    }

    void passwordFromEnvironment()
    {
        qputenv("TUTORIALDESK_PASSWORD", "s3cret");
        auto url = DatabaseLocator::resolve(u"mysql://root@h/db"_s);
        QVERIFY(url);
        QCOMPARE(url->password(), u"s3cret"_s);
        auto explicitPassword = DatabaseLocator::resolve(u"mysql://root:given@h/db"_s);
        QCOMPARE(explicitPassword->password(), u"given"_s); // the URL's own password wins
        qunsetenv("TUTORIALDESK_PASSWORD");
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
