#include "tutorialtransfer.h"

#include "database.h"
#include "jsonwriter.h"
#include "nativeexport_p.h"
#include "schema.h"
#include "timestamps.h"
#include "tutorialservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TutorialTransfer", text);
}

const char *const exportAll =
        "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
        "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId ORDER BY t.id, c.id";
const char *const exportSearch =
        "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
        "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId "
        "WHERE t.title LIKE ? ESCAPE '!' OR t.description LIKE ? ESCAPE '!' ORDER BY t.id, c.id";
const char *const exportComments =
        "SELECT c.id, c.tutorialId, t.title, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM comments c LEFT OUTER JOIN tutorials t ON c.tutorialId = t.id ORDER BY c.id";

constexpr int BatchRows = 500; // rows per multi-row INSERT: one round trip instead of 500
constexpr qint64 FlushBytes = 1 << 20;

QVariant bindText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// Line and column (1-based) of a byte offset, for a person looking at the file in an editor.
QString position(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(json.constData() + lineStart, offset - lineStart).size()) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

Result<QString> textField(const QJsonObject &object, const char *key, const QString &where)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return Error::invalid(QString::fromLatin1(key),
                              tr("%1: \"%2\" must be a string or null.").arg(where, QString::fromLatin1(key)));
    QString text = value.toString();
    if (text.isNull())
        text = u""_s;
    return text;
}

Result<qint64> timeField(const QJsonObject &object, const char *key, const QString &where, qint64 fallback)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    const auto ms = value.isString() ? Timestamps::parse(value.toString()) : std::nullopt;
    if (!ms)
        return Error::invalid(QString::fromLatin1(key), tr("%1: \"%2\" is not a timestamp such as "
                                                           "2026-11-25T21:23:58.000Z.")
                                                                .arg(where, QString::fromLatin1(key)));
    return *ms;
}

QString placeholders(int rows, int columns)
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

void appendCsvField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r')) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

TutorialTransfer::TutorialTransfer(Database &database) : m_database(database) { }

Result<QList<Tutorial>> TutorialTransfer::parseJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(u"file"_s, tr("The file is not valid JSON at %1: %2.")
                                                 .arg(position(json, parseError.offset), parseError.errorString()));
    if (!document.isArray())
        return Error::invalid(u"file"_s, tr("The file must hold a JSON array of tutorials, as `tutorial list` "
                                            "prints it."));
    const qint64 now = Timestamps::nowMs();
    const QJsonArray array = document.array();
    QList<Tutorial> tutorials;
    tutorials.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = tr("tutorial %1 of the file").arg(i + 1);
        if (!array.at(i).isObject())
            return Error::invalid(u"file"_s, tr("%1 is not an object.").arg(where));
        const QJsonObject object = array.at(i).toObject();
        Tutorial tutorial;
        auto title = textField(object, "title", where);
        if (!title)
            return title.error();
        auto description = textField(object, "description", where);
        if (!description)
            return description.error();
        auto created = timeField(object, "createdAt", where, now);
        if (!created)
            return created.error();
        auto updated = timeField(object, "updatedAt", where, *created);
        if (!updated)
            return updated.error();
        tutorial.title = *title;
        tutorial.description = *description;
        tutorial.createdAt = *created;
        tutorial.updatedAt = *updated;
        const QJsonValue comments = object.value(u"comments"_s);
        if (!comments.isUndefined() && !comments.isNull() && !comments.isArray())
            return Error::invalid(u"comments"_s, tr("%1: \"comments\" must be an array.").arg(where));
        const QJsonArray commentArray = comments.toArray();
        tutorial.comments.reserve(commentArray.size());
        for (qsizetype j = 0; j < commentArray.size(); ++j) {
            const QString commentWhere = tr("comment %1 of tutorial %2 of the file").arg(j + 1).arg(i + 1);
            if (!commentArray.at(j).isObject())
                return Error::invalid(u"comments"_s, tr("%1 is not an object.").arg(commentWhere));
            const QJsonObject commentObject = commentArray.at(j).toObject();
            Comment comment;
            auto name = textField(commentObject, "name", commentWhere);
            if (!name)
                return name.error();
            auto text = textField(commentObject, "text", commentWhere);
            if (!text)
                return text.error();
            auto commentCreated = timeField(commentObject, "createdAt", commentWhere, now);
            if (!commentCreated)
                return commentCreated.error();
            auto commentUpdated = timeField(commentObject, "updatedAt", commentWhere, *commentCreated);
            if (!commentUpdated)
                return commentUpdated.error();
            comment.name = *name;
            comment.text = *text;
            comment.createdAt = *commentCreated;
            comment.updatedAt = *commentUpdated;
            tutorial.comments.append(std::move(comment));
        }
        tutorials.append(std::move(tutorial));
    }
    return tutorials;
}

Result<TutorialTransfer::Counts> TutorialTransfer::importTutorials(const QList<Tutorial> &tutorials,
                                                                   const Progress &progress)
{
    const QString what = tr("Importing failed; nothing was imported");
    TutorialService service(m_database);
    Counts counts;
    for (qsizetype i = 0; i < tutorials.size(); ++i) {
        const Tutorial &tutorial = tutorials.at(i);
        if (auto valid = service.validateTutorial(tutorial.title, tutorial.description); !valid)
            return Error::invalid(valid.error().field,
                                  tr("Tutorial %1 of the file: %2 Nothing was imported.").arg(i + 1).arg(valid.error().message));
        for (qsizetype j = 0; j < tutorial.comments.size(); ++j) {
            const Comment &comment = tutorial.comments.at(j);
            if (auto valid = service.validateComment(comment.name, comment.text); !valid)
                return Error::invalid(valid.error().field, tr("Comment %1 of tutorial %2 of the file: %3 Nothing was "
                                                              "imported.")
                                                                   .arg(j + 1)
                                                                   .arg(i + 1)
                                                                   .arg(valid.error().message));
        }
        counts.comments += tutorial.comments.size();
    }
    counts.tutorials = tutorials.size();
    const qint64 total = counts.tutorials + counts.comments;

    auto db = m_database.connection();
    if (!db)
        return db.error();
    const bool mysql = m_database.isMySql();
    auto stamp = [mysql](qint64 ms) {
        return mysql ? Timestamps::toMySqlText(ms) : Timestamps::toSqliteText(ms);
    };
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);

    // New ids are given here, above every id in use, so that comments can name their tutorial without a
    // round trip per row. The transaction holds the table (SQLite: the write lock; MySQL: FOR UPDATE).
    qint64 nextTutorialId = 0;
    qint64 nextCommentId = 0;
    {
        QSqlQuery query(*db);
        const QString maxIds = mysql ? u"SELECT (SELECT COALESCE(MAX(id), 0) FROM tutorials FOR UPDATE), "
                                       "(SELECT COALESCE(MAX(id), 0) FROM comments FOR UPDATE)"_s
                                     : u"SELECT (SELECT COALESCE(MAX(id), 0) FROM tutorials), "
                                       "(SELECT COALESCE(MAX(id), 0) FROM comments)"_s;
        if (!query.exec(maxIds) || !query.next())
            return m_database.errorFrom(query.lastError(), what);
        nextTutorialId = query.value(0).toLongLong() + 1;
        nextCommentId = query.value(1).toLongLong() + 1;
        if (!mysql) {
            // AUTOINCREMENT never reuses an id, even a deleted one: start above what it has handed out.
            QSqlQuery sequence(*db);
            if (sequence.exec(u"SELECT name, seq FROM sqlite_sequence"_s)) {
                while (sequence.next()) {
                    const qint64 seq = sequence.value(1).toLongLong() + 1;
                    if (sequence.value(0).toString() == u"tutorials")
                        nextTutorialId = std::max(nextTutorialId, seq);
                    else if (sequence.value(0).toString() == u"comments")
                        nextCommentId = std::max(nextCommentId, seq);
                }
            }
        }
    }

    const QString insertTutorials = u"INSERT INTO tutorials (id, title, description, createdAt, updatedAt) VALUES "_s;
    const QString insertComments =
            u"INSERT INTO comments (id, name, `text`, createdAt, updatedAt, tutorialId) VALUES "_s;
    QSqlQuery fullTutorials(*db);
    QSqlQuery fullComments(*db);
    bool fullTutorialsPrepared = false;
    bool fullCommentsPrepared = false;
    qint64 done = 0;

    // Tutorials, BatchRows at a time.
    for (qsizetype start = 0; start < tutorials.size(); start += BatchRows) {
        const int rows = int(std::min<qsizetype>(BatchRows, tutorials.size() - start));
        QSqlQuery partial(*db);
        QSqlQuery *query = &fullTutorials;
        if (rows == BatchRows) {
            if (!fullTutorialsPrepared && !fullTutorials.prepare(insertTutorials + placeholders(rows, 5)))
                return m_database.errorFrom(fullTutorials.lastError(), what);
            fullTutorialsPrepared = true;
        } else {
            query = &partial;
            if (!partial.prepare(insertTutorials + placeholders(rows, 5)))
                return m_database.errorFrom(partial.lastError(), what);
        }
        int position = 0;
        for (int r = 0; r < rows; ++r) {
            const Tutorial &tutorial = tutorials.at(start + r);
            query->bindValue(position++, nextTutorialId + start + r);
            query->bindValue(position++, bindText(tutorial.title));
            query->bindValue(position++, bindText(tutorial.description));
            query->bindValue(position++, stamp(tutorial.createdAt));
            query->bindValue(position++, stamp(tutorial.updatedAt));
        }
        if (!query->exec())
            return m_database.errorFrom(query->lastError(), what);
        done += rows;
        if (progress && !progress(done, total))
            return Error::io(tr("Import cancelled; nothing was imported."));
    }

    // Comments, BatchRows at a time across tutorials.
    struct Pending
    {
        const Comment *comment;
        qint64 tutorialId;
    };
    QList<Pending> pending;
    pending.reserve(BatchRows);
    qint64 commentId = nextCommentId;
    auto flush = [&]() -> Result<void> {
        if (pending.isEmpty())
            return {};
        const int rows = int(pending.size());
        QSqlQuery partial(*db);
        QSqlQuery *query = &fullComments;
        if (rows == BatchRows) {
            if (!fullCommentsPrepared && !fullComments.prepare(insertComments + placeholders(rows, 6)))
                return m_database.errorFrom(fullComments.lastError(), what);
            fullCommentsPrepared = true;
        } else {
            query = &partial;
            if (!partial.prepare(insertComments + placeholders(rows, 6)))
                return m_database.errorFrom(partial.lastError(), what);
        }
        int position = 0;
        for (const Pending &row : std::as_const(pending)) {
            query->bindValue(position++, commentId++);
            query->bindValue(position++, bindText(row.comment->name));
            query->bindValue(position++, bindText(row.comment->text));
            query->bindValue(position++, stamp(row.comment->createdAt));
            query->bindValue(position++, stamp(row.comment->updatedAt));
            query->bindValue(position++, row.tutorialId);
        }
        if (!query->exec())
            return m_database.errorFrom(query->lastError(), what);
        done += rows;
        pending.clear();
        if (progress && !progress(done, total))
            return Error::io(tr("Import cancelled; nothing was imported."));
        return {};
    };
    for (qsizetype i = 0; i < tutorials.size(); ++i) {
        for (const Comment &comment : tutorials.at(i).comments) {
            pending.append({&comment, nextTutorialId + i});
            if (pending.size() == BatchRows) {
                if (auto ok = flush(); !ok)
                    return ok.error();
            }
        }
    }
    if (auto ok = flush(); !ok)
        return ok.error();

    fullTutorials.finish();
    fullComments.finish();
    if (!transaction.commit())
        return m_database.errorFrom(transaction.lastError(), what);
    return counts;
}

Result<TutorialTransfer::Counts> TutorialTransfer::exportJson(QIODevice &out, const QString &search, int indent,
                                                              const Progress &progress)
{
    const QString what = tr("Exporting failed");
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (search.isEmpty() && NativeExport::isAvailable(*db))
        return NativeExport::exportJson(m_database, *db, out, indent, progress);
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (search.isEmpty()) {
        query.prepare(m_database.dialect(exportAll));
    } else {
        query.prepare(m_database.dialect(exportSearch));
        const QString pattern = u'%' + TutorialService::escapeLike(search) + u'%';
        query.addBindValue(pattern);
        query.addBindValue(pattern);
    }
    if (!query.exec())
        return m_database.errorFrom(query.lastError(), what);

    QByteArray buffer;
    buffer.reserve(FlushBytes + 64 * 1024);
    JsonWriter json(buffer, indent);
    Counts counts;
    qint64 currentId = -1;
    auto text = [&query](int column) { return query.isNull(column) ? QString() : query.value(column).toString(); };
    auto time = [&query](int column) { return Timestamps::parse(query.value(column).toString()).value_or(0); };
    auto flush = [&]() -> bool {
        if (out.write(buffer) != buffer.size())
            return false;
        buffer.clear();
        return true;
    };
    json.beginArray();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != currentId) {
            if (currentId >= 0) {
                json.endArray();
                json.endObject();
                if (buffer.size() >= FlushBytes) {
                    if (!flush())
                        return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
                    if (progress && !progress(counts.tutorials, -1))
                        return Error::io(tr("Export cancelled."));
                }
            }
            currentId = id;
            ++counts.tutorials;
            json.beginObject();
            json.key("id");
            json.value(id);
            json.key("title");
            json.value(text(1));
            json.key("description");
            json.value(text(2));
            json.key("createdAt");
            json.timestamp(time(3));
            json.key("updatedAt");
            json.timestamp(time(4));
            json.key("comments");
            json.beginArray();
        }
        if (query.isNull(5))
            continue;
        ++counts.comments;
        json.beginObject();
        json.key("id");
        json.value(query.value(5).toLongLong());
        json.key("name");
        json.value(text(6));
        json.key("text");
        json.value(text(7));
        json.key("createdAt");
        json.timestamp(time(8));
        json.key("updatedAt");
        json.timestamp(time(9));
        json.key("tutorialId");
        json.value(id);
        json.endObject();
    }
    if (query.lastError().type() != QSqlError::NoError)
        return m_database.errorFrom(query.lastError(), what);
    if (currentId >= 0) {
        json.endArray();
        json.endObject();
    }
    json.endArray();
    buffer.append('\n');
    if (!flush())
        return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
    return counts;
}

Result<qint64> TutorialTransfer::exportCommentsCsv(QIODevice &out, const Progress &progress)
{
    const QString what = tr("Exporting the comments failed");
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.exec(m_database.dialect(exportComments)))
        return m_database.errorFrom(query.lastError(), what);
    QByteArray buffer("\xEF\xBB\xBFid,tutorialId,tutorial,name,text,createdAt,updatedAt\r\n");
    qint64 rows = 0;
    while (query.next()) {
        buffer += QByteArray::number(query.value(0).toLongLong()) + ',';
        if (!query.isNull(1))
            buffer += QByteArray::number(query.value(1).toLongLong());
        buffer += ',';
        appendCsvField(buffer, query.value(2).toString());
        buffer += ',';
        appendCsvField(buffer, query.value(3).toString());
        buffer += ',';
        appendCsvField(buffer, query.value(4).toString());
        buffer += ',';
        Timestamps::appendIso(buffer, Timestamps::parse(query.value(5).toString()).value_or(0));
        buffer += ',';
        Timestamps::appendIso(buffer, Timestamps::parse(query.value(6).toString()).value_or(0));
        buffer += "\r\n";
        ++rows;
        if (buffer.size() >= FlushBytes) {
            if (out.write(buffer) != buffer.size())
                return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
            buffer.clear();
            if (progress && !progress(rows, -1))
                return Error::io(tr("Export cancelled."));
        }
    }
    if (query.lastError().type() != QSqlError::NoError)
        return m_database.errorFrom(query.lastError(), what);
    if (out.write(buffer) != buffer.size())
        return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
    return rows;
}
