#include "throwawayserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

const QString mariadbScript = QStringLiteral(TUTORIALDESK_SOURCE_DIR "/scripts/lib/mariadb.sh");

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

ThrowawayServer::ThrowawayServer() : m_log(m_dir.filePath(u"server.log"_s)) { }

ThrowawayServer::~ThrowawayServer()
{
    stop();
}

bool ThrowawayServer::shell(const QString &command)
{
    QProcess process;
    process.setStandardOutputFile(m_log, QIODevice::Append);
    process.setStandardErrorFile(m_log, QIODevice::Append);
    process.start(u"bash"_s, {u"-c"_s, u". "_s + quoted(mariadbScript) + u" && "_s + command});
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool ThrowawayServer::start(const QStringList &options)
{
    if (!m_dir.isValid())
        return false;
    QProcess port;
    // Searched from a place of this process's own: a port that is free now must stay ours while the server is down
    // between a kill and its restart, and another test's server must not take it meanwhile.
    const int from = 30000 + int(QCoreApplication::applicationPid() % 6000) * 5;
    port.start(u"bash"_s, {u"-c"_s, u". "_s + quoted(mariadbScript) + u" && td_free_port "_s + QString::number(from)});
    if (!port.waitForFinished())
        return false;
    m_port = port.readAllStandardOutput().trimmed().toInt();
    m_options = options;
    QStringList quotedOptions;
    for (const QString &option : options)
        quotedOptions << quoted(option);
    m_started = shell(u"td_mariadb_start %1 %2 %3"_s.arg(quoted(m_dir.path())).arg(m_port).arg(quotedOptions.join(u' ')));
    return m_started;
}

void ThrowawayServer::kill()
{
    QFile file(m_dir.filePath(u"mariadbd.pid"_s));
    if (file.open(QIODevice::ReadOnly))
        ::kill(pid_t(file.readAll().trimmed().toLongLong()), SIGKILL);
}

bool ThrowawayServer::restart()
{
    QStringList quotedOptions;
    for (const QString &option : std::as_const(m_options))
        quotedOptions << quoted(option);
    return shell(u"td_mariadb_run %1 %2 %3"_s.arg(quoted(m_dir.path())).arg(m_port).arg(quotedOptions.join(u' ')));
}

void ThrowawayServer::stop()
{
    if (m_started)
        shell(u"td_mariadb_stop "_s + quoted(m_dir.path()));
    m_started = false;
}

QString ThrowawayServer::log() const
{
    QFile file(m_log);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000)) : QString();
}

bool ThrowawayServer::exec(const QString &sql)
{
    return shell(u"mariadb --no-defaults -uroot -S %1 -e %2"_s.arg(quoted(socket()), quoted(sql)));
}
