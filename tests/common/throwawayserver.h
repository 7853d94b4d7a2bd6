#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A MariaDB server of a test's own (scripts/lib/mariadb.sh: its own data folder, socket and loopback port), for
// tests that must crash, restart or reconfigure a server, which the shared one of scripts/test must not be.
class ThrowawayServer
{
public:
    ThrowawayServer();
    ~ThrowawayServer();

    // Installs and starts it with these extra mariadbd options; false (see log()) when it does not come up.
    bool start(const QStringList &options = {});
    // SIGKILL, as a crash.
    void kill();
    // Starts it again on the same data (InnoDB recovers after a crash).
    bool restart();
    void stop();

    int port() const { return m_port; }
    QString socket() const { return m_dir.filePath(QStringLiteral("mysqld.sock")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString log() const;
    // Runs a statement as root through the mariadb client.
    bool exec(const QString &sql);
    // Runs a shell command with scripts/lib/mariadb.sh loaded; its output goes to the log.
    bool shell(const QString &command);

private:
    QTemporaryDir m_dir;
    QString m_log;
    QStringList m_options;
    int m_port = 0;
    bool m_started = false;
};
