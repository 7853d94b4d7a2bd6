#include "sqlitetext_p.h"

#include <QByteArray>
#include <QLocale>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>
#include <unicode/ucol.h>

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

unsigned char asciiLower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

// `needle` is folded already (lower case, not empty).
bool asciiContains(const unsigned char *text, int size, const QByteArray &needle)
{
    const int length = int(needle.size());
    const auto *wanted = reinterpret_cast<const unsigned char *>(needle.constData());
    const unsigned char first = wanted[0];
    for (int start = 0; start + length <= size; ++start) {
        if (asciiLower(text[start]) != first)
            continue;
        int i = 1;
        while (i < length && asciiLower(text[start + i]) == wanted[i])
            ++i;
        if (i == length)
            return true;
    }
    return false;
}

// The needle of a statement, folded once: it is a bound value, the same for every row.
struct Needle
{
    QString folded;
    QByteArray foldedUtf8;
    bool ascii = true;
};

// The only characters outside ASCII whose case folding is ASCII: KELVIN SIGN (k, E2 84 AA) and LATIN SMALL LETTER
// LONG S (s, C5 BF). One pass, no searcher to set up: this runs for every row.
bool mayFoldToAscii(const unsigned char *text, int size)
{
    for (int i = 0; i < size; ++i) {
        if (text[i] == 0xE2 && i + 2 < size && text[i + 1] == 0x84 && text[i + 2] == 0xAA)
            return true;
        if (text[i] == 0xC5 && i + 1 < size && text[i + 1] == 0xBF)
            return true;
    }
    return false;
}

void contains(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL || sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    auto *needle = static_cast<Needle *>(sqlite3_get_auxdata(context, 1));
    if (!needle) {
        auto *made = new Needle;
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(arguments[1]));
        made->folded = QString::fromUtf8(bytes, sqlite3_value_bytes(arguments[1])).toCaseFolded();
        made->foldedUtf8 = made->folded.toUtf8();
        made->ascii = isAscii(reinterpret_cast<const unsigned char *>(made->foldedUtf8.constData()),
                              int(made->foldedUtf8.size()));
        sqlite3_set_auxdata(context, 1, made, [](void *data) { delete static_cast<Needle *>(data); });
        needle = static_cast<Needle *>(sqlite3_get_auxdata(context, 1)); // SQLite may have dropped it already
        if (!needle) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    if (needle->folded.isEmpty()) {
        sqlite3_result_int(context, 1);
        return;
    }
    const unsigned char *text = sqlite3_value_text(arguments[0]);
    const int size = sqlite3_value_bytes(arguments[0]);
    // The common cases on the UTF-8 bytes, with no conversion: an ASCII needle matches only ASCII letters (a byte of
    // a longer character is never one), unless the text holds one of the two characters that fold to ASCII; a needle
    // that folds to more than ASCII is never in ASCII text.
    if (needle->ascii && !mayFoldToAscii(text, size)) {
        sqlite3_result_int(context, asciiContains(text, size, needle->foldedUtf8) ? 1 : 0);
        return;
    }
    if (!needle->ascii && isAscii(text, size)) {
        sqlite3_result_int(context, 0);
        return;
    }
    // Otherwise in UTF-16 (SQLite converts into its own buffer): Qt's case-insensitive search compares case-folded
    // characters, as toCaseFolded() folds them, without a copy of the text.
    const auto *text16 = static_cast<const char16_t *>(sqlite3_value_text16(arguments[0]));
    const qsizetype length = sqlite3_value_bytes16(arguments[0]) / 2;
    sqlite3_result_int(context, QStringView(text16, length).contains(needle->folded, Qt::CaseInsensitive) ? 1 : 0);
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
