#pragma once

#include "tutorialtransfer.h"

#include <QSqlDatabase>

class Database;

// The unfiltered findAll export through MariaDB's own client library, reached via QSqlDriver::handle(): rows
// streamed unbuffered on the text protocol, their UTF-8 bytes escaped straight into the JSON buffer.
// QSqlQuery::value() and its QVariant/QString conversions, and the CAST of every timestamp, were most of the
// export's time (SPEC.md); this path does none of them. The statement has no values, so nothing needs binding;
// a filtered export goes through QSqlQuery with its pattern bound.
namespace MySqlExport {

bool isAvailable(const QSqlDatabase &db);

Result<TutorialTransfer::Counts> exportJson(Database &database, QSqlDatabase &db, QIODevice &out, int indent,
                                            const TutorialTransfer::Progress &progress);

} // namespace MySqlExport
