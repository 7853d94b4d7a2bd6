#include "sqlitetext_p.h"

#include <QByteArray>
#include <QtGlobal>
#include <QLocale>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>
#include <unicode/ucol.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isAscii(const unsigned char *bytes, int size)
{
    unsigned char any = 0;
    for (int i = 0; i < size; ++i)
        any |= bytes[i];
    return any < 0x80;
}

// Every UTF-16 code unit as general_ci compares it: its canonical decomposition's base character (é is e, Ö is O),
// case folded; ß is s. Built once (a 128 KB table), then a lookup per character: this runs for every row.
const char16_t *foldTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> fold(0x10000);
        for (char32_t c = 0; c < 0x10000; ++c) {
            QChar ch{char16_t(c)};
            if (ch.isSurrogate()) {
                fold[c] = char16_t(c);
                continue;
            }
            // Strip accents: the first character of the canonical decomposition, again until there is none.
            while (ch.decompositionTag() == QChar::Canonical) {
                const QString parts = ch.decomposition();
                if (parts.isEmpty() || parts.at(0).isSurrogate())
                    break;
                ch = parts.at(0);
            }
            char16_t folded = ch.toCaseFolded().unicode();
            if (folded == u'\u00DF') // general_ci: ß = s
                folded = u's';
            fold[c] = folded;
        }
        return fold;
    }();
    return table.data();
}

// The ASCII characters that only they themselves fold to (digits, '#', ' ', '-', ...; no letter: 'A' and 'á' fold to
// 'a'). In UTF-8 such a byte stands for that character only, so a text whose raw bytes lack it folds to a text that
// lacks it too.
const std::array<bool, 0x80> &foldedFromItselfOnly()
{
    static const std::array<bool, 0x80> alone = [] {
        std::array<bool, 0x80> result;
        result.fill(true);
        const char16_t *table = foldTable();
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (table[c] < 0x80 && table[c] != c)
                result[table[c]] = false;
        }
        return result;
    }();
    return alone;
}

// `text` folded into `out` (reused: no allocation per row once it is large enough).
void fold(QStringView text, std::u16string &out)
{
    const char16_t *table = foldTable();
    out.resize(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i)
        out[size_t(i)] = table[text.at(i).unicode()];
}

// The same straight from SQLite's UTF-8 (valid: SQLite stores what Qt bound), without a UTF-16 copy in between.
// Characters beyond the BMP have no case or accent to fold here: they are passed on as their surrogate pair.
// The character of UTF-8 `text` at `i`, `i` moved past it; false when its bytes run past `size`.
inline bool decodeUtf8(const unsigned char *text, int size, int &i, char32_t &c)
{
    const unsigned char lead = text[i];
    int length;
    if (lead < 0x80) {
        c = lead;
        length = 1;
    } else if (lead < 0xE0) {
        c = lead & 0x1F;
        length = 2;
    } else if (lead < 0xF0) {
        c = lead & 0x0F;
        length = 3;
    } else {
        c = lead & 0x07;
        length = 4;
    }
    if (i + length > size)
        return false;
    for (int k = 1; k < length; ++k)
        c = (c << 6) | (text[i + k] & 0x3F);
    i += length;
    return true;
}

void foldUtf8(const unsigned char *text, int size, std::u16string &out)
{
    const char16_t *table = foldTable();
    out.clear();
    for (int i = 0; i < size;) {
        char32_t c;
        if (!decodeUtf8(text, size, i, c))
            break;
        if (c < 0x10000) {
            out.push_back(table[c]);
        } else {
            out.push_back(char16_t(0xD800 + ((c - 0x10000) >> 10)));
            out.push_back(char16_t(0xDC00 + ((c - 0x10000) & 0x3FF)));
        }
    }
}

// For a needle that folds to ASCII: `text` folded one byte per character into `out` (room for `size` bytes), each
// character as its fold when that is ASCII, else 0x80, which no ASCII needle holds. (A character beyond the BMP is
// two UTF-16 units that fold to none: one 0x80 matches exactly what they match, nothing.) Returns the length.
int foldToAscii(const unsigned char *text, int size, char *out)
{
    const char16_t *table = foldTable();
    int length = 0;
    for (int i = 0; i < size;) {
        // Eight ASCII bytes at once: 0x20 added to each of 'A'..'Z' (no carry: every byte is below 0x80).
        constexpr quint64 HighBits = 0x8080808080808080ULL;
        quint64 eight;
        if (i + 8 <= size && (std::memcpy(&eight, text + i, 8), (eight & HighBits) == 0)) {
            const quint64 upper = (eight + 0x3F3F3F3F3F3F3F3FULL) & ~(eight + 0x2525252525252525ULL) & HighBits;
            eight |= upper >> 2;
            std::memcpy(out + length, &eight, 8);
            i += 8;
            length += 8;
            continue;
        }
        const unsigned char byte = text[i];
        if (byte < 0x80) { // ASCII folds as ASCII lower case does
            out[length++] = char(unsigned(byte - 'A') < 26u ? byte + ('a' - 'A') : byte);
            ++i;
            continue;
        }
        char32_t c;
        if (!decodeUtf8(text, size, i, c))
            break;
        const char32_t fold = c < 0x10000 ? table[c] : 0x80;
        out[length++] = char(fold < 0x80 ? fold : 0x80);
    }
    return length;
}

// Whether `needle` (not empty) is in `text`: its first byte found by memchr, the rest compared.
bool findAscii(const char *text, int size, const QByteArray &needle)
{
    const int length = int(needle.size());
    const char *end = text + size - length + 1; // the last place the needle may start, plus one
    for (const char *at = text; at < end;) {
        at = static_cast<const char *>(std::memchr(at, needle.front(), size_t(end - at)));
        if (!at)
            return false;
        if (std::memcmp(at + 1, needle.constData() + 1, size_t(length - 1)) == 0)
            return true;
        ++at;
    }
    return false;
}

// The needle of a statement, folded once: it is a bound value, the same for every row.
struct Needle
{
    std::u16string folded;
    QByteArray asciiFolded; // when the folded needle is ASCII: it, as bytes
    QByteArray required; // of those, up to four that only they themselves fold to (see foldedFromItselfOnly)
    bool ascii = true;
};

void contains(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL || sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    auto *needle = static_cast<Needle *>(sqlite3_get_auxdata(context, 1));
    if (!needle) {
        auto *made = new Needle;
        const auto *text16 = static_cast<const char16_t *>(sqlite3_value_text16(arguments[1]));
        fold(QStringView(text16, sqlite3_value_bytes16(arguments[1]) / 2), made->folded);
        made->ascii = std::all_of(made->folded.begin(), made->folded.end(), [](char16_t c) { return c < 0x80; });
        if (made->ascii) {
            for (const char16_t c : made->folded) {
                made->asciiFolded.append(char(c));
                if (foldedFromItselfOnly()[c] && !made->required.contains(char(c)) && made->required.size() < 4)
                    made->required.append(char(c));
            }
        }
        sqlite3_set_auxdata(context, 1, made, [](void *data) { delete static_cast<Needle *>(data); });
        needle = static_cast<Needle *>(sqlite3_get_auxdata(context, 1)); // SQLite may have dropped it already
        if (!needle) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    if (needle->folded.empty()) {
        sqlite3_result_int(context, 1);
        return;
    }
    const unsigned char *text = sqlite3_value_text(arguments[0]);
    const int size = sqlite3_value_bytes(arguments[0]);
    // An ASCII needle, the common case: the text folded a byte per character (see foldToAscii) and searched with
    // memmem. This runs for every row of every search of the whole table, for two columns: it is most of the scan.
    if (needle->ascii) {
        // A byte of the needle that only itself folds to, missing from the raw text: no match, nothing folded (a
        // search for "Tut#2" or "topic 4217" rejects most rows here).
        for (const char byte : std::as_const(needle->required)) {
            if (!std::memchr(text, byte, size_t(size))) {
                sqlite3_result_int(context, 0);
                return;
            }
        }
        thread_local std::vector<char> folded;
        if (folded.size() < size_t(size))
            folded.resize(size_t(size));
        const int length = foldToAscii(text, size, folded.data());
        sqlite3_result_int(context, findAscii(folded.data(), length, needle->asciiFolded) ? 1 : 0);
        return;
    }
    // ASCII text folds to ASCII: a needle that does not is never in it.
    if (isAscii(text, size)) {
        sqlite3_result_int(context, 0);
        return;
    }
    // Otherwise folded a character at a time into a buffer this thread keeps.
    thread_local std::u16string folded;
    foldUtf8(text, size, folded);
    sqlite3_result_int(context, folded.find(needle->folded) != std::u16string::npos ? 1 : 0);
}

void sortKey(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    auto *collator = static_cast<UCollator *>(sqlite3_user_data(context));
    // SQLite converts to UTF-16 itself (ICU's own encoding), without a QString in between.
    const auto *text = static_cast<const UChar *>(sqlite3_value_text16(arguments[0]));
    const int32_t length = sqlite3_value_bytes16(arguments[0]) / 2;
    uint8_t buffer[512];
    int32_t size = ucol_getSortKey(collator, text, length, buffer, sizeof buffer);
    if (size <= int32_t(sizeof buffer)) {
        sqlite3_result_blob(context, buffer, size, SQLITE_TRANSIENT);
        return;
    }
    std::vector<uint8_t> large(size_t(size) + 1);
    size = ucol_getSortKey(collator, text, length, large.data(), int32_t(large.size()));
    sqlite3_result_blob(context, large.data(), size, SQLITE_TRANSIENT);
}

UCollator *openCollator()
{
    const QLocale locale;
    // The C locale has no language: the root order (the Unicode Collation Algorithm's own), as MariaDB's uca1400.
    const QByteArray name = locale.language() == QLocale::C ? QByteArray() : locale.name().toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(name.constData(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        collator = ucol_open("", &status);
        if (U_FAILURE(status))
            return nullptr;
    }
    // Accents count, case does not: as MariaDB's utf8mb4_uca1400_as_ci, so both databases give the same order.
    ucol_setStrength(collator, UCOL_SECONDARY);
    return collator;
}

} // namespace

bool SqliteText::install(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(handle, "td_contains", 2, flags, nullptr, contains, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return false;
    UCollator *collator = openCollator();
    if (!collator)
        return false;
    // The collator belongs to this connection (one thread at a time uses it); SQLite closes it with the connection.
    return sqlite3_create_function_v2(handle, "td_sortkey", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      collator, sortKey, nullptr, nullptr,
                                      [](void *data) { ucol_close(static_cast<UCollator *>(data)); })
            == SQLITE_OK;
}
