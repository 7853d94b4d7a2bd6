#pragma once

#include <QSqlDatabase>

// Text in every language on SQLite, whose own LIKE and NOCASE fold ASCII only ("öl" would not find "Öl", and
// "Ärger" would sort after "Zebra"). Two SQL functions registered on each connection through its sqlite3 handle
// (QSqlDriver::handle()); they are used only in queries, never in the schema, so the Node.js service and the sqlite3
// shell read the same file as before:
//   td_contains(text, needle)  1 when `text` contains `needle`, case and accents ignored for all of Unicode, as
//                              MariaDB's utf8mb4_general_ci ignores them ("öl" and "ol" find "Öl", ß is s), taken
//                              literally (no wildcards); 0 when either is NULL.
//   td_sortkey(text)           ICU's collation key of `text` in the person's language (QLocale(), the root order for
//                              the C locale), case ignored as MariaDB's *_as_ci collations ignore it: ORDER BY
//                              td_sortkey(title) sorts as that language's dictionary does, one key per row.
namespace SqliteText {

// False when the connection is not an open SQLite one, or a function could not be registered.
bool install(const QSqlDatabase &db);

} // namespace SqliteText
