#include "jsonwriter.h"

#include "timestamps.h"

namespace {

// One ASCII character as JSON.stringify writes it: quote, backslash and control characters escaped.
inline void appendAscii(QByteArray &out, char c)
{
    static constexpr char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': out.append("\\\"", 2); break;
    case '\\': out.append("\\\\", 2); break;
    case '\b': out.append("\\b", 2); break;
    case '\f': out.append("\\f", 2); break;
    case '\n': out.append("\\n", 2); break;
    case '\r': out.append("\\r", 2); break;
    case '\t': out.append("\\t", 2); break;
    default:
        if (static_cast<unsigned char>(c) < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 15], hex[c & 15]};
            out.append(escaped, 6);
        } else {
            out.append(c);
        }
    }
}

} // namespace

void JsonWriter::newline(qsizetype level)
{
    if (m_indent <= 0)
        return;
    m_out.append('\n');
    m_out.append(level * m_indent, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Level &level = m_stack.last();
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    newline(m_stack.size());
}

void JsonWriter::begin(char bracket, bool array)
{
    beforeValue();
    m_out.append(bracket);
    m_stack.append({array, true});
}

void JsonWriter::end(char bracket)
{
    const Level level = m_stack.last();
    m_stack.removeLast();
    if (!level.empty)
        newline(m_stack.size());
    m_out.append(bracket);
}

void JsonWriter::key(const char *latin1Name)
{
    Level &level = m_stack.last();
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    newline(m_stack.size());
    m_out.append('"');
    m_out.append(latin1Name);
    m_out.append(m_indent > 0 ? "\": " : "\":");
    m_afterKey = true;
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    const bool negative = number < 0;
    quint64 magnitude = negative ? 0 - static_cast<quint64>(number) : static_cast<quint64>(number);
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (negative)
        *--p = '-';
    m_out.append(p, end - p);
}

void JsonWriter::value(const QString &text)
{
    if (text.isNull()) {
        nullValue();
        return;
    }
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::valueUtf8(const char *utf8, qsizetype size)
{
    beforeValue();
    appendUtf8String(m_out, utf8, size);
}

void JsonWriter::appendUtf8String(QByteArray &out, const char *utf8, qsizetype size)
{
    out.append('"');
    const char *run = utf8;
    const char *end = utf8 + size;
    for (const char *p = utf8; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue; // copied with its run below: most text has nothing to escape
        out.append(run, p - run);
        run = p + 1;
        appendAscii(out, char(c));
    }
    out.append(run, end - run);
    out.append('"');
}

void JsonWriter::rawNumber(const char *digits, qsizetype size)
{
    beforeValue();
    m_out.append(digits, size);
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_out.append("null", 4);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::timestamp(qint64 msSinceEpoch)
{
    beforeValue();
    m_out.append('"');
    Timestamps::appendIso(m_out, msSinceEpoch);
    m_out.append('"');
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.reserve(out.size() + text.size() + 2);
    out.append('"');
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            appendAscii(out, char(c));
        } else if (c < 0x800) {
            out.append(static_cast<char>(0xC0 | (c >> 6)));
            out.append(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c >= 0xD800 && c <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
            const char32_t u = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
            const char bytes[] = {static_cast<char>(0xF0 | (u >> 18)), static_cast<char>(0x80 | ((u >> 12) & 0x3F)),
                                  static_cast<char>(0x80 | ((u >> 6) & 0x3F)), static_cast<char>(0x80 | (u & 0x3F))};
            out.append(bytes, 4);
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            // A lone surrogate: JSON.stringify writes it escaped rather than produce invalid UTF-8.
            const char escaped[] = {'\\', 'u', hex[c >> 12], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15]};
            out.append(escaped, 6);
        } else {
            const char bytes[] = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                                  static_cast<char>(0x80 | (c & 0x3F))};
            out.append(bytes, 3);
        }
    }
    out.append('"');
}
