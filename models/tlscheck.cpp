#include "tlscheck_p.h"

#include "mariadbclient_p.h"

#include <QCoreApplication>

#include <mysql.h>

#include <memory>

namespace TlsCheck {

Result<void> verifyServer(const DatabaseUrl &url, const DatabaseUrl::Host &host)
{
    const MariaDbClient::Functions *client = MariaDbClient::functions();
    if (!client)
        return Error::connection(QCoreApplication::translate("Database", "The MariaDB client library could not be "
                                                                         "loaded: %1")
                                         .arg(MariaDbClient::loadError()));
    const MariaDbClient::Functions &my = *client;
    std::unique_ptr<MYSQL, void (*)(MYSQL *)> mysql(my.init(nullptr), my.close);
    if (!mysql)
        return Error::connection(QCoreApplication::translate("Database", "Out of memory"));
    const unsigned timeout = unsigned(url.connectTimeoutSeconds());
    const my_bool on = 1;
    my.options(mysql.get(), MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    my.options(mysql.get(), MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
    my.options(mysql.get(), MYSQL_OPT_SSL_ENFORCE, &on);
    const QByteArray key = url.sslKey().toLocal8Bit();
    const QByteArray cert = url.sslCert().toLocal8Bit();
    const QByteArray ca = url.sslCa().toLocal8Bit();
    my.sslSet(mysql.get(), key.isEmpty() ? nullptr : key.constData(), cert.isEmpty() ? nullptr : cert.constData(),
                  ca.isEmpty() ? nullptr : ca.constData(), nullptr, nullptr);
    const QByteArray user = url.user().toUtf8();
    const QByteArray password = url.password().toUtf8();
    const QByteArray database = url.databaseName().toUtf8();
    const QByteArray socket = url.socket().toLocal8Bit();
    const QByteArray hostName = socket.isEmpty() ? host.name.toUtf8() : QByteArrayLiteral("localhost");
    if (!my.realConnect(mysql.get(), hostName.constData(), user.constData(), password.constData(),
                            database.constData(), socket.isEmpty() ? unsigned(host.port) : 0,
                            socket.isEmpty() ? nullptr : socket.constData(), 0))
        return Error::connection(QCoreApplication::translate("Database", "TLS was asked for (ssl-ca) and could not be "
                                                                         "established: %1")
                                         .arg(QString::fromUtf8(my.error(mysql.get()))),
                                 int(my.errorNumber(mysql.get())));
    return {};
}

} // namespace TlsCheck
