#include "database.h"
#include "timestamps.h"
#include "tutorialsql_p.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace TutorialSql {

QString rowPlaceholders(int rows, int columns)
{
    QString row = u"("_s;
    for (int c = 0; c < columns; ++c)
        row += c ? u", ?"_s : u"?"_s;
    row += u')';
    QStringList all;
    all.reserve(rows);
    for (int r = 0; r < rows; ++r)
        all << row;
    return all.join(u", "_s);
}

QString idPlaceholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        marks += i ? u",?"_s : u"?"_s;
    return marks;
}

QVariant bindText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant bindId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QString timestampText(const Database &database, qint64 ms)
{
    return database.isMySql() ? Timestamps::toMySqlText(ms) : Timestamps::toSqliteText(ms);
}

QVariantList ids(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (const qint64 id : ids)
        values.append(id);
    return values;
}

QString textAt(const QSqlQuery &query, int column)
{
    return query.isNull(column) ? QString() : query.value(column).toString();
}

qint64 timestampAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    if (value.metaType().id() == QMetaType::QDateTime) // a driver that typed the column itself
        return value.toDateTime().toMSecsSinceEpoch();
    return Timestamps::parse(value.toString()).value_or(0);
}

TutorialRow tutorialAt(const QSqlQuery &query, int first)
{
    TutorialRow row;
    row.id = query.value(first).toLongLong();
    row.title = textAt(query, first + 1);
    row.description = textAt(query, first + 2);
    row.createdAt = timestampAt(query, first + 3);
    row.updatedAt = timestampAt(query, first + 4);
    return row;
}

Comment commentAt(const QSqlQuery &query, int first, bool withTutorialId)
{
    Comment comment;
    comment.id = query.value(first).toLongLong();
    comment.name = textAt(query, first + 1);
    comment.text = textAt(query, first + 2);
    comment.createdAt = timestampAt(query, first + 3);
    comment.updatedAt = timestampAt(query, first + 4);
    if (withTutorialId && !query.isNull(first + 5))
        comment.tutorialId = query.value(first + 5).toLongLong();
    return comment;
}

TutorialSummary summaryAt(const QSqlQuery &query)
{
    const TutorialRow row = tutorialAt(query, 0);
    return {row.id, row.title, row.description, row.createdAt, row.updatedAt, 0};
}

void appendTutorialWithComments(const QSqlQuery &query, QList<Tutorial> &tutorials)
{
    const qint64 id = query.value(0).toLongLong();
    if (tutorials.isEmpty() || tutorials.last().id != id) {
        Tutorial tutorial;
        static_cast<TutorialRow &>(tutorial) = tutorialAt(query, 0);
        tutorials.append(std::move(tutorial));
    }
    if (query.isNull(5))
        return;
    Comment comment = commentAt(query, 5, false);
    comment.tutorialId = id;
    tutorials.last().comments.append(std::move(comment));
}

void addImportedRow(const QSqlQuery &query, ImportedRows &rows)
{
    const qint64 id = query.value(0).toLongLong();
    if (rows.isEmpty() || rows.lastTutorialId() != id)
        rows.add(tutorialAt(query, 0));
    if (query.isNull(5))
        return;
    Comment comment = commentAt(query, 5, false);
    comment.tutorialId = id;
    rows.add(comment);
}

QString escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'!' || c == u'%' || c == u'_')
            escaped += u'!';
        escaped += c;
    }
    return escaped;
}

bool matchesOnlyItself(QChar c)
{
    // Measured on MariaDB 10.11 over every code point (tst_tutorialservice measures it again on the test server). A
    // collation's weights never change once it is released: indexes are sorted by them.
    const char16_t u = c.unicode();
    return u >= 0x20 && u < 0x7f && !(u >= u'A' && u <= u'Z') && !(u >= u'a' && u <= u'z');
}

QString selfMatchingRun(const QString &search)
{
    QString best;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= search.size(); ++i) {
        if (i < search.size() && matchesOnlyItself(search.at(i))) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start >= 0 && i - start > best.size()) {
            const QString run = search.mid(start, i - start);
            if (!run.trimmed().isEmpty()) // spaces alone are in nearly every row: no help
                best = run;
        }
        start = -1;
    }
    return best;
}

TextSearch textSearch(const Database &database, const QString &search, bool asciiBytes)
{
    // What the Node.js service's tables do on a MariaDB server with its usual default collation, utf8mb4_general_ci:
    // case and accents ignored, for all of Unicode. Named on the pattern, so that a server whose tables say
    // otherwise (_bin, latin1) searches the same way; where they say so already, it costs nothing. SQLite's own LIKE
    // folds ASCII only: td_contains (SqliteText) does what general_ci does, and takes the text literally.
    if (database.isSqlite())
        return {u"(td_contains(t.title, ?) OR td_contains(t.description, ?))"_s, {search, search}};
    const QString pattern = u'%' + escapeLike(search) + u'%';
    const QString folded = u"(t.title LIKE ? COLLATE utf8mb4_general_ci ESCAPE '!' OR t.description LIKE ? COLLATE "
                           "utf8mb4_general_ci ESCAPE '!')"_s;
    const QString run = asciiBytes ? selfMatchingRun(search) : QString();
    if (run.isEmpty())
        return {folded, {pattern, pattern}};
    // A row that matches has the run's characters, in a row, in its text: as bytes, with a LIKE that compares bytes
    // (a fifth of the collation's cost per row, measured), before the collation's LIKE looks at what is left.
    const QString bytes = u'%' + escapeLike(run) + u'%';
    return {u"((t.title LIKE BINARY ? ESCAPE '!' OR t.description LIKE BINARY ? ESCAPE '!') AND "_s + folded + u')',
            {bytes, bytes, pattern, pattern}};
}

} // namespace TutorialSql
