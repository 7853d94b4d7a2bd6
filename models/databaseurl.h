#pragma once

#include "result.h"

#include <QList>
#include <QString>

// A database named by a URL:
//   sqlite:PATH, sqlite::memory:
//   mysql://USER[:PASSWORD]@HOST[:PORT][,HOST2[:PORT2]...]/DB[?socket=PATH&connect-timeout=S&ssl-ca=F&ssl-cert=F&ssl-key=F]
//   mariadb://... (the same)
class DatabaseUrl
{
public:
    enum class Driver { Sqlite, MySql };

    struct Host
    {
        QString name;
        int port = 3306;
        bool operator==(const Host &) const = default;
    };

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);

    Driver driver() const { return m_driver; }
    bool isSqlite() const { return m_driver == Driver::Sqlite; }
    bool isMySql() const { return m_driver == Driver::MySql; }

    // SQLite: the file, or ":memory:".
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }

    // MySQL/MariaDB.
    QList<Host> hosts() const { return m_hosts; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    bool hasPassword() const { return m_hasPassword; }
    void setPassword(const QString &password);
    QString databaseName() const { return m_database; }
    void setDatabaseName(const QString &name) { m_database = name; }
    QString socket() const { return m_socket; }
    int connectTimeoutSeconds() const { return m_connectTimeout; }
    QString sslCa() const { return m_sslCa; }
    QString sslCert() const { return m_sslCert; }
    QString sslKey() const { return m_sslKey; }

    // The URL again; the password appears only when asked for, never in messages.
    QString toString(bool includePassword = false) const;
    // Short, for window titles and messages: "tutorials.sqlite", "root@127.0.0.1:3306/tutorials".
    QString displayName() const;
    // Where the connection goes, for error messages: "SQLite file /x/y.sqlite", "MySQL server 127.0.0.1:3306".
    QString location() const;

    bool operator==(const DatabaseUrl &) const = default;

    static constexpr int DefaultConnectTimeoutSeconds = 30; // the seed's pool "acquire": 30000 ms

private:
    static Result<DatabaseUrl> parseSqlite(QString path); // what follows "sqlite:"
    Result<void> readAuthority(QStringView authority); // USER[:PASSWORD]@HOST[:PORT][,HOST[:PORT]...]
    Result<void> readParameters(QStringView query); // what follows '?'

    Driver m_driver = Driver::Sqlite;
    QString m_path;
    QList<Host> m_hosts;
    QString m_user;
    QString m_password;
    bool m_hasPassword = false;
    QString m_database;
    QString m_socket;
    int m_connectTimeout = DefaultConnectTimeoutSeconds;
    QString m_sslCa;
    QString m_sslCert;
    QString m_sslKey;
};
