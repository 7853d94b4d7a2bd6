#include "sqliteorder_p.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <utility>
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

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

// Texts of one shape: as long as the first one, with its bytes everywhere but at its first 18 digits, and a digit
// there (dates and times all written one way, as the Sequelize tutorials application writes them: the rest of
// "2025-01-01 10:00:00.000 +00:00", the offset's "0:00", must then be the same in all). Such texts order as memcmp
// orders them exactly when the numbers those digits make order so: they are sorted as integers (an entry of 16 bytes
// instead of 40, one integer comparison each).
class TextShape
{
public:
    static constexpr int MaxDigits = 18; // 10^18 - 1 fits in a qint64
    static constexpr int MaxSize = 64;

    // The first text: its shape, if it has one worth using (ASCII, with a digit).
    bool take(const unsigned char *text, int size)
    {
        if (size <= 0 || size > MaxSize || !isAscii(text, size))
            return false;
        m_size = size;
        std::copy(text, text + size, m_pattern.begin());
        int digits = 0;
        for (int i = 0; i < size; ++i) {
            m_isDigit[size_t(i)] = digits < MaxDigits && isDigit(text[i]);
            digits += m_isDigit[size_t(i)];
        }
        return digits > 0;
    }

    // The number a text of this shape stands for; nullopt for a text of another shape.
    std::optional<qint64> keyOf(const unsigned char *text, int size) const
    {
        if (size != m_size)
            return std::nullopt;
        qint64 key = 0;
        for (int i = 0; i < size; ++i) {
            if (m_isDigit[size_t(i)]) {
                if (!isDigit(text[i]))
                    return std::nullopt;
                key = key * 10 + (text[i] - '0');
            } else if (text[i] != m_pattern[size_t(i)]) {
                return std::nullopt;
            }
        }
        return key;
    }

    // The text `key` was made from, in `out` (room for size() bytes).
    void textOf(qint64 key, unsigned char *out) const
    {
        std::copy(m_pattern.begin(), m_pattern.begin() + m_size, out);
        for (int i = m_size; i-- > 0;) {
            if (m_isDigit[size_t(i)]) {
                out[i] = static_cast<unsigned char>('0' + key % 10);
                key /= 10;
            }
        }
    }

    int size() const { return m_size; }

private:
    int m_size = 0;
    std::array<unsigned char, MaxSize> m_pattern {};
    std::array<bool, MaxSize> m_isDigit {}; // the digits that make the number
};

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

// Ascending by (key, id). The rows of a scan come in id order: a stable radix sort on the key (a byte at a time,
// skipping the bytes every key shares) then keeps the ties in id order, and costs a few passes over the array
// whatever the keys' order; std::sort on the nearly sorted dates of a table took several times as long (and fell
// back to a heap sort). Rows in another order are sorted by comparison.
void sortIntegers(std::vector<IntegerEntry> &entries)
{
    const auto byKeyThenId = [](const IntegerEntry &a, const IntegerEntry &b) {
        return a.key != b.key ? a.key < b.key : a.id < b.id;
    };
    const auto byId = [](const IntegerEntry &a, const IntegerEntry &b) { return a.id < b.id; };
    if (entries.size() < 64 || !std::is_sorted(entries.begin(), entries.end(), byId)) {
        std::sort(entries.begin(), entries.end(), byKeyThenId);
        return;
    }
    // The sign bit flipped: negative keys before the others, as unsigned bytes.
    const auto bits = [](const IntegerEntry &entry) { return quint64(entry.key) ^ (quint64(1) << 63); };
    std::array<std::array<size_t, 256>, 8> counts {};
    for (const IntegerEntry &entry : entries) {
        const quint64 key = bits(entry);
        for (size_t b = 0; b < 8; ++b)
            ++counts[b][(key >> (8 * b)) & 0xff];
    }
    std::vector<IntegerEntry> other(entries.size());
    for (size_t b = 0; b < 8; ++b) {
        std::array<size_t, 256> &count = counts[b];
        if (std::find(count.begin(), count.end(), entries.size()) != count.end())
            continue; // every key has the same byte here
        size_t at = 0;
        for (size_t &slot : count)
            at += std::exchange(slot, at);
        for (const IntegerEntry &entry : entries)
            other[count[(bits(entry) >> (8 * b)) & 0xff]++] = entry;
        entries.swap(other);
    }
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
    // Key::Text: sorted as integers while every text has the first one's shape (TextShape); as bytes from the first
    // that has not (the texts taken so far made again from their numbers).
    bool shaped = key == Key::Text;
    bool shapeTaken = false;
    TextShape shape;
    if (key == Key::Integer || shaped)
        integerEntries.reserve(size_t(expectedRows));
    else
        byteEntries.reserve(size_t(expectedRows));
    std::vector<qint64> nullIds; // Key::SortKey's NULLs: before every BLOB
    std::vector<unsigned char> arena;
    const auto unshape = [&] {
        shaped = false;
        byteEntries.reserve(size_t(std::max<qsizetype>(expectedRows, qsizetype(integerEntries.size()) + 1)));
        std::array<unsigned char, TextShape::MaxSize> text;
        for (const IntegerEntry &entry : integerEntries) {
            shape.textOf(entry.key, text.data());
            byteEntries.push_back(byteEntry(text.data(), shape.size(), arena, entry.id));
        }
        std::vector<IntegerEntry>().swap(integerEntries);
    };
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
            if (shaped) {
                if (!std::exchange(shapeTaken, true) && !shape.take(data, size)) {
                    unshape();
                } else if (const std::optional<qint64> number = shape.keyOf(data, size)) {
                    integerEntries.push_back({*number, id});
                    break;
                } else {
                    unshape();
                }
            }
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
    if (key == Key::Integer || shaped) {
        sortIntegers(integerEntries);
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
