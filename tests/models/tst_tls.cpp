// TLS to MariaDB: a CA and certificates made by openssl here, a server of the test's own with TLS on, and the
// shared test server without it.
#include "database.h"
#include "schema.h"
#include "testdatabase.h"
#include "throwawayserver.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Tls : public QObject
{
    Q_OBJECT

private:
    ThrowawayServer m_server;

    bool openssl(const QStringList &args)
    {
        QProcess process;
        process.setWorkingDirectory(m_server.path(QString()));
        process.start(u"openssl"_s, args);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    }

    DatabaseUrl url(const QString &host, int port, const QString &query)
    {
        return *DatabaseUrl::parse(u"mysql://root@%1:%2/tls?connect-timeout=5&"_s.arg(host).arg(port) + query);
    }

private slots:
    void initTestCase()
    {
        // A CA, a server certificate it signed for 127.0.0.1, and a second CA that signed nothing.
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                         u"/CN=Tutorial Desk test CA"_s, u"-keyout"_s, u"ca-key.pem"_s, u"-out"_s, u"ca.pem"_s}));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                         u"-keyout"_s, u"server-key.pem"_s, u"-out"_s, u"server.csr"_s}));
        QFile extensions(m_server.path(u"ext.cnf"_s));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        extensions.close();
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                         u"ca-key.pem"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"ext.cnf"_s,
                         u"-out"_s, u"server.pem"_s}));
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                         u"/CN=Some other CA"_s, u"-keyout"_s, u"other-key.pem"_s, u"-out"_s, u"other.pem"_s}));
        QVERIFY2(m_server.start({u"--ssl-ca="_s + m_server.path(u"ca.pem"_s),
                                 u"--ssl-cert="_s + m_server.path(u"server.pem"_s),
                                 u"--ssl-key="_s + m_server.path(u"server-key.pem"_s)}),
                 qPrintable(m_server.log()));
        QVERIFY(m_server.exec(u"CREATE DATABASE tls CHARACTER SET utf8mb4"_s));
    }

    void encryptedWithTheRightCa()
    {
        Database database(url(u"127.0.0.1"_s, m_server.port(), u"ssl-ca="_s + m_server.path(u"ca.pem"_s)));
        auto db = database.connection();
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QSqlQuery cipher(*db);
        QVERIFY(cipher.exec(u"SHOW SESSION STATUS LIKE 'Ssl_cipher'"_s) && cipher.next());
        QVERIFY2(!cipher.value(1).toString().isEmpty(), "Qt's own connection is encrypted");
        QVERIFY(Schema::init(database));
    }

    void aCertificateTheCaDidNotSignIsRefused()
    {
        Database database(url(u"127.0.0.1"_s, m_server.port(), u"ssl-ca="_s + m_server.path(u"other.pem"_s)));
        auto db = database.connection();
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Connection);
        QVERIFY2(db.error().message.contains(u"TLS"_s) && db.error().message.contains(u"certificate"_s),
                 qPrintable(db.error().message));
    }

    void aServerWithoutTlsIsRefused()
    {
        // The shared server of scripts/test runs without TLS.
        auto shared = DatabaseUrl::parse(qEnvironmentVariable("TUTORIALDESK_TEST_MYSQL_URL"));
        QVERIFY2(shared, "TUTORIALDESK_TEST_MYSQL_URL is set (scripts/test)");
        const DatabaseUrl::Host host = shared->hosts().first();
        Database database(url(host.name, host.port, u"ssl-ca="_s + m_server.path(u"ca.pem"_s)));
        auto db = database.connection();
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(u"does not support"_s), qPrintable(db.error().message));
    }

    void withoutTlsParametersNothingChanges()
    {
        Database database(url(u"127.0.0.1"_s, m_server.port(), QString()));
        auto db = database.connection();
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
