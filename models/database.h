#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

#include <atomic>
#include <optional>

// Every statement that fails, with what was being done and the database's answer (never the bound values):
// QT_LOGGING_RULES="tutorialdesk.sql.warning=false" silences it.
Q_DECLARE_LOGGING_CATEGORY(lcSql)

// One database, reached through one QSqlDatabase per thread: Qt allows a connection to be used only
// in the thread that opened it (the seed's pool of five becomes "one per thread that asks").
class Database
{
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    bool isMySql() const { return m_url.isMySql(); }
    bool isSqlite() const { return m_url.isSqlite(); }

    // This thread's open connection, opened (and set up: UTC, strict, utf8mb4 / foreign keys, WAL) on first use.
    Result<QSqlDatabase> connection();
    // Closes and forgets this thread's connection; a worker thread calls it before it ends.
    void closeThreadConnection();

    // A statement in this database's dialect: TS(column) becomes the column read as text (MySQL: CAST, so that no
    // driver turns a UTC DATETIME into local time on the way; SQLite stores text already).
    QString dialect(const char *statement) const;

    // MySQL/MariaDB: the Unicode collation titles are sorted with (as SQLite's td_sortkey sorts them, case ignored,
    // accents counted): MariaDB's utf8mb4_uca1400_as_ci, tailored to the person's language where the server has a
    // tailoring for it, else MySQL 8's utf8mb4_0900_as_ci, else utf8mb4_unicode_520_ci. Tried once; empty when the
    // server has none of them, or for SQLite.
    QString sortCollation();

    // Whether the server is a Galera cluster node (known once connected).

    // "MariaDB 10.11.6", "SQLite 3.40.1"; empty when not connected.
    QString serverVersion();

    // Turns a failed statement's QSqlError into an Error for a person; `what` says what was being done, `statement`
    // (logged with the error, placeholders and all, never the values bound to them) what was sent.
    // When the error means the connection is gone, this thread's connection is closed, so that the next
    // connection() reconnects (and its serial changes).
    Error errorFrom(const QSqlError &error, const QString &what, const QString &statement = {});
    // Changes each time this thread's connection is (re)opened: whatever was prepared on an older one is stale.
    quint64 connectionSerial() const;
    // True for errors that mean the connection is gone (MySQL 2006/2013 and client connection errors).
    bool isConnectionLost(const QSqlError &error) const;

private:
    Result<void> open(QSqlDatabase &db);
    Result<void> openMySql(QSqlDatabase &db);
    // One server of the URL: connected, checked and its session set up; or the reason, "HOST:PORT: why", and in
    // `code` the server's error number when it could not be reached or verified.
    Result<void> openMySqlHost(QSqlDatabase &db, const DatabaseUrl::Host &host, int &code);
    Result<void> setUpMySqlSession(QSqlDatabase &db);
    Result<void> openSqlite(QSqlDatabase &db);
    Result<void> joinClusterSession(QSqlDatabase &db);
    QString threadConnectionName() const;

    DatabaseUrl m_url;
    int m_instance;
    mutable QMutex m_mutex;
    QSet<QString> m_connectionNames;
    QHash<QString, quint64> m_serials; // connection name → the serial of its current opening
    quint64 m_nextSerial = 1;
    std::optional<QString> m_unicodeCollation; // under m_mutex
    QSet<QString> m_lost; // connections closed because the server went away
    QHash<QString, qint64> m_causalReadsFrom; // connection → when its reads wait for causality again
    static constexpr qint64 CausalReadsAfterFailoverMs = 10000; // past Galera's eviction of a dead node (~5.5 s)
};

// A transaction that rolls back unless committed. SQLite takes the write lock at BEGIN (IMMEDIATE) so two
// writers wait for each other instead of failing half-way.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QSqlError lastError() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};
