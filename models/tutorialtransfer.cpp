#include "tutorialtransfer.h"

#include "database.h"
#include "jsonwriter.h"
#include "nativeexport_p.h"
#include "nativeinsert_p.h"
#include "sqlrun_p.h"
#include "timestamps.h"
#include "tutorialjson.h"
#include "tutorialjsonreader.h"
#include "tutorialsql_p.h"
#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

#include <sys/mman.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TutorialSql;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TutorialTransfer", text);
}

// What an import brings is what an export wrote: the Node.js service allows blank titles, names and texts, so an
// import takes them (only what the columns can hold is checked); the window and tutorialctl refuse them typed.
constexpr Origin Kept = Origin::Kept;

constexpr int BatchRows = 500; // rows per multi-row INSERT: one round trip instead of 500 (1,000 to 5,000 measured slower)
constexpr qint64 FlushBytes = 1 << 20;

// A spreadsheet takes a cell that begins with one of these for a formula, and would run `=cmd|...` or `@SUM(...)`
// typed into a comment (CSV injection).
bool startsAFormula(const QByteArray &utf8)
{
    return !utf8.isEmpty() && utf8.front() != '\0' && std::strchr("=+-@\t\r", utf8.front()) != nullptr;
}

void appendCsvField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const bool formula = startsAFormula(utf8);
    if (!formula && !utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r')) {
        out += utf8;
        return;
    }
    out += '"';
    if (formula)
        out += '\''; // OWASP's advice: a single quote makes it text, and the cell stays quoted
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

TutorialTransfer::TutorialTransfer(Database &database) : m_database(database) { }

// One import: every row in the caller's transaction (Sql::write), written in multi-row INSERTs as the tutorials
// arrive. The values are checked (check()) before they come here.
class TutorialTransfer::Importer
{
    Q_DECLARE_TR_FUNCTIONS(TutorialTransfer)

public:
    Importer(Database &database, QSqlDatabase db, const Progress &progress, qint64 total)
        : m_database(database), m_db(std::move(db)), m_mysql(database.isMySql()), m_progress(progress),
          m_total(total), m_fullTutorials(m_db), m_fullComments(m_db), m_native(NativeInsert::forConnection(m_db))
    {
    }

    static QString what() { return tr("Importing failed; nothing was imported"); }

    // Every value of these tutorials (the file's from `firstNumber` on) against the columns, once, before any of
    // them is written: the first bad one names its place in the file.
    static Result<void> check(Validation &validation, const QList<Tutorial> &tutorials, qsizetype firstNumber)
    {
        for (qsizetype i = 0; i < tutorials.size(); ++i) {
            const Tutorial &tutorial = tutorials.at(i);
            if (auto valid = validation.tutorial(tutorial.title, tutorial.description, Kept); !valid)
                return Error::invalid(valid.error().field, tr("Tutorial %1 of the file: %2 Nothing was imported.")
                                                                   .arg(firstNumber + i)
                                                                   .arg(valid.error().message));
            for (qsizetype j = 0; j < tutorial.comments.size(); ++j) {
                const Comment &comment = tutorial.comments.at(j);
                if (auto valid = validation.comment(comment.name, comment.text, Kept); !valid)
                    return Error::invalid(valid.error().field, tr("Comment %1 of tutorial %2 of the file: %3 Nothing "
                                                                  "was imported.")
                                                                       .arg(j + 1)
                                                                       .arg(firstNumber + i)
                                                                       .arg(valid.error().message));
            }
        }
        return {};
    }

    // New ids are given here, above every id in use, so that comments can name their tutorial without a round trip
    // per row. The transaction holds the table (SQLite: the write lock; MySQL: FOR UPDATE).
    Result<void> begin()
    {
        const QString maxIds = m_mysql ? u"SELECT (SELECT COALESCE(MAX(id), 0) FROM tutorials FOR UPDATE), "
                                         "(SELECT COALESCE(MAX(id), 0) FROM comments FOR UPDATE)"_s
                                       : u"SELECT (SELECT COALESCE(MAX(id), 0) FROM tutorials), "
                                         "(SELECT COALESCE(MAX(id), 0) FROM comments)"_s;
        auto query = Sql::run(m_database, m_db, maxIds, {}, what());
        if (!query)
            return query.error();
        if (!query->next())
            return m_database.errorFrom(query->lastError(), what(), maxIds);
        m_nextTutorialId = m_firstTutorialId = query->value(0).toLongLong() + 1;
        m_nextCommentId = query->value(1).toLongLong() + 1;
        if (!m_mysql) {
            // AUTOINCREMENT never reuses an id, even a deleted one: start above what it has handed out.
            QSqlQuery sequence(m_db);
            if (sequence.exec(u"SELECT name, seq FROM sqlite_sequence"_s)) {
                while (sequence.next()) {
                    const qint64 seq = sequence.value(1).toLongLong() + 1;
                    if (sequence.value(0).toString() == u"tutorials")
                        m_nextTutorialId = m_firstTutorialId = std::max(m_nextTutorialId, seq);
                    else if (sequence.value(0).toString() == u"comments")
                        m_nextCommentId = std::max(m_nextCommentId, seq);
                }
            }
        }
        return {};
    }

    // Writes these tutorials and their comments (checked already).
    Result<void> add(const QList<Tutorial> &tutorials)
    {
        for (const Tutorial &tutorial : tutorials) {
            const qint64 id = m_nextTutorialId++;
            m_tutorials.append({id, &tutorial});
            for (const Comment &comment : tutorial.comments) {
                m_comments.append({id, &comment});
                if (m_comments.size() == BatchRows) {
                    // Tutorials first: the comments' foreign key names them.
                    if (auto ok = flushTutorials(); !ok)
                        return ok;
                    if (auto ok = flushComments(); !ok)
                        return ok;
                }
            }
            if (m_tutorials.size() == BatchRows) {
                if (auto ok = flushTutorials(); !ok)
                    return ok;
            }
        }
        // The rows point into `tutorials`: write them all before it goes.
        if (auto ok = flushTutorials(); !ok)
            return ok;
        return flushComments();
    }

    // The statements closed, ready for the commit; with `stored`, the rows as stored, read back inside the
    // transaction: exactly what this import stored, for its undo to compare with.
    Result<Counts> finish(ImportedRows *stored)
    {
        m_fullTutorials.finish();
        m_fullComments.finish();
        m_native.reset(); // its statements closed before the commit
        if (!stored || m_counts.tutorials == 0)
            return m_counts;
        auto rows = Sql::run(m_database, m_db, m_database.dialect(tutorialsInRangeWithComments),
                             {m_firstTutorialId, m_nextTutorialId - 1}, what());
        if (!rows)
            return rows.error();
        *stored = {};
        while (rows->next())
            addImportedRow(*rows, *stored);
        if (rows->lastError().type() != QSqlError::NoError)
            return m_database.errorFrom(rows->lastError(), what(), rows->lastQuery());
        return m_counts;
    }

private:
    struct Row
    {
        qint64 tutorialId;
        const void *value;
    };

    QString stamp(qint64 ms) const { return timestampText(m_database, ms); }

    // The prepared full-size statement, or a one-off one for a last, shorter batch.
    Result<QSqlQuery *> statement(QSqlQuery &full, bool &prepared, QSqlQuery &partial, const char *insert, int rows,
                                  int columns)
    {
        const QString text = QString::fromLatin1(insert) + rowPlaceholders(rows, columns);
        QSqlQuery *query = rows == BatchRows ? &full : &partial;
        if (rows == BatchRows && prepared)
            return query;
        if (!query->prepare(text))
            return m_database.errorFrom(query->lastError(), what(), text);
        prepared = prepared || rows == BatchRows;
        return query;
    }

    // Runs a prepared batch; the statement is logged without its values when it fails.
    Result<void> execBatch(QSqlQuery &query)
    {
        if (!query.exec())
            return m_database.errorFrom(query.lastError(), what(), query.lastQuery());
        return {};
    }

    static NativeInsert::Cell textCell(const QString &text)
    {
        NativeInsert::Cell cell;
        if (!text.isNull()) {
            cell.kind = NativeInsert::Cell::Kind::Text;
            cell.text = text.toUtf8();
        }
        return cell;
    }
    static NativeInsert::Cell integerCell(qint64 value)
    {
        NativeInsert::Cell cell;
        cell.kind = NativeInsert::Cell::Kind::Integer;
        cell.integer = value;
        return cell;
    }
    static NativeInsert::Cell timeCell(qint64 ms)
    {
        NativeInsert::Cell cell;
        cell.kind = NativeInsert::Cell::Kind::Text;
        cell.text = Timestamps::toMySqlText(ms).toLatin1();
        return cell;
    }

    Result<void> flushTutorialsNatively()
    {
        std::vector<NativeInsert::Cell> cells;
        cells.reserve(size_t(m_tutorials.size()) * 5);
        for (const Row &row : std::as_const(m_tutorials)) {
            const auto *tutorial = static_cast<const Tutorial *>(row.value);
            cells.push_back(integerCell(row.tutorialId));
            cells.push_back(textCell(tutorial->title));
            cells.push_back(textCell(tutorial->description));
            cells.push_back(timeCell(tutorial->createdAt));
            cells.push_back(timeCell(tutorial->updatedAt));
        }
        return m_native->exec(m_database, insertTutorialsWithIds, int(m_tutorials.size()), 5, cells, what());
    }

    Result<void> flushTutorials()
    {
        if (m_tutorials.isEmpty())
            return {};
        if (m_native) {
            if (auto ok = flushTutorialsNatively(); !ok)
                return ok;
        } else {
            QSqlQuery partial(m_db);
            auto query = statement(m_fullTutorials, m_tutorialsPrepared, partial, insertTutorialsWithIds,
                                   int(m_tutorials.size()), 5);
            if (!query)
                return query.error();
            int position = 0;
            for (const Row &row : std::as_const(m_tutorials)) {
                const auto *tutorial = static_cast<const Tutorial *>(row.value);
                (*query)->bindValue(position++, row.tutorialId);
                (*query)->bindValue(position++, bindText(tutorial->title));
                (*query)->bindValue(position++, bindText(tutorial->description));
                (*query)->bindValue(position++, stamp(tutorial->createdAt));
                (*query)->bindValue(position++, stamp(tutorial->updatedAt));
            }
            if (auto ok = execBatch(**query); !ok)
                return ok;
        }
        m_counts.tutorials += m_tutorials.size();
        m_tutorials.clear();
        return reportProgress();
    }

    Result<void> flushCommentsNatively()
    {
        std::vector<NativeInsert::Cell> cells;
        cells.reserve(size_t(m_comments.size()) * 6);
        for (const Row &row : std::as_const(m_comments)) {
            const auto *comment = static_cast<const Comment *>(row.value);
            cells.push_back(integerCell(m_nextCommentId++));
            cells.push_back(textCell(comment->name));
            cells.push_back(textCell(comment->text));
            cells.push_back(timeCell(comment->createdAt));
            cells.push_back(timeCell(comment->updatedAt));
            cells.push_back(integerCell(row.tutorialId));
        }
        return m_native->exec(m_database, insertCommentsWithIds, int(m_comments.size()), 6, cells, what());
    }

    Result<void> flushComments()
    {
        if (m_comments.isEmpty())
            return {};
        if (m_native) {
            if (auto ok = flushCommentsNatively(); !ok)
                return ok;
        } else {
            QSqlQuery partial(m_db);
            auto query = statement(m_fullComments, m_commentsPrepared, partial, insertCommentsWithIds,
                                   int(m_comments.size()), 6);
            if (!query)
                return query.error();
            int position = 0;
            for (const Row &row : std::as_const(m_comments)) {
                const auto *comment = static_cast<const Comment *>(row.value);
                (*query)->bindValue(position++, m_nextCommentId++);
                (*query)->bindValue(position++, bindText(comment->name));
                (*query)->bindValue(position++, bindText(comment->text));
                (*query)->bindValue(position++, stamp(comment->createdAt));
                (*query)->bindValue(position++, stamp(comment->updatedAt));
                (*query)->bindValue(position++, row.tutorialId);
            }
            if (auto ok = execBatch(**query); !ok)
                return ok;
        }
        m_counts.comments += m_comments.size();
        m_comments.clear();
        return reportProgress();
    }

    Result<void> reportProgress()
    {
        if (m_progress && !m_progress(m_counts.tutorials + m_counts.comments, m_total))
            return Error::cancelled(tr("Import cancelled; nothing was imported."));
        return {};
    }

    Database &m_database;
    QSqlDatabase m_db;
    bool m_mysql = false;
    Progress m_progress;
    qint64 m_total;
    qint64 m_firstTutorialId = 0; // the import's tutorials have the ids from here to m_nextTutorialId - 1
    qint64 m_nextTutorialId = 0;
    qint64 m_nextCommentId = 0;
    QList<Row> m_tutorials;
    QList<Row> m_comments;
    QSqlQuery m_fullTutorials; // the full-size batch, prepared once
    QSqlQuery m_fullComments;
    std::unique_ptr<NativeInsert> m_native; // MySQL: libmariadb's statements, without QVariant per value
    bool m_tutorialsPrepared = false;
    bool m_commentsPrepared = false;
    Counts m_counts;
};

Result<TutorialTransfer::Counts> TutorialTransfer::importJson(QByteArrayView json, const Progress &progress,
                                                              ImportedRows *stored)
{
    return importBytes(json, progress, stored, {});
}

Result<TutorialTransfer::Counts> TutorialTransfer::importBytes(QByteArrayView json, const Progress &progress,
                                                               ImportedRows *stored,
                                                               const std::function<void(qsizetype)> &read)
{
    Validation validation(m_database);
    return Sql::write(m_database, Importer::what(), [&](QSqlDatabase &db) -> Result<Counts> {
        TutorialJsonReader reader(json); // from the file's start again if the write is tried again
        // Progress counts bytes read: the number of rows is not known before the end.
        const qint64 size = json.size();
        Progress byBytes;
        if (progress)
            byBytes = [&progress, &reader, size](qint64, qint64) { return progress(reader.bytesRead(), size); };
        Importer importer(m_database, db, byBytes, size);
        if (auto ok = importer.begin(); !ok)
            return ok.error();
        while (!reader.atEnd()) {
            const qsizetype first = reader.tutorialsRead() + 1;
            auto batch = reader.next(BatchRows);
            if (!batch)
                return Error{batch.error().kind, batch.error().message + u' ' + tr("Nothing was imported."),
                             batch.error().field, 0};
            if (auto valid = Importer::check(validation, *batch, first); !valid)
                return valid.error();
            if (auto ok = importer.add(*batch); !ok)
                return ok.error();
            if (read)
                read(reader.bytesRead());
        }
        return importer.finish(stored);
    });
}

Result<TutorialTransfer::Counts> TutorialTransfer::importFile(const QString &path, const Progress &progress,
                                                              ImportedRows *stored)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(path, file.errorString()));
    uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
    if (!mapped) { // empty, or not a file that maps (a pipe): read
        const QByteArray contents = file.readAll();
        return importJson(contents, progress, stored);
    }
    const QByteArrayView bytes(mapped, file.size());
    // Bytes read are not needed again (but for an error's line number or a retry, which read them back from the
    // file): the pages behind the reader are let go, so the import's memory does not grow with the file.
    const qsizetype page = qsizetype(sysconf(_SC_PAGESIZE));
    qsizetype released = 0;
    const auto read = [&](qsizetype upTo) {
        const qsizetype end = upTo / page * page;
        if (end > released && madvise(mapped + released, size_t(end - released), MADV_DONTNEED) == 0)
            released = end;
    };
    return importBytes(bytes, progress, stored, read);
}

namespace {

// The rows of tutorialsWithComments as the seed's findAll JSON, flushed to `out` a megabyte at a time.
Result<TutorialTransfer::Counts> writeTutorialsJson(QSqlQuery &query, QIODevice &out, int indent,
                                                   const TutorialTransfer::Progress &progress)
{
    QByteArray buffer;
    buffer.reserve(FlushBytes + 64 * 1024);
    JsonWriter json(buffer, indent);
    TutorialTransfer::Counts counts;
    qint64 currentId = -1;
    json.beginArray();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != currentId) {
            if (currentId >= 0)
                TutorialJson::endTutorial(json);
            if (buffer.size() >= FlushBytes) {
                if (out.write(buffer) != buffer.size())
                    return Error::io(QCoreApplication::translate("TutorialTransfer", "Writing the export failed: %1").arg(out.errorString()));
                buffer.clear();
                if (progress && !progress(counts.tutorials, -1))
                    return Error::cancelled(QCoreApplication::translate("TutorialTransfer", "Export cancelled."));
            }
            currentId = id;
            ++counts.tutorials;
            TutorialJson::beginTutorial(json, tutorialAt(query, 0));
        }
        if (query.isNull(5))
            continue;
        ++counts.comments;
        Comment comment = commentAt(query, 5, false);
        comment.tutorialId = id;
        TutorialJson::writeComment(json, comment);
    }
    if (currentId >= 0)
        TutorialJson::endTutorial(json);
    json.endArray();
    buffer.append('\n');
    if (out.write(buffer) != buffer.size())
        return Error::io(QCoreApplication::translate("TutorialTransfer", "Writing the export failed: %1").arg(out.errorString()));
    return counts;
}

} // namespace

Result<TutorialTransfer::Counts> TutorialTransfer::exportJson(QIODevice &out, const QString &search, int indent,
                                                              const Progress &progress)
{
    const QString what = tr("Exporting failed");
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (search.isEmpty() && NativeExport::isAvailable(*db)) {
        auto native = NativeExport::exportJson(m_database, *db, out, indent, progress);
        if (!native)
            return native.error();
        return withUnassignedCount(Counts{native->tutorials, native->comments, 0});
    }
    QString statement = m_database.dialect(tutorialsWithComments);
    QVariantList values;
    if (!search.isEmpty()) {
        const TextSearch contains = textSearch(m_database, search);
        statement += u" WHERE "_s + contains.condition;
        values = contains.values;
    }
    auto query = Sql::run(m_database, *db, statement + QLatin1String(byTutorialAndComment), values, what);
    if (!query)
        return query.error();
    auto counts = writeTutorialsJson(*query, out, indent, progress);
    if (counts && query->lastError().type() != QSqlError::NoError)
        return m_database.errorFrom(query->lastError(), what, query->lastQuery());
    return search.isEmpty() ? withUnassignedCount(counts) : counts;
}

Result<TutorialTransfer::Counts> TutorialTransfer::withUnassignedCount(Result<Counts> counts)
{
    if (!counts)
        return counts;
    auto unassigned = Sql::scalar(m_database, QString::fromLatin1(countUnassigned), {},
                                  tr("Counting the unassigned comments failed"));
    if (!unassigned)
        return unassigned.error();
    counts->unassignedLeftOut = *unassigned;
    return counts;
}

namespace {

// One row of commentsWithTitles as a CSV line.
void appendCsvRow(QByteArray &buffer, const QSqlQuery &query)
{
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
    Timestamps::appendIso(buffer, timestampAt(query, 5));
    buffer += ',';
    Timestamps::appendIso(buffer, timestampAt(query, 6));
    buffer += "\r\n";
}

} // namespace

Result<qint64> TutorialTransfer::exportCommentsCsv(QIODevice &out, const Progress &progress)
{
    const QString what = tr("Exporting the comments failed");
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = Sql::run(m_database, *db, m_database.dialect(commentsWithTitles), {}, what);
    if (!query)
        return query.error();
    QByteArray buffer("\xEF\xBB\xBFid,tutorialId,tutorial,name,text,createdAt,updatedAt\r\n");
    qint64 rows = 0;
    while (query->next()) {
        appendCsvRow(buffer, *query);
        ++rows;
        if (buffer.size() >= FlushBytes) {
            if (out.write(buffer) != buffer.size())
                return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
            buffer.clear();
            if (progress && !progress(rows, -1))
                return Error::io(tr("Export cancelled."));
        }
    }
    if (query->lastError().type() != QSqlError::NoError)
        return m_database.errorFrom(query->lastError(), what, query->lastQuery());
    if (out.write(buffer) != buffer.size())
        return Error::io(tr("Writing the export failed: %1").arg(out.errorString()));
    return rows;
}
