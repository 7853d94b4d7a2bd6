#pragma once

#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariantList>
#include <optional>

struct sqlite3;

// The tutorial list's order on SQLite in one pass without SQLite's sorter: the statement's (id, sort key) pairs are
// kept in one compact array and sorted here, exactly as ORDER BY key, id (both ASC or both DESC) orders them. Read
// through the connection's own sqlite3 handle, so no QVariant is made per row. A value whose order this does not
// reproduce (a date that is not ASCII TEXT, say) is not guessed at: the caller then asks SQL's ORDER BY.
namespace SqliteOrder {

// What the statement's second column holds, and so how SQLite's ORDER BY compares it.
enum class Key {
    Text, // TEXT in BINARY collation: the bytes compared as memcmp does, the shorter first
    SortKey, // a BLOB (memcmp, the shorter first) or NULL (before every BLOB): td_sortkey()'s keys
    Integer, // an INTEGER
};

struct Outcome
{
    std::optional<QList<qint64>> ids; // nullopt: a value this does not order (ask SQL), or an error
    QSqlError error; // the database's, when the statement failed
};

// `statement`: SELECT id, key ... without ORDER BY; `values` (integers and strings) bound to its placeholders.
// `expectedRows`: room made at once (more rows are taken all the same).
Outcome read(sqlite3 *db, const QString &statement, const QVariantList &values, Key key, bool descending,
             qsizetype expectedRows);

// Whether `column` of `table` compares its TEXT with BINARY (the schema gives it no other collation): only then
// does Key::Text order it as ORDER BY does.
bool isBinaryCollated(sqlite3 *db, const char *table, const char *column);

} // namespace SqliteOrder
