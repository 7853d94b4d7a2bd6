#include "testdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString g_lastError;
QAtomicInt g_counter;

QString adminName()
{
    return u"tutorialdesk-test-admin"_s;
}

} // namespace

void TestDatabase::addRows()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("mariadb") << u"mariadb"_s;
}

QString TestDatabase::lastError()
{
    return g_lastError;
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QObject *test)
{
    QFETCH_GLOBAL(QString, kind); // the row of initTestCase_data(): "sqlite" or "mariadb"
    return create(kind, QString::fromLatin1(test->metaObject()->className()));
}

QSqlDatabase TestDatabase::mariadbAdmin()
{
    if (QSqlDatabase::contains(adminName()))
        return QSqlDatabase::database(adminName());
    const QString text = qEnvironmentVariable("TUTORIALDESK_TEST_MYSQL_URL");
    auto url = DatabaseUrl::parse(text);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, adminName());
    if (!url)
        return db;
    QStringList options{u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s};
    if (!url->socket().isEmpty())
        options << u"UNIX_SOCKET="_s + url->socket();
    db.setConnectOptions(options.join(u';'));
    db.setHostName(url->socket().isEmpty() ? url->hosts().value(0).name : u"localhost"_s);
    db.setPort(url->hosts().value(0).port);
    db.setUserName(url->user());
    db.setPassword(url->password());
    db.open();
    return db;
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QString &kind, const QString &label)
{
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    test->m_kind = kind;
    const int serial = g_counter.fetchAndAddRelaxed(1);
    test->m_checkerName = u"tutorialdesk-test-checker-%1"_s.arg(serial);
    if (kind == u"sqlite") {
        test->m_dir = std::make_unique<QTemporaryDir>();
        if (!test->m_dir->isValid()) {
            g_lastError = u"cannot make a temporary folder"_s;
            return nullptr;
        }
        test->m_url = DatabaseUrl::sqliteFile(test->m_dir->filePath(u"test.sqlite"_s));
        return test;
    }
    if (kind != u"mariadb") {
        g_lastError = u"unknown database kind "_s + kind;
        return nullptr;
    }
    const QString text = qEnvironmentVariable("TUTORIALDESK_TEST_MYSQL_URL");
    if (text.isEmpty()) {
        g_lastError = u"TUTORIALDESK_TEST_MYSQL_URL is not set: run scripts/test, which starts a throwaway MariaDB"_s;
        return nullptr;
    }
    auto url = DatabaseUrl::parse(text);
    if (!url) {
        g_lastError = url.error().message;
        return nullptr;
    }
    QSqlDatabase admin = mariadbAdmin();
    if (!admin.isOpen()) {
        g_lastError = u"cannot connect to the test MariaDB: "_s + admin.lastError().text();
        return nullptr;
    }
    // One database per test: name from the suite, the process and a counter, so parallel suites never meet.
    QString name = u"%1_%2_%3_%4"_s.arg(url->databaseName(), label.left(24).toLower())
                           .arg(QCoreApplication::applicationPid())
                           .arg(serial);
    QSqlQuery query(admin);
    if (!query.exec(u"DROP DATABASE IF EXISTS `%1`"_s.arg(name))
        || !query.exec(u"CREATE DATABASE `%1` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"_s.arg(name))) {
        g_lastError = u"cannot create the test database: "_s + query.lastError().text();
        return nullptr;
    }
    url->setDatabaseName(name);
    test->m_url = *url;
    return test;
}

TestDatabase::~TestDatabase()
{
    if (QSqlDatabase::contains(m_checkerName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_checkerName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_checkerName);
    }
    if (m_url.isMySql()) {
        QSqlQuery query(mariadbAdmin());
        query.exec(u"DROP DATABASE IF EXISTS `%1`"_s.arg(m_url.databaseName()));
    }
}

QSqlDatabase TestDatabase::checker()
{
    if (QSqlDatabase::contains(m_checkerName))
        return QSqlDatabase::database(m_checkerName);
    QSqlDatabase db = QSqlDatabase::addDatabase(m_url.isMySql() ? u"QMYSQL"_s : u"QSQLITE"_s, m_checkerName);
    if (m_url.isMySql()) {
        if (!m_url.socket().isEmpty())
            db.setConnectOptions(u"UNIX_SOCKET="_s + m_url.socket());
        db.setHostName(m_url.socket().isEmpty() ? m_url.hosts().value(0).name : u"localhost"_s);
        db.setPort(m_url.hosts().value(0).port);
        db.setUserName(m_url.user());
        db.setPassword(m_url.password());
        db.setDatabaseName(m_url.databaseName());
    } else {
        db.setDatabaseName(m_url.path());
    }
    if (!db.open())
        qWarning("checker connection failed: %s", qPrintable(db.lastError().text()));
    else if (m_url.isMySql())
        QSqlQuery(db).exec(u"SET time_zone = '+00:00'"_s);
    return db;
}

bool TestDatabase::exec(const QString &sql)
{
    QSqlQuery query(checker());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QVariant TestDatabase::scalar(const QString &sql)
{
    QSqlQuery query(checker());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

TestDatabase::LaxServerMode::LaxServerMode()
{
    QSqlQuery query(mariadbAdmin());
    if (!query.exec(u"SELECT @@GLOBAL.sql_mode"_s) || !query.next())
        return;
    m_saved = query.value(0).toString();
    m_active = query.exec(u"SET GLOBAL sql_mode = ''"_s);
}

TestDatabase::LaxServerMode::~LaxServerMode()
{
    if (!m_active)
        return;
    QSqlQuery restore(mariadbAdmin());
    restore.prepare(u"SET GLOBAL sql_mode = ?"_s);
    restore.addBindValue(m_saved);
    if (!restore.exec())
        qWarning("could not restore the server's sql_mode: %s", qPrintable(restore.lastError().text()));
}
