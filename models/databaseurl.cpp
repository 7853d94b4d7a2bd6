#include "databaseurl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseUrl", text);
}

Error urlError(const QString &why)
{
    return Error::invalid(u"database"_s, QCoreApplication::translate("DatabaseUrl", "Invalid database URL: %1").arg(why));
}

QString decode(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encode(const QString &part, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}

Result<DatabaseUrl::Host> parseHost(QStringView text)
{
    DatabaseUrl::Host host;
    QStringView name = text;
    QStringView port;
    if (text.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return urlError(QCoreApplication::translate("DatabaseUrl", "unclosed '[' in host \"%1\"").arg(text));
        name = text.mid(1, close - 1);
        QStringView rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return urlError(QCoreApplication::translate("DatabaseUrl", "unexpected text after host \"%1\"").arg(text));
            port = rest.mid(1);
        }
    } else if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0) {
        name = text.left(colon);
        port = text.mid(colon + 1);
    }
    const bool bracketed = text.startsWith(u'[');
    host.name = decode(name);
    if (host.name.isEmpty())
        host.name = u"localhost"_s;
    // A name must come back unchanged from toString(): letters, digits, '.', '-', '_'; an IPv6 address in [ ].
    static const QRegularExpression hostName(u"^[A-Za-z0-9._-]+$"_s);
    static const QRegularExpression ipv6(u"^[0-9A-Fa-f:.]+$"_s);
    if (!(bracketed ? ipv6 : hostName).match(host.name).hasMatch())
        return urlError(QCoreApplication::translate("DatabaseUrl", "\"%1\" is not a host name or address").arg(host.name));
    if (!port.isNull()) {
        bool ok = false;
        const int value = port.toInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return urlError(QCoreApplication::translate("DatabaseUrl", "port \"%1\" is not a number from 1 to 65535").arg(port));
        host.port = value;
    }
    return host;
}

} // namespace

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.m_driver = Driver::Sqlite;
    url.m_path = path;
    return url;
}

void DatabaseUrl::setPassword(const QString &password)
{
    m_password = password;
    m_hasPassword = true;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return urlError(tr("it is empty"));
    if (text.startsWith(u"sqlite:"_s, Qt::CaseInsensitive))
        return parseSqlite(text.mid(7));

    QStringView rest;
    if (text.startsWith(u"mysql://"_s, Qt::CaseInsensitive))
        rest = QStringView(text).mid(8);
    else if (text.startsWith(u"mariadb://"_s, Qt::CaseInsensitive))
        rest = QStringView(text).mid(10);
    else
        return urlError(tr("it must start with sqlite:, mysql:// or mariadb://"));

    DatabaseUrl url;
    url.m_driver = Driver::MySql;
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return urlError(tr("a database name is missing (…/DATABASE)"));
    url.m_database = decode(rest.mid(slash + 1));
    if (url.m_database.isEmpty())
        return urlError(tr("a database name is missing (…/DATABASE)"));
    // Not shown: a '/' in an unencoded password puts the rest of the password here.
    if (url.m_database.contains(u'/'))
        return urlError(tr("the database name contains '/' (in a password, write / as %2F, @ as %40 and ? as %3F)"));
    if (auto read = url.readAuthority(rest.left(slash)); !read)
        return read.error();
    if (auto read = url.readParameters(query); !read)
        return read.error();
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parseSqlite(QString path)
{
    if (path.startsWith(u"//"_s)) // sqlite:///abs/path and sqlite://relative
        path = path.mid(2);
    if (path.isEmpty())
        return urlError(tr("sqlite: needs a file path, or :memory:"));
    if (path.contains(QChar(0)))
        return urlError(tr("the file path contains a NUL character"));
    return sqliteFile(path);
}

Result<void> DatabaseUrl::readAuthority(QStringView authority)
{
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (const qsizetype colon = userInfo.indexOf(u':'); colon >= 0) {
            m_user = decode(userInfo.left(colon));
            setPassword(decode(userInfo.mid(colon + 1)));
        } else {
            m_user = decode(userInfo);
        }
    }
    if (m_user.isEmpty())
        return urlError(tr("a user name is missing (mysql://USER@HOST/DATABASE)"));
    for (QStringView hostText : authority.split(u',')) {
        auto host = parseHost(hostText.trimmed());
        if (!host)
            return host.error();
        m_hosts.append(*host);
    }
    return {};
}

Result<void> DatabaseUrl::readParameters(QStringView query)
{
    for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (key == u"socket")
            m_socket = value;
        else if (key == u"connect-timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return urlError(tr("connect-timeout \"%1\" is not a number of seconds from 1 to 3600").arg(value));
            m_connectTimeout = seconds;
        } else if (key == u"ssl-ca")
            m_sslCa = value;
        else if (key == u"ssl-cert")
            m_sslCert = value;
        else if (key == u"ssl-key")
            m_sslKey = value;
        else
            return urlError(tr("unknown parameter \"%1\" (known: socket, connect-timeout, ssl-ca, ssl-cert, ssl-key)")
                                    .arg(key));
    }
    return {};
}

QString DatabaseUrl::toString(bool includePassword) const
{
    if (isSqlite()) // "sqlite://" drops two slashes when read: a path that begins with them needs two more
        return (m_path.startsWith(u"//"_s) ? u"sqlite://"_s : u"sqlite:"_s) + m_path;
    QString text = u"mysql://"_s + encode(m_user);
    if (m_hasPassword && includePassword)
        text += u':' + encode(m_password);
    text += u'@';
    QStringList hostTexts;
    for (const Host &host : m_hosts) {
        const QString name = host.name.contains(u':') ? u'[' + host.name + u']' : encode(host.name, ".-");
        hostTexts.append(name + u':' + QString::number(host.port));
    }
    text += hostTexts.join(u',') + u'/' + encode(m_database);
    QStringList params;
    if (!m_socket.isEmpty())
        params << u"socket="_s + encode(m_socket, "/.-_");
    if (m_connectTimeout != DefaultConnectTimeoutSeconds)
        params << u"connect-timeout="_s + QString::number(m_connectTimeout);
    if (!m_sslCa.isEmpty())
        params << u"ssl-ca="_s + encode(m_sslCa, "/.-_");
    if (!m_sslCert.isEmpty())
        params << u"ssl-cert="_s + encode(m_sslCert, "/.-_");
    if (!m_sslKey.isEmpty())
        params << u"ssl-key="_s + encode(m_sslKey, "/.-_");
    if (!params.isEmpty())
        text += u'?' + params.join(u'&');
    return text;
}

QString DatabaseUrl::displayName() const
{
    if (isSqlite())
        return isInMemory() ? tr("in-memory database") : QFileInfo(m_path).fileName();
    QString where;
    if (!m_socket.isEmpty())
        where = u"localhost"_s;
    else if (!m_hosts.isEmpty())
        where = m_hosts.first().name + u':' + QString::number(m_hosts.first().port);
    return m_user + u'@' + where + u'/' + m_database;
}

QString DatabaseUrl::location() const
{
    if (isSqlite())
        return isInMemory() ? tr("in-memory SQLite database") : tr("SQLite file %1").arg(m_path);
    if (!m_socket.isEmpty())
        return tr("MySQL server on socket %1").arg(m_socket);
    QStringList hostTexts;
    for (const Host &host : m_hosts)
        hostTexts.append(host.name + u':' + QString::number(host.port));
    return tr("MySQL server %1").arg(hostTexts.join(u", "_s));
}
