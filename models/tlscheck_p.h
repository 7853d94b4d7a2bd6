#pragma once

#include "databaseurl.h"
#include "result.h"

// Qt's QMYSQL driver hands the CA file to the client library but cannot ask it to verify the server's certificate,
// nor to insist on TLS. Before Qt connects, this opens one connection of its own through MariaDB's client library
// with both switched on, so that a server whose certificate the CA did not sign, or that offers no TLS, is refused.
namespace TlsCheck {

Result<void> verifyServer(const DatabaseUrl &url, const DatabaseUrl::Host &host);

} // namespace TlsCheck
