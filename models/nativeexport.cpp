#include "nativeexport_p.h"

#include "database.h"
#include "jsonwriter.h"
#include "mariadbclient_p.h"
#include "nativehandle_p.h"
#include "timestamps.h"
#include "tutorialsql_p.h"

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

constexpr qint64 FlushBytes = 1 << 20;
constexpr int Columns = 10;
enum Column { TId, TTitle, TDescription, TCreated, TUpdated, CId, CName, CText, CCreated, CUpdated };

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
    explicit MySqlRows(MYSQL *mysql) : my(MariaDbClient::loadedFunctions()), m_mysql(mysql) { }
    ~MySqlRows() override
    {
        if (m_result)
            my.freeResult(m_result);
    }
    bool start()
    {
        if (my.realQuery(m_mysql, TutorialSql::nativeExportMySql, sizeof TutorialSql::nativeExportMySql - 1) != 0)
            return false;
        m_result = my.useResult(m_mysql); // streamed: rows are not all held in memory first
        return m_result && my.numFields(m_result) == Columns;
    }
    bool next() override
    {
        m_row = my.fetchRow(m_result);
        m_lengths = m_row ? my.fetchLengths(m_result) : nullptr;
        return m_row != nullptr;
    }
    const char *data(int column) const override { return m_row[column]; }
    qsizetype size(int column) const override { return qsizetype(m_lengths[column]); }
    QSqlError error() const override
    {
        const unsigned code = my.errorNumber(m_mysql);
        if (code == 0)
            return {};
        return QSqlError(QString(), QString::fromUtf8(my.error(m_mysql)),
                         code >= 2000 && code < 3000 ? QSqlError::ConnectionError : QSqlError::StatementError,
                         QString::number(code));
    }

private:
    const MariaDbClient::Functions &my;
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
        m_status = sqlite3_prepare_v2(m_db, TutorialSql::nativeExportSqlite, sizeof TutorialSql::nativeExportSqlite, &m_statement, nullptr);
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

// Streams rows in tutorial order into the seed's findAll JSON, flushed to `out` a megabyte at a time.
class JsonStream
{
public:
    JsonStream(Rows &rows, QIODevice &out, int indent, const Progress &progress)
        : m_rows(rows), m_out(out), m_progress(progress), m_json(m_buffer, indent)
    {
        m_buffer.reserve(FlushBytes + 64 * 1024);
    }

    // The rows until the last; a failed row is `error` (the database's, for errorFrom), a failed write an Error.
    Result<Counts> write(QSqlError &error)
    {
        m_json.beginArray();
        while (m_rows.next()) {
            const QByteArrayView id(m_rows.data(TId), m_rows.size(TId));
            if (!m_open || id != QByteArrayView(m_currentId)) {
                if (m_open) {
                    closeTutorial();
                    if (auto flushed = flushWhenFull(); !flushed)
                        return flushed.error();
                }
                openTutorial(id);
            }
            if (m_rows.data(CId))
                keepComment();
        }
        error = m_rows.error();
        if (error.type() != QSqlError::NoError)
            return m_counts;
        if (m_open)
            closeTutorial();
        m_json.endArray();
        m_buffer.append('\n');
        if (m_out.write(m_buffer) != m_buffer.size())
            return Error::io(QCoreApplication::translate("NativeExport", "Writing the export failed: %1").arg(m_out.errorString()));
        return m_counts;
    }

private:
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

    qint64 time(int column) const
    {
        const char *value = m_rows.data(column);
        return value ? Timestamps::parse(value, m_rows.size(column)).value_or(0) : 0;
    }

    void writeText(const char *value, qsizetype length)
    {
        if (value)
            m_json.valueUtf8(value, length);
        else
            m_json.nullValue();
    }

    void keep(int column, qsizetype &offset, qsizetype &length)
    {
        const char *value = m_rows.data(column);
        offset = value ? m_arena.size() : -1;
        length = value ? m_rows.size(column) : 0;
        if (value)
            m_arena.append(value, length);
    }

    void openTutorial(QByteArrayView id)
    {
        m_open = true;
        m_currentId = id.toByteArray();
        ++m_counts.tutorials;
        m_json.beginObject();
        m_json.key("id");
        m_json.rawNumber(m_currentId.constData(), m_currentId.size());
        m_json.key("title");
        writeText(m_rows.data(TTitle), m_rows.size(TTitle));
        m_json.key("description");
        writeText(m_rows.data(TDescription), m_rows.size(TDescription));
        m_json.key("createdAt");
        m_json.timestamp(time(TCreated));
        m_json.key("updatedAt");
        m_json.timestamp(time(TUpdated));
    }

    void keepComment()
    {
        PendingComment comment{};
        comment.id = QByteArrayView(m_rows.data(CId), m_rows.size(CId)).toLongLong();
        keep(CName, comment.name, comment.nameLength);
        keep(CText, comment.text, comment.textLength);
        comment.createdAt = time(CCreated);
        comment.updatedAt = time(CUpdated);
        m_comments.push_back(comment);
    }

    void writeComment(const PendingComment &comment)
    {
        m_json.beginObject();
        m_json.key("id");
        m_json.value(comment.id);
        m_json.key("name");
        writeText(comment.name < 0 ? nullptr : m_arena.constData() + comment.name, comment.nameLength);
        m_json.key("text");
        writeText(comment.text < 0 ? nullptr : m_arena.constData() + comment.text, comment.textLength);
        m_json.key("createdAt");
        m_json.timestamp(comment.createdAt);
        m_json.key("updatedAt");
        m_json.timestamp(comment.updatedAt);
        m_json.key("tutorialId");
        m_json.rawNumber(m_currentId.constData(), m_currentId.size());
        m_json.endObject();
    }

    // The open tutorial's comments, in id order.
    void closeTutorial()
    {
        const auto byId = [](const PendingComment &a, const PendingComment &b) { return a.id < b.id; };
        if (!std::is_sorted(m_comments.begin(), m_comments.end(), byId))
            std::sort(m_comments.begin(), m_comments.end(), byId);
        m_json.key("comments");
        m_json.beginArray();
        for (const PendingComment &comment : m_comments)
            writeComment(comment);
        m_json.endArray();
        m_json.endObject();
        m_counts.comments += qint64(m_comments.size());
        m_comments.clear();
        m_arena.clear();
        m_open = false;
    }

    Result<void> flushWhenFull()
    {
        if (m_buffer.size() < FlushBytes)
            return {};
        if (m_out.write(m_buffer) != m_buffer.size())
            return Error::io(QCoreApplication::translate("NativeExport", "Writing the export failed: %1").arg(m_out.errorString()));
        m_buffer.clear();
        if (m_progress && !m_progress(m_counts.tutorials, -1))
            return Error::cancelled(QCoreApplication::translate("NativeExport", "Export cancelled."));
        return {};
    }

    Rows &m_rows;
    QIODevice &m_out;
    const Progress &m_progress;
    QByteArray m_buffer;
    JsonWriter m_json;
    std::vector<PendingComment> m_comments;
    QByteArray m_arena;
    QByteArray m_currentId;
    bool m_open = false;
    Counts m_counts;
};

Result<Counts> writeJson(Database &database, const char *statement, Rows &rows, QIODevice &out, int indent,
                         const Progress &progress)
{
    QSqlError error;
    JsonStream stream(rows, out, indent, progress);
    auto counts = stream.write(error);
    if (error.type() != QSqlError::NoError)
        return database.errorFrom(error, tr("Exporting failed"), QString::fromLatin1(statement));
    return counts;
}

} // namespace

bool isAvailable(const QSqlDatabase &db)
{
    return mysqlHandle(db) || nativeHandle<sqlite3>(db, "sqlite3*", "sqlite3*");
}

Result<Counts> exportJson(Database &database, QSqlDatabase &db, QIODevice &out, int indent, const Progress &progress)
{
    const QString what = tr("Exporting failed");
    if (MYSQL *mysql = mysqlHandle(db)) {
        MySqlRows rows(mysql);
        if (!rows.start())
            return database.errorFrom(rows.error(), what, QString::fromLatin1(TutorialSql::nativeExportMySql));
        return writeJson(database, TutorialSql::nativeExportMySql, rows, out, indent, progress);
    }
    SqliteRows rows(nativeHandle<sqlite3>(db, "sqlite3*", "sqlite3*"));
    if (!rows.start())
        return database.errorFrom(rows.error(), what, QString::fromLatin1(TutorialSql::nativeExportSqlite));
    return writeJson(database, TutorialSql::nativeExportSqlite, rows, out, indent, progress);
}

} // namespace NativeExport
