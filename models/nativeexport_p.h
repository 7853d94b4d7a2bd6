#pragma once

#include "result.h"

#include <QIODevice>
#include <QSqlDatabase>

#include <functional>

class Database;

// The unfiltered findAll export through the database's own client library, reached via QSqlDriver::handle()
// (libmariadb's MYSQL*, SQLite's sqlite3*): rows streamed one at a time, their UTF-8 bytes escaped straight into the
// JSON buffer. QSqlQuery::value() with its QVariant/QString conversions, and the CAST of every timestamp, were most
// of the export's time under callgrind (a third in value(), half in formatting timestamps); this path does none of
// them. Its statement has no values, so nothing needs
// binding; a filtered export goes through QSqlQuery with its pattern bound.
// (TutorialTransfer calls it; it knows nothing of TutorialTransfer.)
namespace NativeExport {

struct Counts
{
    qint64 tutorials = 0;
    qint64 comments = 0;
};
// As TutorialTransfer::Progress: rows done and rows in all (-1: not known); false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

bool isAvailable(const QSqlDatabase &db);

Result<Counts> exportJson(Database &database, QSqlDatabase &db, QIODevice &out, int indent, const Progress &progress);

} // namespace NativeExport
