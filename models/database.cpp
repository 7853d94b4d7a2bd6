#include "database.h"

#include "sqlitelocks.h"
#include "sqlitetext_p.h"
#include "tlscheck_p.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QElapsedTimer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "tutorialdesk.sql")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QAtomicInt nextInstance;

QString reasonOf(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text;
}

int nativeCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt();
}

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error::connection(reasonOf(query.lastError()), nativeCode(query.lastError()));
    return {};
}

} // namespace

Database::Database(DatabaseUrl url) : m_url(std::move(url)), m_instance(nextInstance.fetchAndAddRelaxed(1))
{
    // Before this process opens its first SQLite connection: locks that no other code in the process can drop.
    if (m_url.isSqlite())
        SqliteLocks::install();
}

Database::~Database()
{
    QSet<QString> names;
    {
        QMutexLocker locker(&m_mutex); // not held while closing: closing must not wait on anyone using the lock
        names.swap(m_connectionNames);
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        } // the handle goes out of scope before removeDatabase, so Qt sees no connection in use
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::threadConnectionName() const
{
    return u"tutorialdesk-%1-%2"_s.arg(m_instance).arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = threadConnectionName();
    {
        QMutexLocker locker(&m_mutex);
        if (m_connectionNames.contains(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen()) {
                if (m_causalReadsFrom.contains(name) && QDateTime::currentMSecsSinceEpoch() >= m_causalReadsFrom[name]) {
                    // The cluster has settled since the failover: reads wait for causality again.
                    m_causalReadsFrom.remove(name);
                    QSqlQuery(db).exec(u"SET SESSION wsrep_sync_wait = 1"_s);
                }
                return db;
            }
        } else {
            QSqlDatabase::addDatabase(m_url.isMySql() ? u"QMYSQL"_s : u"QSQLITE"_s, name);
            m_connectionNames.insert(name);
        }
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid())
        return Error::connection(tr("The Qt SQL driver for %1 is not installed (%2).")
                                         .arg(m_url.isMySql() ? u"MySQL"_s : u"SQLite"_s,
                                              m_url.isMySql() ? u"libqt6sql6-mysql"_s : u"libqt6sql6-sqlite"_s));
    if (auto opened = open(db); !opened)
        return opened.error();
    QMutexLocker locker(&m_mutex);
    m_serials.insert(name, m_nextSerial++);
    return db;
}

quint64 Database::connectionSerial() const
{
    QMutexLocker locker(&m_mutex);
    return m_serials.value(threadConnectionName());
}

void Database::closeThreadConnection()
{
    const QString name = threadConnectionName();
    QMutexLocker locker(&m_mutex);
    if (!m_connectionNames.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> Database::open(QSqlDatabase &db)
{
    return m_url.isMySql() ? openMySql(db) : openSqlite(db);
}

Result<void> Database::openMySql(QSqlDatabase &db)
{
    // A server that stops answering mid-statement (frozen, or gone without closing the connection) must not hang a
    // statement until TCP gives up, some fifteen minutes: reads and writes time out too. Never under 10 s, which a
    // Galera write waiting for the survivors to evict a dead node (about 6 s) must be allowed.
    const int ioTimeout = qMax(m_url.connectTimeoutSeconds(), 10);
    QStringList options{u"MYSQL_OPT_CONNECT_TIMEOUT=%1"_s.arg(m_url.connectTimeoutSeconds()),
                        u"MYSQL_OPT_READ_TIMEOUT=%1"_s.arg(ioTimeout), u"MYSQL_OPT_WRITE_TIMEOUT=%1"_s.arg(ioTimeout)};
    if (!m_url.socket().isEmpty())
        options << u"UNIX_SOCKET="_s + m_url.socket();
    if (!m_url.sslCa().isEmpty())
        options << u"SSL_CA="_s + m_url.sslCa();
    if (!m_url.sslCert().isEmpty())
        options << u"SSL_CERT="_s + m_url.sslCert();
    if (!m_url.sslKey().isEmpty())
        options << u"SSL_KEY="_s + m_url.sslKey();
    db.setConnectOptions(options.join(u';'));
    db.setUserName(m_url.user());
    db.setPassword(m_url.password());
    db.setDatabaseName(m_url.databaseName());

    QList<DatabaseUrl::Host> hosts = m_url.hosts();
    if (!m_url.socket().isEmpty()) // the client library uses the socket only for "localhost"
        hosts = {DatabaseUrl::Host{u"localhost"_s, 0}};
    QStringList failures;
    int lastCode = 0;
    for (const DatabaseUrl::Host &host : std::as_const(hosts)) {
        auto opened = openMySqlHost(db, host, lastCode);
        if (opened)
            return {};
        failures << opened.error().message;
    }
    return Error::connection(tr("Cannot connect to the MySQL server (database \"%1\", user \"%2\"): %3")
                                     .arg(m_url.databaseName(), m_url.user(), failures.join(u"; "_s)),
                             lastCode);
}

Result<void> Database::openMySqlHost(QSqlDatabase &db, const DatabaseUrl::Host &host, int &code)
{
    db.setHostName(host.name);
    db.setPort(host.port);
    const QString where = m_url.socket().isEmpty() ? host.name + u':' + QString::number(host.port)
                                                   : tr("socket %1").arg(m_url.socket());
    const bool tls = !m_url.sslCa().isEmpty() || !m_url.sslCert().isEmpty();
    if (tls) {
        if (auto verified = TlsCheck::verifyServer(m_url, host); !verified) {
            code = verified.error().nativeCode;
            return Error::connection(tr("%1: %2").arg(where, verified.error().message));
        }
    }
    if (!db.open()) {
        code = nativeCode(db.lastError());
        return Error::connection(tr("%1: %2").arg(where, reasonOf(db.lastError())));
    }
    if (tls) {
        // Qt's own connection must be encrypted too, not only the check's.
        QSqlQuery cipher(db);
        if (!cipher.exec(u"SHOW SESSION STATUS LIKE 'Ssl_cipher'"_s) || !cipher.next()
            || cipher.value(1).toString().isEmpty()) {
            db.close();
            return Error::connection(
                    tr("%1: the connection is not encrypted although TLS was asked for (ssl-ca)").arg(where));
        }
    }
    Result<void> ready = setUpMySqlSession(db);
    if (ready)
        ready = joinClusterSession(db);
    if (!ready) {
        db.close();
        return Error::connection(tr("%1: %2").arg(where, ready.error().message));
    }
    return {};
}

// Seed compatibility: timestamps in UTC, utf8mb4, and strict mode so a bad value fails instead of being silently
// truncated (the service also validates first, for servers whose global mode is lax).
Result<void> Database::setUpMySqlSession(QSqlDatabase &db)
{
    Result<void> setup = exec(db, u"SET NAMES utf8mb4"_s);
    if (setup)
        setup = exec(db, u"SET time_zone = '+00:00'"_s);
    if (setup)
        setup = exec(db, u"SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES')"_s);
    return setup;
}

// On a Galera node: use it only while it belongs to the primary component (wsrep_ready), and have reads wait until
// the node has applied every write the cluster committed before them (wsrep_sync_wait), so a read right after a
// failover sees the writes before it. A plain server has wsrep_on = 0 (MariaDB) or no such variable (MySQL).
//
// Right after a failover, a causal read blocks until the survivors have evicted the dead node (about 5.5 s with the
// default timeouts). Every write committed before the failover has reached this node by then (Galera delivers a
// write set to every member before its commit returns), so draining this node's apply queue gives the same
// guarantee at once; causal reads come back when the cluster has settled.
Result<void> Database::joinClusterSession(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT @@GLOBAL.wsrep_on"_s) || !query.next() || query.value(0).toInt() == 0)
        return {};
    QSqlQuery ready(db);
    if (!ready.exec(u"SHOW STATUS LIKE 'wsrep_ready'"_s) || !ready.next() || ready.value(1).toString() != u"ON")
        return Error::connection(tr("this cluster node is not ready (it is not part of the primary component)"));
    const QString name = db.connectionName();
    bool afterLoss = false;
    {
        QMutexLocker locker(&m_mutex);
        afterLoss = m_lost.remove(name);
    }
    if (!afterLoss)
        return exec(db, u"SET SESSION wsrep_sync_wait = 1"_s);
    if (auto plain = exec(db, u"SET SESSION wsrep_sync_wait = 0"_s); !plain)
        return plain;
    QElapsedTimer draining;
    draining.start();
    for (;;) {
        QSqlQuery queue(db);
        if (!queue.exec(u"SHOW STATUS LIKE 'wsrep_local_recv_queue'"_s) || !queue.next())
            return Error::connection(reasonOf(queue.lastError()));
        if (queue.value(1).toLongLong() == 0)
            break;
        if (draining.elapsed() > 10000)
            return Error::connection(tr("this cluster node is still applying earlier writes"));
        QThread::msleep(5);
    }
    QMutexLocker locker(&m_mutex);
    m_causalReadsFrom.insert(name, QDateTime::currentMSecsSinceEpoch() + CausalReadsAfterFailoverMs);
    return {};
}

Result<void> Database::openSqlite(QSqlDatabase &db)
{
    db.setDatabaseName(m_url.path());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    const QString where = m_url.isInMemory() ? tr("the in-memory SQLite database") : tr("SQLite file %1").arg(m_url.path());
    if (!m_url.isInMemory()) {
        const QFileInfo info(m_url.path());
        if (!info.absoluteDir().exists())
            return Error::connection(tr("Cannot open %1: the folder %2 does not exist.")
                                             .arg(where, info.absolutePath()));
    }
    if (!db.open())
        return Error::connection(tr("Cannot open %1: %2").arg(where, reasonOf(db.lastError())));
    // Foreign keys are off by default in SQLite: without them the seed's ON DELETE SET NULL would not happen.
    Result<void> setup = exec(db, u"PRAGMA foreign_keys = ON"_s);
    if (setup && !m_url.isInMemory())
        setup = exec(db, u"PRAGMA journal_mode = WAL"_s);
    if (!setup) {
        db.close();
        return Error::connection(tr("Cannot open %1: %2").arg(where, setup.error().message));
    }
    // Search and sort for every language (SQLite's own LIKE and NOCASE know ASCII only).
    if (!SqliteText::install(db)) {
        db.close();
        return Error::connection(tr("Cannot open %1: its text functions could not be registered.").arg(where));
    }
    return {};
}

namespace {

// MariaDB's UCA 14 tailorings, by the language they are for; a language not here sorts in the root order, which is
// its dictionary order too (German, French, English, ...).
QString mariadbTailoring(QLocale::Language language)
{
    switch (language) {
    case QLocale::Swedish:
    case QLocale::Finnish:
        return u"swedish"_s;
    case QLocale::Danish:
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
        return u"danish"_s;
    case QLocale::Spanish:
        return u"spanish"_s;
    case QLocale::Polish:
        return u"polish"_s;
    case QLocale::Czech:
        return u"czech"_s;
    case QLocale::Slovak:
        return u"slovak"_s;
    case QLocale::Turkish:
        return u"turkish"_s;
    case QLocale::Hungarian:
        return u"hungarian"_s;
    case QLocale::Croatian:
        return u"croatian"_s;
    case QLocale::Lithuanian:
        return u"lithuanian"_s;
    case QLocale::Latvian:
        return u"latvian"_s;
    case QLocale::Estonian:
        return u"estonian"_s;
    case QLocale::Icelandic:
        return u"icelandic"_s;
    case QLocale::Romanian:
        return u"romanian"_s;
    case QLocale::Slovenian:
        return u"slovenian"_s;
    case QLocale::Vietnamese:
        return u"vietnamese"_s;
    default:
        return {};
    }
}

} // namespace

QString Database::sortCollation()
{
    if (!m_url.isMySql())
        return {};
    {
        QMutexLocker locker(&m_mutex);
        if (m_unicodeCollation)
            return *m_unicodeCollation;
    }
    // In order of preference. Only one of these names ever reaches a statement: never text from elsewhere.
    QStringList candidates;
    const QString tailoring = mariadbTailoring(QLocale().language());
    if (!tailoring.isEmpty())
        candidates << u"utf8mb4_uca1400_%1_as_ci"_s.arg(tailoring);
    candidates << u"utf8mb4_uca1400_as_ci"_s << u"utf8mb4_0900_as_ci"_s << u"utf8mb4_unicode_520_ci"_s;
    auto db = connection();
    if (!db)
        return {}; // asked again next time
    // Tried, not looked up: MariaDB lists its UCA 14 collations in information_schema without the character set
    // ("uca1400_as_ci"), and a collation name cannot be a bound value.
    QString chosen;
    for (const QString &candidate : std::as_const(candidates)) {
        QSqlQuery probe(*db);
        if (probe.exec(u"SELECT _utf8mb4'a' COLLATE "_s + candidate)) {
            chosen = candidate;
            break;
        }
        if (isConnectionLost(probe.lastError()))
            return {};
    }
    QMutexLocker locker(&m_mutex);
    m_unicodeCollation = chosen;
    return chosen;
}

QString Database::dialect(const char *statement) const
{
    static const QRegularExpression timestamp(u"TS\\(([A-Za-z.]+)\\)"_s);
    QString text = QString::fromLatin1(statement);
    return text.replace(timestamp, m_url.isMySql() ? u"CAST(\\1 AS CHAR)"_s : u"\\1"_s);
}

QString Database::serverVersion()
{
    auto db = connection();
    if (!db)
        return {};
    QSqlQuery query(*db);
    if (m_url.isMySql()) {
        if (query.exec(u"SELECT VERSION()"_s) && query.next()) {
            QString version = query.value(0).toString();
            const bool maria = version.contains(u"MariaDB"_s, Qt::CaseInsensitive);
            version = version.section(u'-', 0, 0);
            return (maria ? u"MariaDB "_s : u"MySQL "_s) + version;
        }
    } else if (query.exec(u"SELECT sqlite_version()"_s) && query.next()) {
        return u"SQLite "_s + query.value(0).toString();
    }
    return {};
}

bool Database::isConnectionLost(const QSqlError &error) const
{
    // An SQLite file has no connection to lose once open (opening is connection()'s business), and Qt's QSQLITE
    // reports every failed step (a refusing trigger, a busy lock, a full disk) as a ConnectionError: taking that
    // for a lost server closed the connection in the middle of the transaction and called a refusal "lost".
    if (m_url.isSqlite())
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    switch (nativeCode(error)) {
    case 2002: // can't connect through socket
    case 2003: // can't connect to server
    case 2006: // server has gone away
    case 2013: // lost connection during query
    case 2055: // lost connection at reading/sending
    case 1927: // MariaDB: connection was killed
    case 4031: // MariaDB: disconnected for inactivity
        return true;
    default:
        return false;
    }
}

Error Database::errorFrom(const QSqlError &error, const QString &what, const QString &statement)
{
    const QString reason = reasonOf(error);
    const int code = nativeCode(error);
    qCWarning(lcSql).noquote().nospace() << what << u" ("_s << m_url.displayName() << u"): error "_s << code << u", "_s
                                         << reason
                                         << (statement.isEmpty() ? QString() : u"; statement: "_s + statement.simplified());
    if (isConnectionLost(error)) {
        const QString name = threadConnectionName();
        bool known = false;
        {
            QMutexLocker locker(&m_mutex);
            known = m_connectionNames.contains(name);
        }
        if (known) {
            QSqlDatabase::database(name, false).close(); // the next connection() opens a fresh one
            QMutexLocker locker(&m_mutex);
            m_lost.insert(name);
        }
        return Error::connection(tr("%1: the connection to %2 was lost (%3)").arg(what, m_url.location(), reason), code);
    }
    if (m_url.isMySql() && code == 1213)
        return Error::conflict(tr("%1: another session changed the same rows at the same time (%2)").arg(what, reason),
                               code);
    if (m_url.isMySql() && code == 1205) // lock wait timeout: another session holds the rows for now
        return Error::busy(tr("%1: the database is busy: another session holds the rows (%2)").arg(what, reason), code);
    // SQLITE_IOERR and its extended codes (10 | n << 8): the file could not be read or written as it must be.
    if (m_url.isSqlite() && ((code & 0xff) == 10 || reason.contains(u"disk I/O error"_s)))
        return Error::io(tr("%1: %2").arg(what, reason));
    if (m_url.isSqlite() && (reason.contains(u"database is locked"_s) || reason.contains(u"database is busy"_s)))
        return Error::busy(tr("%1: the database is busy: another program is writing to it (%2)").arg(what, reason));
    return Error::database(tr("%1: %2").arg(what, reason), code);
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (m_db.driverName() == u"QSQLITE") {
        QSqlQuery begin(m_db);
        m_active = begin.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_active)
            m_error = begin.lastError();
    } else {
        m_active = m_db.transaction();
        if (!m_active)
            m_error = m_db.lastError();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_db.driverName() == u"QSQLITE") {
        QSqlQuery commit(m_db);
        if (!commit.exec(u"COMMIT"_s)) {
            m_error = commit.lastError();
            rollback();
            return false;
        }
        m_active = false;
        // Committed into a write-ahead log that another program has deleted is committed nowhere: never report
        // that as saved. (SqliteLocks keeps this from happening; this says so if anything still makes it happen.)
        const QString path = m_db.databaseName();
        if (path != u":memory:" && !path.isEmpty() && SqliteLocks::walDeletedUnderUs(path)) {
            m_error = QSqlError(QCoreApplication::translate("Database", "disk I/O error"),
                                QCoreApplication::translate("Database",
                                                            "another program deleted the database's write-ahead log "
                                                            "while Tutorial Desk was writing to it, so this change "
                                                            "is not in the file; reopen the database"),
                                QSqlError::TransactionError, u"10"_s);
            return false;
        }
        return true;
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_db.driverName() == u"QSQLITE") {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
    } else {
        m_db.rollback();
    }
}
