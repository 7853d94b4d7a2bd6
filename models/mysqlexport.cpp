#include "mysqlexport_p.h"

#include "database.h"
#include "jsonwriter.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <mysql.h>

#include <algorithm>
#include <optional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace MySqlExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TutorialTransfer", text);
}

const char exportAllByTutorial[] =
        "SELECT t.id, t.title, t.description, t.createdAt, t.updatedAt, "
        "c.id, c.name, c.text, c.createdAt, c.updatedAt "
        "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId ORDER BY t.id";
constexpr qint64 FlushBytes = 1 << 20;
constexpr int Columns = 10;
enum Column { TId, TTitle, TDescription, TCreated, TUpdated, CId, CName, CText, CCreated, CUpdated };

MYSQL *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it (st_mysql*); Qt 5 and Qt's documentation say MYSQL*.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "MYSQL*") != 0 && qstrcmp(handle.typeName(), "st_mysql*") != 0))
        return nullptr;
    return *static_cast<MYSQL *const *>(handle.constData());
}

std::optional<qint64> parseDateTime(const char *text, unsigned long length)
{
    return text ? Timestamps::parse(text, qsizetype(length)) : std::nullopt;
}

} // namespace

bool isAvailable(const QSqlDatabase &db)
{
    return nativeHandle(db) != nullptr;
}

// The unfiltered export has no value to bind, so it takes the text protocol, as the mariadb client does: rows
// streamed with mysql_use_result, DATETIME arriving as "YYYY-MM-DD HH:MM:SS" and parsed by hand.
// It asks the server for ORDER BY t.id only: that order comes free from the primary key, where adding c.id makes the
// server sort all rows in a temporary table first. Each tutorial's comments (adjacent, few) are put in id order here.
static Result<TutorialTransfer::Counts> exportAllText(Database &database, MYSQL *mysql, QIODevice &out, int indent,
                                                      const TutorialTransfer::Progress &progress)
{
    const QString what = tr("Exporting failed");
    auto failure = [&]() {
        const unsigned code = mysql_errno(mysql);
        const QSqlError error(QString(), QString::fromUtf8(mysql_error(mysql)),
                              code >= 2000 && code < 3000 ? QSqlError::ConnectionError : QSqlError::StatementError,
                              QString::number(code));
        return database.errorFrom(error, what);
    };
    if (mysql_real_query(mysql, exportAllByTutorial, sizeof exportAllByTutorial - 1) != 0)
        return failure();
    MYSQL_RES *result = mysql_use_result(mysql);
    if (!result)
        return failure();
    std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES *)> resultGuard(result, mysql_free_result);
    if (mysql_num_fields(result) != Columns)
        return Error::database(tr("%1: unexpected result columns").arg(what));

    // The current tutorial's comments, their text kept in one arena.
    struct PendingComment
    {
        qint64 id;
        qint64 createdAt;
        qint64 updatedAt;
        qsizetype name; // offset into the arena, -1 for NULL
        qsizetype nameLength;
        qsizetype text;
        qsizetype textLength;
    };
    std::vector<PendingComment> comments;
    QByteArray arena;
    auto keep = [&arena](const char *value, unsigned long length, qsizetype &offset, qsizetype &size) {
        if (!value) {
            offset = -1;
            size = 0;
            return;
        }
        offset = arena.size();
        size = qsizetype(length);
        arena.append(value, size);
    };

    QByteArray buffer;
    buffer.reserve(FlushBytes + 64 * 1024);
    JsonWriter json(buffer, indent);
    TutorialTransfer::Counts counts;
    QByteArray currentId;
    bool open = false;
    auto writeText = [&json, &arena](qsizetype offset, qsizetype size) {
        if (offset < 0)
            json.nullValue();
        else
            json.valueUtf8(arena.constData() + offset, size);
    };
    auto closeTutorial = [&]() {
        if (!std::is_sorted(comments.begin(), comments.end(),
                            [](const PendingComment &a, const PendingComment &b) { return a.id < b.id; }))
            std::sort(comments.begin(), comments.end(),
                      [](const PendingComment &a, const PendingComment &b) { return a.id < b.id; });
        json.key("comments");
        json.beginArray();
        for (const PendingComment &comment : comments) {
            json.beginObject();
            json.key("id");
            json.value(comment.id);
            json.key("name");
            writeText(comment.name, comment.nameLength);
            json.key("text");
            writeText(comment.text, comment.textLength);
            json.key("createdAt");
            json.timestamp(comment.createdAt);
            json.key("updatedAt");
            json.timestamp(comment.updatedAt);
            json.key("tutorialId");
            json.rawNumber(currentId.constData(), currentId.size());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        counts.comments += qint64(comments.size());
        comments.clear();
        arena.clear();
    };
    auto textValue = [&json](MYSQL_ROW row, const unsigned long *lengths, int column) {
        if (row[column])
            json.valueUtf8(row[column], qsizetype(lengths[column]));
        else
            json.nullValue();
    };
    auto time = [](MYSQL_ROW row, const unsigned long *lengths, int column) {
        return parseDateTime(row[column], lengths[column]).value_or(0);
    };

    json.beginArray();
    while (MYSQL_ROW row = mysql_fetch_row(result)) {
        const unsigned long *lengths = mysql_fetch_lengths(result);
        const QByteArrayView id(row[TId], qsizetype(lengths[TId]));
        if (!open || id != QByteArrayView(currentId)) {
            if (open) {
                closeTutorial();
                if (buffer.size() >= FlushBytes) {
                    if (out.write(buffer) != buffer.size())
                        return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
                    buffer.clear();
                    if (progress && !progress(counts.tutorials, -1))
                        return Error::io(tr("Export cancelled."));
                }
            }
            open = true;
            currentId = id.toByteArray();
            ++counts.tutorials;
            json.beginObject();
            json.key("id");
            json.rawNumber(currentId.constData(), currentId.size());
            json.key("title");
            textValue(row, lengths, TTitle);
            json.key("description");
            textValue(row, lengths, TDescription);
            json.key("createdAt");
            json.timestamp(time(row, lengths, TCreated));
            json.key("updatedAt");
            json.timestamp(time(row, lengths, TUpdated));
        }
        if (!row[CId])
            continue;
        PendingComment comment{};
        comment.id = QByteArrayView(row[CId], qsizetype(lengths[CId])).toLongLong();
        keep(row[CName], lengths[CName], comment.name, comment.nameLength);
        keep(row[CText], lengths[CText], comment.text, comment.textLength);
        comment.createdAt = time(row, lengths, CCreated);
        comment.updatedAt = time(row, lengths, CUpdated);
        comments.push_back(comment);
    }
    if (mysql_errno(mysql) != 0)
        return failure();
    if (open)
        closeTutorial();
    json.endArray();
    buffer.append('\n');
    if (out.write(buffer) != buffer.size())
        return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
    return counts;
}

Result<TutorialTransfer::Counts> exportJson(Database &database, QSqlDatabase &db, QIODevice &out, int indent,
                                            const TutorialTransfer::Progress &progress)
{
    return exportAllText(database, nativeHandle(db), out, indent, progress);
}

} // namespace MySqlExport
