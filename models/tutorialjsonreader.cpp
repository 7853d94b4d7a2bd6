#include "tutorialjsonreader.h"

#include "timestamps.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TutorialJsonReader", text);
}

constexpr int MaxDepth = 256; // deeper nesting than any real file; keeps a hostile file from exhausting the stack

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

TutorialJsonReader::TutorialJsonReader(QByteArrayView json) : m_json(json), m_now(Timestamps::nowMs())
{
    if (m_json.startsWith("\xEF\xBB\xBF"))
        m_pos = 3; // a UTF-8 byte-order mark, as some editors write
}

Error TutorialJsonReader::syntaxErrorAt(qsizetype offset, const QString &what) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_json.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (m_json[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, as an editor shows them.
    const qsizetype column = QString::fromUtf8(m_json.data() + lineStart, offset - lineStart).size() + 1;
    return Error::invalid(u"file"_s,
                          tr("The file is not valid JSON at line %1, column %2: %3.").arg(line).arg(column).arg(what));
}

Error TutorialJsonReader::syntaxError(const QString &what) const
{
    return syntaxErrorAt(m_pos, what);
}

void TutorialJsonReader::skipSpace()
{
    while (m_pos < m_json.size() && isSpace(m_json[m_pos]))
        ++m_pos;
}

bool TutorialJsonReader::readString(QString &out, Error &error)
{
    // At the opening quote.
    ++m_pos;
    QByteArray utf8;
    QString decoded;
    const qsizetype n = m_json.size();
    const char *data = m_json.data();
    qsizetype run = m_pos;
    auto flushRun = [&](qsizetype end) { utf8.append(data + run, end - run); };
    while (m_pos < n) {
        const auto c = static_cast<unsigned char>(data[m_pos]);
        if (c == '"') {
            flushRun(m_pos);
            ++m_pos;
            decoded += QString::fromUtf8(utf8);
            out = decoded.isNull() ? QString(u""_s) : decoded;
            return true;
        }
        if (c < 0x20) {
            error = syntaxError(tr("a control character inside a string (write it as \\n, \\t or \\u00XX)"));
            return false;
        }
        if (c == '\\') {
            flushRun(m_pos);
            decoded += QString::fromUtf8(utf8);
            utf8.clear();
            if (!readEscape(decoded, error))
                return false;
            run = m_pos;
        } else if (c < 0x80) {
            ++m_pos;
        } else if (!skipUtf8Sequence(error)) {
            return false;
        }
    }
    error = syntaxError(tr("the file ends inside a string"));
    return false;
}

bool TutorialJsonReader::readEscape(QString &decoded, Error &error)
{
    const qsizetype n = m_json.size();
    const char *data = m_json.data();
    if (m_pos + 1 >= n) {
        error = syntaxError(tr("the file ends inside a string"));
        return false;
    }
    const char e = data[m_pos + 1];
    m_pos += 2;
    switch (e) {
    case '"': decoded += u'"'; return true;
    case '\\': decoded += u'\\'; return true;
    case '/': decoded += u'/'; return true;
    case 'b': decoded += u'\b'; return true;
    case 'f': decoded += u'\f'; return true;
    case 'n': decoded += u'\n'; return true;
    case 'r': decoded += u'\r'; return true;
    case 't': decoded += u'\t'; return true;
    case 'u': {
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = m_pos + i < n ? hexValue(data[m_pos + i]) : -1;
            if (digit < 0) {
                error = syntaxErrorAt(m_pos - 2, tr("\\u must be followed by four hexadecimal digits"));
                return false;
            }
            value = value * 16 + digit;
        }
        m_pos += 4;
        decoded += QChar(char16_t(value)); // a lone surrogate stays as it is: validation refuses it in words
        return true;
    }
    default:
        error = syntaxErrorAt(m_pos - 2, tr("unknown escape \\%1").arg(QChar::fromLatin1(e)));
        return false;
    }
}

bool TutorialJsonReader::skipUtf8Sequence(Error &error)
{
    // Checked here, since QString::fromUtf8 would replace a bad sequence silently.
    const qsizetype n = m_json.size();
    const char *data = m_json.data();
    const auto c = static_cast<unsigned char>(data[m_pos]);
    int length = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        min = 0x10000;
    }
    char32_t code = length ? c & (0xFF >> (length + 1)) : 0;
    bool valid = length > 0 && m_pos + length <= n;
    for (int i = 1; valid && i < length; ++i) {
        const auto next = static_cast<unsigned char>(data[m_pos + i]);
        valid = (next & 0xC0) == 0x80;
        code = (code << 6) | (next & 0x3F);
    }
    if (!valid || code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        error = syntaxError(tr("invalid UTF-8 (the file must be UTF-8 encoded)"));
        return false;
    }
    m_pos += length;
    return true;
}

bool TutorialJsonReader::skipValue(int depth, Error &error)
{
    skipSpace();
    if (m_pos >= m_json.size()) {
        error = syntaxError(tr("the file ends where a value was expected"));
        return false;
    }
    if (depth > MaxDepth) {
        error = syntaxError(tr("values are nested too deeply"));
        return false;
    }
    const char c = m_json[m_pos];
    if (c == '"') {
        QString ignored;
        return readString(ignored, error);
    }
    if (c == '{')
        return readMembers(error, [this, depth, &error](const QString &) { return skipValue(depth + 1, error); });
    if (c == '[')
        return skipArray(depth, error);
    for (const char *word : {"true", "false", "null"}) {
        if (m_json.sliced(m_pos).startsWith(word)) {
            m_pos += qsizetype(qstrlen(word));
            return true;
        }
    }
    return skipNumber(error);
}

bool TutorialJsonReader::skipArray(int depth, Error &error)
{
    // At '['.
    ++m_pos;
    skipSpace();
    if (m_pos < m_json.size() && m_json[m_pos] == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        if (!skipValue(depth + 1, error))
            return false;
        skipSpace();
        if (m_pos < m_json.size() && m_json[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_json.size() && m_json[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        error = syntaxError(tr("',' or ']' was expected"));
        return false;
    }
}

bool TutorialJsonReader::skipNumber(Error &error)
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const qsizetype start = m_pos;
    auto digits = [this] {
        const qsizetype from = m_pos;
        while (m_pos < m_json.size() && m_json[m_pos] >= '0' && m_json[m_pos] <= '9')
            ++m_pos;
        return m_pos - from;
    };
    if (m_pos < m_json.size() && m_json[m_pos] == '-')
        ++m_pos;
    const qsizetype integerStart = m_pos;
    const qsizetype integer = digits();
    bool valid = integer > 0 && !(integer > 1 && m_json[integerStart] == '0');
    if (valid && m_pos < m_json.size() && m_json[m_pos] == '.') {
        ++m_pos;
        valid = digits() > 0;
    }
    if (valid && m_pos < m_json.size() && (m_json[m_pos] == 'e' || m_json[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_json.size() && (m_json[m_pos] == '+' || m_json[m_pos] == '-'))
            ++m_pos;
        valid = digits() > 0;
    }
    if (!valid) {
        error = syntaxErrorAt(start, tr("a value was expected (a string, a number, an object, an array, true, "
                                        "false or null)"));
        return false;
    }
    return true;
}

bool TutorialJsonReader::readText(QString &out, const char *key, const QString &where, Error &error)
{
    skipSpace();
    if (m_pos < m_json.size() && m_json[m_pos] == '"')
        return readString(out, error);
    const qsizetype start = m_pos;
    if (!skipValue(0, error))
        return false;
    if (m_json.sliced(start, m_pos - start) == "null") {
        out = QString();
        return true;
    }
    error = Error::invalid(QString::fromLatin1(key),
                           tr("%1: \"%2\" must be a string or null.").arg(where, QString::fromLatin1(key)));
    return false;
}

bool TutorialJsonReader::readTime(qint64 &out, qint64 fallback, const char *key, const QString &where, Error &error)
{
    QString text;
    if (!readText(text, key, where, error))
        return false;
    if (text.isNull()) {
        out = fallback;
        return true;
    }
    const auto ms = Timestamps::parse(text);
    if (!ms) {
        error = Error::invalid(QString::fromLatin1(key), tr("%1: \"%2\" is not a timestamp such as "
                                                            "2026-11-25T21:23:58.000Z.")
                                                                 .arg(where, QString::fromLatin1(key)));
        return false;
    }
    out = *ms;
    return true;
}

bool TutorialJsonReader::readMembers(Error &error, const std::function<bool(const QString &key)> &member)
{
    // At '{'.
    ++m_pos;
    skipSpace();
    if (m_pos < m_json.size() && m_json[m_pos] == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipSpace();
        if (m_pos >= m_json.size() || m_json[m_pos] != '"') {
            error = syntaxError(tr("a key in double quotes was expected"));
            return false;
        }
        QString key;
        if (!readString(key, error))
            return false;
        skipSpace();
        if (m_pos >= m_json.size() || m_json[m_pos] != ':') {
            error = syntaxError(tr("':' was expected after a key"));
            return false;
        }
        ++m_pos;
        if (!member(key))
            return false;
        skipSpace();
        if (m_pos < m_json.size() && m_json[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_json.size() && m_json[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        error = syntaxError(tr("',' or '}' was expected"));
        return false;
    }
}

bool TutorialJsonReader::atObject(const QString &field, const QString &where, Error &error)
{
    skipSpace();
    if (m_pos < m_json.size() && m_json[m_pos] == '{')
        return true;
    if (skipValue(0, error)) // a value of another type: skipped whole, so the message is about the type
        error = Error::invalid(field, tr("%1 is not an object.").arg(where));
    return false;
}

void TutorialJsonReader::defaultTimes(qint64 &createdAt, qint64 &updatedAt, bool hasCreated, bool hasUpdated) const
{
    if (!hasCreated)
        createdAt = m_now; // as Sequelize does for a row created now
    if (!hasUpdated || updatedAt < 0)
        updatedAt = createdAt;
}

bool TutorialJsonReader::readComment(Comment &comment, const QString &where, Error &error)
{
    if (!atObject(u"comments"_s, where, error))
        return false;
    bool hasCreated = false;
    bool hasUpdated = false;
    const bool read = readMembers(error, [&](const QString &key) {
        if (key == u"name")
            return readText(comment.name, "name", where, error);
        if (key == u"text")
            return readText(comment.text, "text", where, error);
        if (key == u"createdAt")
            return hasCreated = true, readTime(comment.createdAt, m_now, "createdAt", where, error);
        if (key == u"updatedAt")
            return hasUpdated = true, readTime(comment.updatedAt, -1, "updatedAt", where, error);
        return skipValue(0, error);
    });
    if (!read)
        return false;
    defaultTimes(comment.createdAt, comment.updatedAt, hasCreated, hasUpdated);
    return true;
}

bool TutorialJsonReader::readComments(Tutorial &tutorial, const QString &where, Error &error)
{
    skipSpace();
    if (m_pos >= m_json.size() || m_json[m_pos] != '[') {
        const qsizetype start = m_pos;
        if (!skipValue(0, error))
            return false;
        if (m_json.sliced(start, m_pos - start) == "null")
            return true;
        error = Error::invalid(u"comments"_s, tr("%1: \"comments\" must be an array.").arg(where));
        return false;
    }
    ++m_pos;
    skipSpace();
    if (m_pos < m_json.size() && m_json[m_pos] == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        Comment comment;
        const QString commentWhere =
                tr("comment %1 of tutorial %2 of the file").arg(tutorial.comments.size() + 1).arg(m_read + 1);
        if (!readComment(comment, commentWhere, error))
            return false;
        tutorial.comments.append(std::move(comment));
        skipSpace();
        if (m_pos < m_json.size() && m_json[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_json.size() && m_json[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        error = syntaxError(tr("',' or ']' was expected"));
        return false;
    }
}

bool TutorialJsonReader::readTutorial(Tutorial &tutorial, Error &error)
{
    const QString where = tr("tutorial %1 of the file").arg(m_read + 1);
    if (!atObject(u"file"_s, where, error))
        return false;
    bool hasCreated = false;
    bool hasUpdated = false;
    const bool read = readMembers(error, [&](const QString &key) {
        if (key == u"title")
            return readText(tutorial.title, "title", where, error);
        if (key == u"description")
            return readText(tutorial.description, "description", where, error);
        if (key == u"createdAt")
            return hasCreated = true, readTime(tutorial.createdAt, m_now, "createdAt", where, error);
        if (key == u"updatedAt")
            return hasUpdated = true, readTime(tutorial.updatedAt, -1, "updatedAt", where, error);
        if (key == u"comments")
            return readComments(tutorial, where, error);
        return skipValue(0, error);
    });
    if (!read)
        return false;
    defaultTimes(tutorial.createdAt, tutorial.updatedAt, hasCreated, hasUpdated);
    return true;
}

Result<QList<Tutorial>> TutorialJsonReader::next(qsizetype count)
{
    QList<Tutorial> tutorials;
    if (m_done)
        return tutorials;
    Error error;
    if (!m_started) {
        skipSpace();
        if (m_pos >= m_json.size())
            return syntaxError(tr("the file is empty"));
        if (m_json[m_pos] != '[') {
            const qsizetype start = m_pos;
            if (!skipValue(0, error))
                return error;
            Q_UNUSED(start);
            return Error::invalid(u"file"_s, tr("The file must hold a JSON array of tutorials, as `tutorial list` "
                                                "prints it."));
        }
        ++m_pos;
        m_started = true;
        skipSpace();
        if (m_pos < m_json.size() && m_json[m_pos] == ']') {
            ++m_pos;
            m_done = true;
        } else {
            --m_pos; // so that the loop below reads the first element as if after a ','
        }
    }
    while (!m_done && tutorials.size() < count) {
        ++m_pos; // past '[' or ','
        Tutorial tutorial;
        if (!readTutorial(tutorial, error))
            return error;
        tutorials.append(std::move(tutorial));
        ++m_read;
        skipSpace();
        if (m_pos < m_json.size() && m_json[m_pos] == ',')
            continue;
        if (m_pos < m_json.size() && m_json[m_pos] == ']') {
            ++m_pos;
            m_done = true;
            break;
        }
        return syntaxError(tr("',' or ']' was expected"));
    }
    if (m_done) {
        skipSpace();
        if (m_pos < m_json.size())
            return syntaxError(tr("there is more after the end of the array"));
    }
    return tutorials;
}
