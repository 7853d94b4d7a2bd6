#include "sqliteorder_p.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace SqliteOrder {

namespace {

QSqlError errorOf(sqlite3 *db, int status)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(status));
}

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// Binds as Qt's QSQLITE binds: strings as UTF-16, integers as 64-bit integers, a null value as NULL. False for
// another type (the caller then leaves the statement to Qt).
bool bind(sqlite3_stmt *statement, const QVariantList &values, int &status)
{
    status = SQLITE_OK;
    for (int i = 0; i < values.size() && status == SQLITE_OK; ++i) {
        const QVariant &value = values.at(i);
        const int at = i + 1;
        if (value.isNull()) {
            status = sqlite3_bind_null(statement, at);
            continue;
        }
        switch (value.metaType().id()) {
        case QMetaType::QString: {
            const QString text = value.toString();
            status = sqlite3_bind_text16(statement, at, text.utf16(), int(text.size() * sizeof(char16_t)),
                                         SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            status = sqlite3_bind_int64(statement, at, value.toLongLong());
            break;
        default:
            return false;
        }
    }
    return true;
}

// A key of bytes: its first 24 bytes held here as three big-endian words (zero padded), so that most comparisons are
// integer comparisons; the bytes after them, if any, in a shared arena.
struct ByteEntry
{
    quint64 words[3];
    quint32 length;
    quint32 tail; // offset of bytes 24... in the arena
    qint64 id;
};
constexpr int InlineBytes = sizeof ByteEntry::words;

struct IntegerEntry
{
    qint64 key;
    qint64 id;
};

ByteEntry byteEntry(const unsigned char *key, int length, std::vector<unsigned char> &arena, qint64 id)
{
    ByteEntry entry {{0, 0, 0}, quint32(length), quint32(arena.size()), id};
    for (int w = 0; w < 3; ++w) {
        quint64 word = 0;
        for (int i = w * 8; i < w * 8 + 8; ++i)
            word = (word << 8) | (i < length ? key[i] : 0);
        entry.words[w] = word;
    }
    if (length > InlineBytes)
        arena.insert(arena.end(), key + InlineBytes, key + length);
    return entry;
}

bool isAscii(const unsigned char *bytes, int size)
{
    unsigned char any = 0;
    for (int i = 0; i < size; ++i)
        any |= bytes[i];
    return any < 0x80;
}

// Ascending by (bytes, id): memcmp, the shorter first when one is the other's beginning, as SQLite's BINARY
// collation and its BLOB comparison both do. (Zero padding makes "ab" and "ab\0" tie on the words: the lengths then
// decide, as they should.)
void sortBytes(std::vector<ByteEntry> &entries, const std::vector<unsigned char> &arena)
{
    const unsigned char *tails = arena.data();
    std::sort(entries.begin(), entries.end(), [tails](const ByteEntry &a, const ByteEntry &b) {
        for (int w = 0; w < 3; ++w) {
            if (a.words[w] != b.words[w])
                return a.words[w] < b.words[w];
        }
        if (a.length > quint32(InlineBytes) && b.length > quint32(InlineBytes)) {
            const int compared
                = std::memcmp(tails + a.tail, tails + b.tail, std::min(a.length, b.length) - InlineBytes);
            if (compared != 0)
                return compared < 0;
        }
        if (a.length != b.length)
            return a.length < b.length;
        return a.id < b.id;
    });
}

} // namespace

Outcome read(sqlite3 *db, const QString &statementText, const QVariantList &values, Key key, bool descending,
             qsizetype expectedRows)
{
    sqlite3_stmt *prepared = nullptr;
    int status = sqlite3_prepare_v3(db, statementText.toUtf8().constData(), -1, 0, &prepared, nullptr);
    Statement statement(prepared, &sqlite3_finalize);
    if (status != SQLITE_OK)
        return {std::nullopt, errorOf(db, status)};
    if (!bind(statement.get(), values, status))
        return {};
    if (status != SQLITE_OK)
        return {std::nullopt, errorOf(db, status)};

    // Room for the rows expected at once: grown, the arrays would be copied and their pages touched again.
    std::vector<ByteEntry> byteEntries;
    std::vector<IntegerEntry> integerEntries;
    if (key == Key::Integer)
        integerEntries.reserve(size_t(expectedRows));
    else
        byteEntries.reserve(size_t(expectedRows));
    std::vector<qint64> nullIds; // Key::SortKey's NULLs: before every BLOB
    std::vector<unsigned char> arena;
    while ((status = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(statement.get(), 0);
        const int type = sqlite3_column_type(statement.get(), 1);
        switch (key) {
        case Key::Text:
        case Key::SortKey: {
            if (key == Key::SortKey && type == SQLITE_NULL) {
                nullIds.push_back(id);
                continue;
            }
            if (type != (key == Key::Text ? SQLITE_TEXT : SQLITE_BLOB))
                return {}; // another storage class sorts elsewhere: SQL knows where
            const auto *data = static_cast<const unsigned char *>(
                key == Key::Text ? sqlite3_column_text(statement.get(), 1) : sqlite3_column_blob(statement.get(), 1));
            const int size = sqlite3_column_bytes(statement.get(), 1);
            // ASCII is ordered the same in a UTF-8 and a UTF-16 file; other text only in a UTF-8 one: not guessed.
            if (key == Key::Text && !isAscii(data, size))
                return {};
            if (arena.size() + size_t(size) > std::numeric_limits<quint32>::max())
                return {};
            byteEntries.push_back(byteEntry(data, size, arena, id));
            break;
        }
        case Key::Integer:
            if (type != SQLITE_INTEGER)
                return {};
            integerEntries.push_back({sqlite3_column_int64(statement.get(), 1), id});
            break;
        }
    }
    if (status != SQLITE_DONE)
        return {std::nullopt, errorOf(db, status)};
    statement.reset();

    QList<qint64> ids;
    ids.reserve(qsizetype(nullIds.size() + byteEntries.size() + integerEntries.size()));
    std::sort(nullIds.begin(), nullIds.end());
    for (const qint64 id : nullIds)
        ids.append(id);
    if (key == Key::Integer) {
        std::sort(integerEntries.begin(), integerEntries.end(), [](const IntegerEntry &a, const IntegerEntry &b) {
            return a.key != b.key ? a.key < b.key : a.id < b.id;
        });
        for (const IntegerEntry &entry : integerEntries)
            ids.append(entry.id);
    } else {
        sortBytes(byteEntries, arena);
        for (const ByteEntry &entry : byteEntries)
            ids.append(entry.id);
    }
    // Every (key, id) is distinct, so "key DESC, id DESC" is the ascending order reversed, NULLs last included.
    if (descending)
        std::reverse(ids.begin(), ids.end());
    return {std::move(ids), QSqlError()};
}

bool isBinaryCollated(sqlite3 *db, const char *table, const char *column)
{
    const char *collation = nullptr;
    if (sqlite3_table_column_metadata(db, nullptr, table, column, nullptr, &collation, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return false;
    return collation && sqlite3_stricmp(collation, "BINARY") == 0;
}

} // namespace SqliteOrder
