#include "nativeexport_p.h"

#include "database.h"
#include "jsonwriter.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <mysql.h>
#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace NativeExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NativeExport", text);
}

// MySQL: ORDER BY t.id only. That order comes free from the primary key, where adding c.id makes the server sort
// every row in a temporary table first; each tutorial's few comments are put in id order here instead.
const char mysqlStatement[] = "SELECT t.id, t.title, t.description, t.createdAt, t.updatedAt, "
                              "c.id, c.name, c.text, c.createdAt, c.updatedAt "
                              "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId ORDER BY t.id";
// SQLite walks the comments' tutorialId index in (tutorialId, id) order, so the full order costs it nothing.
const char sqliteStatement[] = "SELECT t.id, t.title, t.description, t.createdAt, t.updatedAt, "
                               "c.id, c.name, c.text, c.createdAt, c.updatedAt "
                               "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId ORDER BY t.id, c.id";
constexpr qint64 FlushBytes = 1 << 20;
constexpr int Columns = 10;
enum Column { TId, TTitle, TDescription, TCreated, TUpdated, CId, CName, CText, CCreated, CUpdated };

template<typename Handle>
Handle *nativeHandle(const QSqlDatabase &db, const char *name, const char *otherName)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it (st_mysql*); Qt's documentation says MYSQL*.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), name) != 0 && qstrcmp(handle.typeName(), otherName) != 0))
        return nullptr;
    return *static_cast<Handle *const *>(handle.constData());
}

// One result row at a time, as UTF-8 bytes; a null pointer is SQL NULL.
class Rows
{
public:
    virtual ~Rows() = default;
    virtual bool next() = 0; // false at the end or on an error
    virtual const char *data(int column) const = 0;
    virtual qsizetype size(int column) const = 0;
    virtual QSqlError error() const = 0; // after next() returned false: NoError at the end
};

class MySqlRows final : public Rows
{
public:
    explicit MySqlRows(MYSQL *mysql) : m_mysql(mysql) { }
    ~MySqlRows() override
    {
        if (m_result)
            mysql_free_result(m_result);
    }
    bool start()
    {
        if (mysql_real_query(m_mysql, mysqlStatement, sizeof mysqlStatement - 1) != 0)
            return false;
        m_result = mysql_use_result(m_mysql); // streamed: rows are not all held in memory first
        return m_result && mysql_num_fields(m_result) == Columns;
    }
    bool next() override
    {
        m_row = mysql_fetch_row(m_result);
        m_lengths = m_row ? mysql_fetch_lengths(m_result) : nullptr;
        return m_row != nullptr;
    }
    const char *data(int column) const override { return m_row[column]; }
    qsizetype size(int column) const override { return qsizetype(m_lengths[column]); }
    QSqlError error() const override
    {
        const unsigned code = mysql_errno(m_mysql);
        if (code == 0)
            return {};
        return QSqlError(QString(), QString::fromUtf8(mysql_error(m_mysql)),
                         code >= 2000 && code < 3000 ? QSqlError::ConnectionError : QSqlError::StatementError,
                         QString::number(code));
    }

private:
    MYSQL *m_mysql;
    MYSQL_RES *m_result = nullptr;
    MYSQL_ROW m_row = nullptr;
    unsigned long *m_lengths = nullptr;
};

class SqliteRows final : public Rows
{
public:
    explicit SqliteRows(sqlite3 *db) : m_db(db) { }
    ~SqliteRows() override { sqlite3_finalize(m_statement); }
    bool start()
    {
        m_status = sqlite3_prepare_v2(m_db, sqliteStatement, sizeof sqliteStatement, &m_statement, nullptr);
        return m_status == SQLITE_OK && sqlite3_column_count(m_statement) == Columns;
    }
    bool next() override
    {
        m_status = sqlite3_step(m_statement);
        return m_status == SQLITE_ROW;
    }
    const char *data(int column) const override
    {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return nullptr;
        return reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    }
    qsizetype size(int column) const override { return sqlite3_column_bytes(m_statement, column); }
    QSqlError error() const override
    {
        if (m_status == SQLITE_DONE || m_status == SQLITE_OK || m_status == SQLITE_ROW)
            return {};
        return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                         QString::number(m_status));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_status = SQLITE_OK;
};

// Streams rows in tutorial order into the seed's findAll JSON.
Result<TutorialTransfer::Counts> writeJson(Database &database, Rows &rows, QIODevice &out, int indent,
                                           const TutorialTransfer::Progress &progress)
{
    const QString what = tr("Exporting failed");
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
    auto keep = [&arena, &rows](int column, qsizetype &offset, qsizetype &length) {
        const char *value = rows.data(column);
        offset = value ? arena.size() : -1;
        length = value ? rows.size(column) : 0;
        if (value)
            arena.append(value, length);
    };
    auto time = [&rows](int column) {
        const char *value = rows.data(column);
        return value ? Timestamps::parse(value, rows.size(column)).value_or(0) : 0;
    };

    QByteArray buffer;
    buffer.reserve(FlushBytes + 64 * 1024);
    JsonWriter json(buffer, indent);
    TutorialTransfer::Counts counts;
    QByteArray currentId;
    bool open = false;
    auto writeText = [&json](const char *value, qsizetype length) {
        if (value)
            json.valueUtf8(value, length);
        else
            json.nullValue();
    };
    auto closeTutorial = [&]() {
        const auto byId = [](const PendingComment &a, const PendingComment &b) { return a.id < b.id; };
        if (!std::is_sorted(comments.begin(), comments.end(), byId))
            std::sort(comments.begin(), comments.end(), byId);
        json.key("comments");
        json.beginArray();
        for (const PendingComment &comment : comments) {
            json.beginObject();
            json.key("id");
            json.value(comment.id);
            json.key("name");
            writeText(comment.name < 0 ? nullptr : arena.constData() + comment.name, comment.nameLength);
            json.key("text");
            writeText(comment.text < 0 ? nullptr : arena.constData() + comment.text, comment.textLength);
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

    json.beginArray();
    while (rows.next()) {
        const QByteArrayView id(rows.data(TId), rows.size(TId));
        if (!open || id != QByteArrayView(currentId)) {
            if (open) {
                closeTutorial();
                if (buffer.size() >= FlushBytes) {
                    if (out.write(buffer) != buffer.size())
                        return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
                    buffer.clear();
                    if (progress && !progress(counts.tutorials, -1))
                        return Error::cancelled(tr("Export cancelled."));
                }
            }
            open = true;
            currentId = id.toByteArray();
            ++counts.tutorials;
            json.beginObject();
            json.key("id");
            json.rawNumber(currentId.constData(), currentId.size());
            json.key("title");
            writeText(rows.data(TTitle), rows.size(TTitle));
            json.key("description");
            writeText(rows.data(TDescription), rows.size(TDescription));
            json.key("createdAt");
            json.timestamp(time(TCreated));
            json.key("updatedAt");
            json.timestamp(time(TUpdated));
        }
        if (!rows.data(CId))
            continue;
        PendingComment comment{};
        comment.id = QByteArrayView(rows.data(CId), rows.size(CId)).toLongLong();
        keep(CName, comment.name, comment.nameLength);
        keep(CText, comment.text, comment.textLength);
        comment.createdAt = time(CCreated);
        comment.updatedAt = time(CUpdated);
        comments.push_back(comment);
    }
    if (const QSqlError error = rows.error(); error.type() != QSqlError::NoError)
        return database.errorFrom(error, what);
    if (open)
        closeTutorial();
    json.endArray();
    buffer.append('\n');
    if (out.write(buffer) != buffer.size())
        return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
    return counts;
}

} // namespace

st_mysql *mysqlHandle(const QSqlDatabase &db)
{
    return nativeHandle<MYSQL>(db, "MYSQL*", "st_mysql*");
}

bool isAvailable(const QSqlDatabase &db)
{
    return nativeHandle<MYSQL>(db, "MYSQL*", "st_mysql*") || nativeHandle<sqlite3>(db, "sqlite3*", "sqlite3*");
}

Result<TutorialTransfer::Counts> exportJson(Database &database, QSqlDatabase &db, QIODevice &out, int indent,
                                            const TutorialTransfer::Progress &progress)
{
    const QString what = tr("Exporting failed");
    if (MYSQL *mysql = nativeHandle<MYSQL>(db, "MYSQL*", "st_mysql*")) {
        MySqlRows rows(mysql);
        if (!rows.start())
            return database.errorFrom(rows.error(), what);
        return writeJson(database, rows, out, indent, progress);
    }
    SqliteRows rows(nativeHandle<sqlite3>(db, "sqlite3*", "sqlite3*"));
    if (!rows.start())
        return database.errorFrom(rows.error(), what);
    return writeJson(database, rows, out, indent, progress);
}

} // namespace NativeExport
