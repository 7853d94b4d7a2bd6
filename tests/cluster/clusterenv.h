#pragma once
// What the cluster suites share: the 3-node Galera cluster scripts/test-cluster started (its folder and ports come
// in the environment), its URLs, and its shell helpers (scripts/lib/galera.sh).
#include <QProcess>
#include <QString>

namespace ClusterEnv {

using namespace Qt::StringLiterals;

inline QString clusterDir()
{
    return qEnvironmentVariable("TUTORIALDESK_TEST_CLUSTER_DIR");
}

inline int basePort()
{
    return qEnvironmentVariableIntValue("TUTORIALDESK_TEST_CLUSTER_PORT");
}

inline int galeraBase()
{
    return qEnvironmentVariableIntValue("TUTORIALDESK_TEST_CLUSTER_GBASE");
}

inline bool isRunning()
{
    return !clusterDir().isEmpty() && basePort() > 0 && galeraBase() > 0;
}

// A bash command with scripts/lib/galera.sh sourced.
inline bool shell(const QString &command, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"bash"_s, {u"-c"_s, u". '"_s + QStringLiteral(TUTORIALDESK_SOURCE_DIR)
                                               + u"/scripts/lib/galera.sh' && "_s + command});
    const bool ok = process.waitForFinished(180000) && process.exitCode() == 0;
    if (output)
        *output = process.readAll();
    return ok;
}

inline QString nodeUrl(int node, const QString &database)
{
    return u"mysql://root@127.0.0.1:%1/%2"_s.arg(basePort() + node - 1).arg(database);
}

// All three nodes, as a person would write it.
inline QString clusterUrl(const QString &database)
{
    return u"mysql://root@127.0.0.1:%1,127.0.0.1:%2,127.0.0.1:%3/%4?connect-timeout=3"_s.arg(basePort())
        .arg(basePort() + 1)
        .arg(basePort() + 2)
        .arg(database);
}

// A statement through the mariadb client on one node's socket.
inline bool sql(int node, const QString &statement, QByteArray *output = nullptr)
{
    return shell(u"mariadb --no-defaults -uroot -N -B -S '%1/node%2/mysqld.sock' -e \"%3\""_s.arg(clusterDir())
                     .arg(node)
                     .arg(statement),
                 output);
}

inline bool kill(int node)
{
    return shell(u"td_galera_kill '%1' %2"_s.arg(clusterDir()).arg(node));
}

inline bool rejoin(int node)
{
    return shell(u"td_galera_rejoin '%1' %2 %3 %4"_s.arg(clusterDir()).arg(basePort()).arg(galeraBase()).arg(node));
}

} // namespace ClusterEnv
