#include "tutorialtransfer.h"

#include "database.h"
#include "jsonwriter.h"
#include "nativeexport_p.h"
#include "nativeinsert_p.h"
#include "schema.h"
#include "timestamps.h"
#include "tutorialjsonreader.h"
#include "tutorialservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

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
const char *const exportSearch = // + WHERE TutorialService::textSearch() + ORDER BY t.id, c.id
        "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
        "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId";
const char *const exportComments =
        "SELECT c.id, c.tutorialId, t.title, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM comments c LEFT OUTER JOIN tutorials t ON c.tutorialId = t.id ORDER BY c.id";

// What an import brings is what an export wrote: the Node.js service allows blank titles, names and texts, so an
// import takes them (only what the columns can hold is checked); the window and tutorialctl refuse them typed.
constexpr TutorialService::Origin Kept = TutorialService::Origin::Kept;

constexpr int BatchRows = 500; // rows per multi-row INSERT: one round trip instead of 500 (1,000 to 5,000 measured slower)
constexpr qint64 FlushBytes = 1 << 20;

QVariant bindText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
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

Result<QList<Tutorial>> TutorialTransfer::parseJson(const QByteArray &json)
{
    TutorialJsonReader reader(json);
    QList<Tutorial> tutorials;
    while (!reader.atEnd()) {
        auto batch = reader.next(1024);
        if (!batch)
            return batch.error();
        tutorials.append(std::move(*batch));
    }
    return tutorials;
}

// One import: every row in one transaction, written in multi-row INSERTs as the tutorials arrive.
class TutorialTransfer::Importer
{
    Q_DECLARE_TR_FUNCTIONS(TutorialTransfer)

public:
    Importer(Database &database, const Progress &progress, qint64 total)
        : m_database(database), m_service(database), m_progress(progress), m_total(total)
    {
    }

    Result<void> begin()
    {
        auto db = m_database.connection();
        if (!db)
            return db.error();
        m_db = *db;
        m_mysql = m_database.isMySql();
        m_fullTutorials.emplace(m_db);
        m_fullComments.emplace(m_db);
        m_native = NativeInsert::forConnection(m_db);
        m_transaction = std::make_unique<Transaction>(m_db);
        if (!m_transaction->isActive())
            return m_database.errorFrom(m_transaction->lastError(), what());
        // New ids are given here, above every id in use, so that comments can name their tutorial without a
        // round trip per row. The transaction holds the table (SQLite: the write lock; MySQL: FOR UPDATE).
        QSqlQuery query(m_db);
        const QString maxIds = m_mysql ? u"SELECT (SELECT COALESCE(MAX(id), 0) FROM tutorials FOR UPDATE), "
                                         "(SELECT COALESCE(MAX(id), 0) FROM comments FOR UPDATE)"_s
                                       : u"SELECT (SELECT COALESCE(MAX(id), 0) FROM tutorials), "
                                         "(SELECT COALESCE(MAX(id), 0) FROM comments)"_s;
        if (!query.exec(maxIds) || !query.next())
            return m_database.errorFrom(query.lastError(), what());
        m_nextTutorialId = query.value(0).toLongLong() + 1;
        m_nextCommentId = query.value(1).toLongLong() + 1;
        m_firstTutorialId = m_nextTutorialId;
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

    // Checks and writes these tutorials (the file's from `firstNumber` on) and their comments.
    Result<void> add(const QList<Tutorial> &tutorials, qsizetype firstNumber)
    {
        for (qsizetype i = 0; i < tutorials.size(); ++i) {
            const Tutorial &tutorial = tutorials.at(i);
            if (auto valid = m_service.validateTutorial(tutorial.title, tutorial.description, Kept); !valid)
                return Error::invalid(valid.error().field, tr("Tutorial %1 of the file: %2 Nothing was imported.")
                                                                   .arg(firstNumber + i)
                                                                   .arg(valid.error().message));
            for (qsizetype j = 0; j < tutorial.comments.size(); ++j) {
                const Comment &comment = tutorial.comments.at(j);
                if (auto valid = m_service.validateComment(comment.name, comment.text, Kept); !valid)
                    return Error::invalid(valid.error().field, tr("Comment %1 of tutorial %2 of the file: %3 Nothing "
                                                                  "was imported.")
                                                                       .arg(j + 1)
                                                                       .arg(firstNumber + i)
                                                                       .arg(valid.error().message));
            }
        }
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

    Result<Counts> commit(QList<Tutorial> *stored)
    {
        m_fullTutorials->finish();
        m_fullComments->finish();
        m_native.reset(); // its statements closed before the commit
        if (stored && m_counts.tutorials > 0) {
            // Read back inside the transaction: exactly what this import stored, for its undo to compare with.
            auto rows = m_service.findTutorialsInRange(m_firstTutorialId, m_nextTutorialId - 1);
            if (!rows)
                return rows.error();
            *stored = std::move(*rows);
        }
        if (!m_transaction->commit())
            return m_database.errorFrom(m_transaction->lastError(), what());
        return m_counts;
    }

private:
    struct Row
    {
        qint64 tutorialId;
        const void *value;
    };

    static QString what() { return tr("Importing failed; nothing was imported"); }

    QString stamp(qint64 ms) const { return m_mysql ? Timestamps::toMySqlText(ms) : Timestamps::toSqliteText(ms); }

    // The prepared full-size statement, or a one-off one for a last, shorter batch.
    Result<QSqlQuery *> statement(QSqlQuery &full, bool &prepared, QSqlQuery &partial, const QString &insert, int rows,
                                  int columns)
    {
        QSqlQuery *query = &full;
        if (rows == BatchRows) {
            if (!prepared && !full.prepare(insert + placeholders(rows, columns)))
                return m_database.errorFrom(full.lastError(), what());
            prepared = true;
        } else {
            query = &partial;
            if (!partial.prepare(insert + placeholders(rows, columns)))
                return m_database.errorFrom(partial.lastError(), what());
        }
        return query;
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
    NativeInsert::Cell timeCell(qint64 ms) const
    {
        NativeInsert::Cell cell;
        cell.kind = NativeInsert::Cell::Kind::Text;
        cell.text = Timestamps::toMySqlText(ms).toLatin1();
        return cell;
    }

    Result<void> flushTutorials()
    {
        if (m_tutorials.isEmpty())
            return {};
        if (m_native) {
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
            if (auto ok = m_native->exec(m_database, "INSERT INTO tutorials (id, title, description, createdAt, "
                                                     "updatedAt) VALUES ",
                                         int(m_tutorials.size()), 5, cells, what());
                !ok)
                return ok;
            m_counts.tutorials += m_tutorials.size();
            m_tutorials.clear();
            return reportProgress();
        }
        QSqlQuery partial(m_db);
        auto query = statement(*m_fullTutorials, m_tutorialsPrepared, partial,
                               u"INSERT INTO tutorials (id, title, description, createdAt, updatedAt) VALUES "_s,
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
        if (!(*query)->exec())
            return m_database.errorFrom((*query)->lastError(), what());
        m_counts.tutorials += m_tutorials.size();
        m_tutorials.clear();
        return reportProgress();
    }

    Result<void> flushComments()
    {
        if (m_comments.isEmpty())
            return {};
        if (m_native) {
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
            if (auto ok = m_native->exec(m_database, "INSERT INTO comments (id, name, `text`, createdAt, updatedAt, "
                                                     "tutorialId) VALUES ",
                                         int(m_comments.size()), 6, cells, what());
                !ok)
                return ok;
            m_counts.comments += m_comments.size();
            m_comments.clear();
            return reportProgress();
        }
        QSqlQuery partial(m_db);
        auto query = statement(*m_fullComments, m_commentsPrepared, partial,
                               u"INSERT INTO comments (id, name, `text`, createdAt, updatedAt, tutorialId) VALUES "_s,
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
        if (!(*query)->exec())
            return m_database.errorFrom((*query)->lastError(), what());
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
    TutorialService m_service;
    Progress m_progress;
    qint64 m_total;
    QSqlDatabase m_db;
    bool m_mysql = false;
    std::unique_ptr<Transaction> m_transaction;
    qint64 m_firstTutorialId = 0; // the import's tutorials have the ids from here to m_nextTutorialId - 1
    qint64 m_nextTutorialId = 0;
    qint64 m_nextCommentId = 0;
    QList<Row> m_tutorials;
    QList<Row> m_comments;
    std::optional<QSqlQuery> m_fullTutorials; // made in begin(), on the import's connection
    std::optional<QSqlQuery> m_fullComments;
    std::unique_ptr<NativeInsert> m_native; // MySQL: libmariadb's statements, without QVariant per value
    bool m_tutorialsPrepared = false;
    bool m_commentsPrepared = false;
    Counts m_counts;
};

Result<TutorialTransfer::Counts> TutorialTransfer::importTutorials(const QList<Tutorial> &tutorials,
                                                                   const Progress &progress, QList<Tutorial> *stored)
{
    qint64 total = tutorials.size();
    for (const Tutorial &tutorial : tutorials)
        total += tutorial.comments.size();
    Importer importer(m_database, progress, total);
    // Every value is checked before the transaction begins, so a bad one costs no write at all.
    TutorialService service(m_database);
    for (qsizetype i = 0; i < tutorials.size(); ++i) {
        const Tutorial &tutorial = tutorials.at(i);
        if (auto valid = service.validateTutorial(tutorial.title, tutorial.description, Kept); !valid)
            return Error::invalid(valid.error().field,
                                  tr("Tutorial %1 of the file: %2 Nothing was imported.").arg(i + 1).arg(valid.error().message));
        for (qsizetype j = 0; j < tutorial.comments.size(); ++j) {
            const Comment &comment = tutorial.comments.at(j);
            if (auto valid = service.validateComment(comment.name, comment.text, Kept); !valid)
                return Error::invalid(valid.error().field, tr("Comment %1 of tutorial %2 of the file: %3 Nothing was "
                                                              "imported.")
                                                                   .arg(j + 1)
                                                                   .arg(i + 1)
                                                                   .arg(valid.error().message));
        }
    }
    if (auto ok = importer.begin(); !ok)
        return ok.error();
    if (auto ok = importer.add(tutorials, 1); !ok)
        return ok.error();
    return importer.commit(stored);
}

Result<TutorialTransfer::Counts> TutorialTransfer::importJson(QByteArrayView json, const Progress &progress)
{
    TutorialJsonReader reader(json);
    // Progress counts bytes read: the number of rows is not known before the end.
    const qint64 size = json.size();
    Progress byBytes;
    if (progress)
        byBytes = [&progress, &reader, size](qint64, qint64) { return progress(reader.bytesRead(), size); };
    Importer importer(m_database, byBytes, size);
    if (auto ok = importer.begin(); !ok)
        return ok.error();
    while (!reader.atEnd()) {
        const qsizetype first = reader.tutorialsRead() + 1;
        auto batch = reader.next(BatchRows);
        if (!batch)
            return Error{batch.error().kind, batch.error().message + u' ' + tr("Nothing was imported."),
                         batch.error().field, 0};
        if (auto ok = importer.add(*batch, first); !ok)
            return ok.error();
    }
    return importer.commit(nullptr);
}

Result<TutorialTransfer::Counts> TutorialTransfer::exportJson(QIODevice &out, const QString &search, int indent,
                                                              const Progress &progress)
{
    const QString what = tr("Exporting failed");
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (search.isEmpty() && NativeExport::isAvailable(*db))
        return withUnassignedCount(*db, NativeExport::exportJson(m_database, *db, out, indent, progress));
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (search.isEmpty()) {
        query.prepare(m_database.dialect(exportAll));
    } else {
        const TutorialService::TextSearch contains = TutorialService::textSearch(m_database, search);
        query.prepare(m_database.dialect(exportSearch) + u" WHERE "_s + contains.condition + u" ORDER BY t.id, c.id"_s);
        query.addBindValue(contains.value);
        query.addBindValue(contains.value);
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
                        return Error::cancelled(tr("Export cancelled."));
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
    return search.isEmpty() ? withUnassignedCount(*db, counts) : counts;
}

Result<TutorialTransfer::Counts> TutorialTransfer::withUnassignedCount(QSqlDatabase &db, Result<Counts> counts)
{
    if (!counts)
        return counts;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s) || !query.next())
        return m_database.errorFrom(query.lastError(), tr("Counting the unassigned comments failed"));
    counts->unassignedLeftOut = query.value(0).toLongLong();
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
