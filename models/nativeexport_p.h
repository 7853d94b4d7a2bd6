#pragma once

#include "tutorialtransfer.h"

#include <QSqlDatabase>

class Database;
struct st_mysql;

// The unfiltered findAll export through the database's own client library, reached via QSqlDriver::handle()
// (libmariadb's MYSQL*, SQLite's sqlite3*): rows streamed one at a time, their UTF-8 bytes escaped straight into the
// JSON buffer. QSqlQuery::value() with its QVariant/QString conversions, and the CAST of every timestamp, were most
// of the export's time under callgrind (a third in value(), half in formatting timestamps); this path does none of
// them. Its statement has no values, so nothing needs
// binding; a filtered export goes through QSqlQuery with its pattern bound.
namespace NativeExport {

bool isAvailable(const QSqlDatabase &db);
// libmariadb's handle behind a QMYSQL connection, or nullptr for another driver.
st_mysql *mysqlHandle(const QSqlDatabase &db);

Result<TutorialTransfer::Counts> exportJson(Database &database, QSqlDatabase &db, QIODevice &out, int indent,
                                            const TutorialTransfer::Progress &progress);

} // namespace NativeExport
