#pragma once

#include "tutorialtransfer.h"

#include <QSqlDatabase>

class Database;

// The findAll export through MariaDB's own client library, reached via QSqlDriver::handle(): one prepared statement
// on the binary protocol, rows streamed unbuffered, timestamps as MYSQL_TIME and text as UTF-8 bytes straight into
// the JSON buffer. QSqlQuery::value() and its QVariant/QString/QDateTime conversions were most of the export's
// time (SPEC.md); this path does none of them. Values are still bound, never spliced into the SQL.
namespace MySqlExport {

bool isAvailable(const QSqlDatabase &db);

Result<TutorialTransfer::Counts> exportJson(Database &database, QSqlDatabase &db, QIODevice &out, const QString &search,
                                            int indent, const TutorialTransfer::Progress &progress);

} // namespace MySqlExport
