#include "tutorialservice.h"

#include "database.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TutorialService", text);
}

// A NULL of the column's type: binding an empty QVariant is not reliably NULL in every driver.
QVariant bindText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant bindId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
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

// Columns 0..4 of a row: id, title, description, createdAt, updatedAt.
void readTutorialColumns(const QSqlQuery &query, int first, TutorialRow &row)
{
    row.id = query.value(first).toLongLong();
    row.title = textAt(query, first + 1);
    row.description = textAt(query, first + 2);
    row.createdAt = timestampAt(query, first + 3);
    row.updatedAt = timestampAt(query, first + 4);
}

// Columns 0..5 of a row: id, name, text, createdAt, updatedAt, tutorialId.
void readCommentColumns(const QSqlQuery &query, int first, Comment &comment, bool withTutorialId)
{
    comment.id = query.value(first).toLongLong();
    comment.name = textAt(query, first + 1);
    comment.text = textAt(query, first + 2);
    comment.createdAt = timestampAt(query, first + 3);
    comment.updatedAt = timestampAt(query, first + 4);
    if (withTutorialId && !query.isNull(first + 5))
        comment.tutorialId = query.value(first + 5).toLongLong();
}

// Statements as written once; TS(x) is a timestamp column read as text (MySQL: CAST, so no driver turns a UTC
// DATETIME into local time on the way).
const char *const selectTutorialWithComments =
        "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
        "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId WHERE t.id = ? ORDER BY c.id";
const char *const selectAllWithComments =
        "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
        "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId ORDER BY t.id, c.id";
const char *const searchAllWithComments = // + WHERE textSearch().condition + ORDER BY t.id, c.id
        "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
        "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId";
const char *const selectRangeWithComments =
        "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
        "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
        "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId WHERE t.id BETWEEN ? AND ? "
        "ORDER BY t.id, c.id";
const char *const selectCommentWithTutorial =
        "SELECT c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt), c.tutorialId, "
        "t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt) "
        "FROM comments c LEFT OUTER JOIN tutorials t ON c.tutorialId = t.id WHERE c.id = ?";
const char *const selectTutorialRow =
        "SELECT id, title, description, TS(createdAt), TS(updatedAt) FROM tutorials WHERE id = ?";
const char *const selectCommentRow =
        "SELECT id, name, text, TS(createdAt), TS(updatedAt), tutorialId FROM comments WHERE id = ?";
const char *const selectTutorialRowLocked =
        "SELECT id, title, description, TS(createdAt), TS(updatedAt) FROM tutorials WHERE id = ? FOR UPDATE";
const char *const selectCommentRowLocked =
        "SELECT id, name, text, TS(createdAt), TS(updatedAt), tutorialId FROM comments WHERE id = ? FOR UPDATE";
const char *const insertTutorial =
        "INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES (?, ?, ?, ?)";
const char *const insertComment =
        "INSERT INTO comments (name, `text`, createdAt, updatedAt, tutorialId) VALUES (?, ?, ?, ?, ?)";
const char *const updateTutorialRow =
        "UPDATE tutorials SET title = ?, description = ?, updatedAt = ? WHERE id = ?";
const char *const updateCommentRow =
        "UPDATE comments SET name = ?, `text` = ?, tutorialId = ?, updatedAt = ? WHERE id = ?";
const char *const existsTutorial = "SELECT 1 FROM tutorials WHERE id = ?";
const char *const deleteCommentsOf = "DELETE FROM comments WHERE tutorialId = ?";
// What ON DELETE SET NULL does; done explicitly too, for a SQLite file whose foreign keys were never enforced.
const char *const detachCommentsOf = "UPDATE comments SET tutorialId = NULL WHERE tutorialId = ?";
const char *const countCommentsOf = "SELECT COUNT(*) FROM comments WHERE tutorialId = ?";
const char *const deleteTutorialRow = "DELETE FROM tutorials WHERE id = ?";
const char *const deleteCommentRow = "DELETE FROM comments WHERE id = ?";
const char *const countAll = "SELECT (SELECT COUNT(*) FROM tutorials), (SELECT COUNT(*) FROM comments), "
                             "(SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL)";

// A typed title, name or text must say something: empty, NULL and white space alone are refused. (translate() with
// its context spelt out: lupdate finds no class around a free function's tr().)
Result<void> requireNotBlank(const QString &value, const QString &field)
{
    if (!value.trimmed().isEmpty())
        return {};
    if (field == u"title")
        return Error::invalid(field, QCoreApplication::translate("TutorialService",
                                                                 "The title is empty: a tutorial needs a title (spaces "
                                                                 "alone are not one)."));
    if (field == u"name")
        return Error::invalid(field, QCoreApplication::translate("TutorialService",
                                                                 "The name is empty: a comment needs the name of the "
                                                                 "person who wrote it (spaces alone are not one)."));
    return Error::invalid(field, QCoreApplication::translate("TutorialService",
                                                             "The text is empty: a comment needs text (spaces alone "
                                                             "are not one)."));
}

} // namespace

TutorialService::TutorialService(Database &database) : m_database(database) { }
TutorialService::~TutorialService() = default;

QString TutorialService::sql(const char *statement)
{
    auto cached = m_statements.constFind(statement);
    if (cached != m_statements.cend())
        return *cached;
    const QString text = m_database.dialect(statement);
    m_statements.insert(statement, text);
    return text;
}

Result<QSqlDatabase> TutorialService::connection()
{
    return m_database.connection();
}

Result<const ColumnLimits *> TutorialService::limits()
{
    if (!m_limits) {
        auto limits = Schema::columnLimits(m_database);
        if (!limits)
            return limits.error();
        m_limits = *limits;
    }
    return &*m_limits;
}

Result<void> TutorialService::readColumnLimits()
{
    if (auto read = limits(); !read)
        return read.error();
    return {};
}

QString TutorialService::timestampText(qint64 ms) const
{
    return m_database.isMySql() ? Timestamps::toMySqlText(ms) : Timestamps::toSqliteText(ms);
}

qint64 TutorialService::now() const
{
    const qint64 ms = Timestamps::nowMs();
    // MySQL DATETIME keeps whole seconds (as Sequelize writes it); what we return is what is stored.
    return m_database.isMySql() ? ms - ms % 1000 : ms;
}

qint64 TutorialService::nextUpdatedAt(qint64 previous) const
{
    // updatedAt must change on every update, so that an editor comparing it sees the change even within the
    // column's resolution (a second on MySQL).
    const qint64 step = m_database.isMySql() ? 1000 : 1;
    return std::max(now(), previous + step);
}

Error TutorialService::fail(const QSqlQuery &query, const QString &what) const
{
    return m_database.errorFrom(query.lastError(), what, query.lastQuery());
}

QString TutorialService::escapeLike(const QString &text)
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

TutorialService::TextSearch TutorialService::textSearch(Database &database, const QString &search)
{
    // What the Node.js service's tables do on a MariaDB server with its usual default collation, utf8mb4_general_ci:
    // case and accents ignored, for all of Unicode. Named on the pattern, so that a server whose tables say
    // otherwise (_bin, latin1) searches the same way; where they say so already, it costs nothing. SQLite's own LIKE
    // folds ASCII only: td_contains (SqliteText) does what general_ci does, and takes the text literally.
    if (database.isSqlite())
        return {u"(td_contains(t.title, ?) OR td_contains(t.description, ?))"_s, search};
    return {u"(t.title LIKE ? COLLATE utf8mb4_general_ci ESCAPE '!' OR t.description LIKE ? COLLATE utf8mb4_general_ci "
            "ESCAPE '!')"_s,
            u'%' + escapeLike(search) + u'%'};
}

QString TutorialService::titleOrder(Database &database)
{
    if (database.isSqlite())
        return u"td_sortkey(t.title)"_s;
    const QString collation = database.sortCollation();
    return collation.isEmpty() ? u"t.title"_s : u"CONVERT(t.title USING utf8mb4) COLLATE "_s + collation;
}

// The field as the person knows it from the window, in their language; Error::field keeps the column's name.
QString TutorialService::fieldLabel(const QString &field)
{
    if (field == u"title")
        return QCoreApplication::translate("TutorialService", "title",
                                           "a field, in messages such as: The title is too long");
    if (field == u"description")
        return QCoreApplication::translate("TutorialService", "description",
                                           "a field, in messages such as: The description is too long");
    if (field == u"name")
        return QCoreApplication::translate("TutorialService", "name",
                                           "a field of a comment, in messages such as: The name is too long");
    if (field == u"text")
        return QCoreApplication::translate("TutorialService", "text",
                                           "a field of a comment, in messages such as: The text is too long");
    return field;
}

Result<void> TutorialService::validateText(const QString &value, const QString &field, int limit)
{
    if (value.isNull())
        return {};
    const QString label = fieldLabel(field);
    qsizetype characters = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isNull())
            return Error::invalid(field, tr("The %1 contains a NUL character, which cannot be stored.").arg(label));
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return Error::invalid(
                field, tr("The %1 is not valid Unicode text (a lone surrogate at position %2).").arg(label).arg(i + 1));
        ++characters;
    }
    if (limit > 0 && characters > limit)
        return Error::invalid(
            field,
            tr("The %1 is too long: %2 characters, at most %3 are allowed.").arg(label).arg(characters).arg(limit));
    return {};
}

Result<void> TutorialService::validateTutorial(const QString &title, const QString &description, Origin origin)
{
    if (origin == Origin::Typed) {
        if (auto ok = requireNotBlank(title, u"title"_s); !ok)
            return ok;
    }
    auto columnLimits = limits();
    if (!columnLimits)
        return columnLimits.error();
    if (auto ok = validateText(title, u"title"_s, (*columnLimits)->tutorialTitle); !ok)
        return ok;
    return validateText(description, u"description"_s, (*columnLimits)->tutorialDescription);
}

Result<void> TutorialService::validateComment(const QString &name, const QString &text, Origin origin)
{
    if (origin == Origin::Typed) {
        if (auto ok = requireNotBlank(name, u"name"_s); !ok)
            return ok;
        if (auto ok = requireNotBlank(text, u"text"_s); !ok)
            return ok;
    }
    auto columnLimits = limits();
    if (!columnLimits)
        return columnLimits.error();
    if (auto ok = validateText(name, u"name"_s, (*columnLimits)->commentName); !ok)
        return ok;
    return validateText(text, u"text"_s, (*columnLimits)->commentText);
}

Result<void> TutorialService::validateTutorialChanges(const TutorialRow &row, const TutorialChanges &changes)
{
    if (changes.origin == Origin::Typed && changes.title) {
        if (auto ok = requireNotBlank(*changes.title, u"title"_s); !ok)
            return ok;
    }
    return validateTutorial(changes.title.value_or(row.title), changes.description.value_or(row.description),
                            Origin::Kept);
}

Result<void> TutorialService::validateCommentChanges(const Comment &row, const CommentChanges &changes)
{
    if (changes.origin == Origin::Typed) {
        if (changes.name) {
            if (auto ok = requireNotBlank(*changes.name, u"name"_s); !ok)
                return ok;
        }
        if (changes.text) {
            if (auto ok = requireNotBlank(*changes.text, u"text"_s); !ok)
                return ok;
        }
    }
    return validateComment(changes.name.value_or(row.name), changes.text.value_or(row.text), Origin::Kept);
}

Result<TutorialRow> TutorialService::readTutorialRow(QSqlDatabase &db, qint64 id, const QString &what, bool lock)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql(lock && m_database.isMySql() ? selectTutorialRowLocked : selectTutorialRow));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query, what);
    if (!query.next())
        return Error::notFound(tr("tutorial %1 not found").arg(id));
    TutorialRow row;
    readTutorialColumns(query, 0, row);
    return row;
}

Result<Comment> TutorialService::readCommentRow(QSqlDatabase &db, qint64 id, const QString &what, bool lock)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql(lock && m_database.isMySql() ? selectCommentRowLocked : selectCommentRow));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query, what);
    if (!query.next())
        return Error::notFound(tr("comment %1 not found").arg(id));
    Comment comment;
    readCommentColumns(query, 0, comment, true);
    return comment;
}

Result<void> TutorialService::requireTutorial(QSqlDatabase &db, qint64 id, const QString &what)
{
    QSqlQuery exists(db);
    exists.prepare(sql(existsTutorial));
    exists.addBindValue(id);
    if (!exists.exec())
        return fail(exists, what);
    if (!exists.next())
        return Error::notFound(tr("tutorial %1 not found").arg(id));
    return {};
}

Result<qint64> TutorialService::insertNewTutorial(QSqlDatabase &db, const QString &title, const QString &description,
                                                  qint64 stamp, const QString &what)
{
    QSqlQuery query(db);
    query.prepare(sql(insertTutorial));
    query.addBindValue(bindText(title));
    query.addBindValue(bindText(description));
    query.addBindValue(timestampText(stamp));
    query.addBindValue(timestampText(stamp));
    if (!query.exec())
        return fail(query, what);
    return query.lastInsertId().toLongLong();
}

Result<qint64> TutorialService::insertNewComment(QSqlDatabase &db, qint64 tutorialId, const QString &name,
                                                 const QString &text, qint64 stamp, const QString &what)
{
    QSqlQuery query(db);
    query.prepare(sql(insertComment));
    query.addBindValue(bindText(name));
    query.addBindValue(bindText(text));
    query.addBindValue(timestampText(stamp));
    query.addBindValue(timestampText(stamp));
    query.addBindValue(tutorialId);
    if (!query.exec())
        return fail(query, what);
    return query.lastInsertId().toLongLong();
}

Result<void> TutorialService::insertTutorialRow(QSqlDatabase &db, const TutorialRow &tutorial, const QString &what)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO tutorials (id, title, description, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(tutorial.id);
    query.addBindValue(bindText(tutorial.title));
    query.addBindValue(bindText(tutorial.description));
    query.addBindValue(timestampText(tutorial.createdAt));
    query.addBindValue(timestampText(tutorial.updatedAt));
    if (!query.exec())
        return fail(query, what);
    return {};
}

Result<void> TutorialService::insertCommentRow(QSqlDatabase &db, const Comment &comment, const QString &what)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO comments (id, name, `text`, createdAt, updatedAt, tutorialId) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(comment.id);
    query.addBindValue(bindText(comment.name));
    query.addBindValue(bindText(comment.text));
    query.addBindValue(timestampText(comment.createdAt));
    query.addBindValue(timestampText(comment.updatedAt));
    query.addBindValue(bindId(comment.tutorialId));
    if (!query.exec())
        return fail(query, what);
    return {};
}

Result<TutorialRow> TutorialService::createTutorial(const QString &title, const QString &description)
{
    return retryingCertificationConflict([&] { return createTutorialOnce(title, description); });
}

Result<TutorialRow> TutorialService::createTutorialOnce(const QString &title, const QString &description)
{
    const QString what = tr("Creating the tutorial failed");
    if (auto valid = validateTutorial(title, description); !valid)
        return valid.error();
    if (m_lostCreate && !m_lostCreate->comment && m_lostCreate->first == title && m_lostCreate->second == description) {
        auto found = findLostCreate(*m_lostCreate);
        if (!found)
            return found.error(); // still cannot tell: it stays to be looked for
        m_lostCreate.reset();
        if (*found)
            return findTutorialRowById(**found); // made before the connection went: not again
    }
    auto db = connection();
    if (!db)
        return db.error();
    // The insert and the read-back in one transaction: an error reading it back must not leave a tutorial the caller
    // was told failed (a retry, or the window's save after a reconnect, would create it twice).
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    const qint64 stamp = now();
    const LostCreate lost{false, 0, title, description, stamp};
    auto id = insertNewTutorial(*db, title, description, stamp, what);
    if (!id)
        return rememberLostCreate(id.error(), lost);
    auto row = readTutorialRow(*db, *id, what);
    if (!row)
        return rememberLostCreate(row.error(), lost);
    if (!transaction.commit())
        return rememberLostCreate(m_database.errorFrom(transaction.lastError(), what), lost);
    return row;
}

Result<Comment> TutorialService::createComment(qint64 tutorialId, const QString &name, const QString &text)
{
    return retryingCertificationConflict([&] { return createCommentOnce(tutorialId, name, text); });
}

Result<Comment> TutorialService::createCommentOnce(qint64 tutorialId, const QString &name, const QString &text)
{
    const QString what = tr("Creating the comment failed");
    if (auto valid = validateComment(name, text); !valid)
        return valid.error();
    if (m_lostCreate && m_lostCreate->comment && m_lostCreate->tutorialId == tutorialId && m_lostCreate->first == name
        && m_lostCreate->second == text) {
        auto found = findLostCreate(*m_lostCreate);
        if (!found)
            return found.error();
        m_lostCreate.reset();
        if (*found)
            return findCommentById(**found);
    }
    auto db = connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    if (auto found = requireTutorial(*db, tutorialId, what); !found)
        return found.error();
    const qint64 stamp = now();
    const LostCreate lost{true, tutorialId, name, text, stamp};
    auto id = insertNewComment(*db, tutorialId, name, text, stamp, what);
    if (!id)
        return rememberLostCreate(id.error(), lost);
    auto comment = readCommentRow(*db, *id, what);
    if (!comment)
        return rememberLostCreate(comment.error(), lost);
    if (!transaction.commit())
        return rememberLostCreate(m_database.errorFrom(transaction.lastError(), what), lost);
    return comment;
}

Error TutorialService::rememberLostCreate(Error error, LostCreate lost)
{
    if (error.kind == Error::Kind::Connection)
        m_lostCreate = std::move(lost);
    return error;
}

Result<std::optional<qint64>> TutorialService::findLostCreate(const LostCreate &lost)
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.prepare(lost.comment
                      ? u"SELECT id FROM comments WHERE tutorialId = ? AND name = ? AND text = ? "
                        "AND createdAt >= ? AND createdAt <= ? ORDER BY id DESC"_s
                      : u"SELECT id FROM tutorials WHERE title = ? AND (description = ? OR (description IS NULL "
                        "AND ? IS NULL)) AND createdAt >= ? AND createdAt <= ? ORDER BY id DESC"_s);
    if (lost.comment)
        query.addBindValue(lost.tutorialId);
    query.addBindValue(bindText(lost.first));
    query.addBindValue(bindText(lost.second));
    if (!lost.comment) // a tutorial made without a description has NULL there, which `=` never finds
        query.addBindValue(bindText(lost.second));
    query.addBindValue(timestampText(lost.stamp - 1000));
    query.addBindValue(timestampText(lost.stamp + 1000));
    if (!query.exec())
        return fail(query, tr("Looking for a row whose saving lost its connection failed"));
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

QSqlQuery &TutorialService::reusable(QSqlDatabase &db, const char *statement)
{
    // Keyed by the connection's opening too: after a reconnect the old prepared statements are gone.
    const QString key = db.connectionName() + u'/' + QString::number(m_database.connectionSerial()) + u'/'
            + QString::number(reinterpret_cast<quintptr>(statement), 16);
    auto found = m_reusable.find(key);
    if (found == m_reusable.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql(statement));
        found = m_reusable.insert(key, query);
    }
    return *found;
}

Result<Tutorial> TutorialService::findTutorialById(qint64 id)
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery &query = reusable(*db, selectTutorialWithComments);
    query.bindValue(0, id);
    if (!query.exec()) {
        const Error error = fail(query, tr("Reading tutorial %1 failed").arg(id));
        m_reusable.clear(); // prepared again next time
        return error;
    }
    const auto done = qScopeGuard([&query] { query.finish(); });
    if (!query.next())
        return Error::notFound(tr("tutorial %1 not found").arg(id));
    Tutorial tutorial;
    readTutorialColumns(query, 0, tutorial);
    do {
        if (query.isNull(5))
            continue;
        Comment comment;
        readCommentColumns(query, 5, comment, false);
        comment.tutorialId = tutorial.id;
        tutorial.comments.append(std::move(comment));
    } while (query.next());
    if (query.lastError().isValid()) // a row that failed to arrive is an error, not a tutorial with fewer comments
        return fail(query, tr("Reading tutorial %1 failed").arg(id));
    return tutorial;
}

Result<Comment> TutorialService::findCommentById(qint64 id)
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(sql(selectCommentWithTutorial));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query, tr("Reading comment %1 failed").arg(id));
    if (!query.next())
        return Error::notFound(tr("comment %1 not found").arg(id));
    Comment comment;
    readCommentColumns(query, 0, comment, true);
    if (!query.isNull(6)) {
        TutorialRow tutorial;
        readTutorialColumns(query, 6, tutorial);
        comment.tutorial = tutorial;
    }
    return comment;
}

Result<QList<Tutorial>> TutorialService::findAll(const QString &search)
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (search.isEmpty()) {
        query.prepare(sql(selectAllWithComments));
    } else {
        const TextSearch contains = textSearch(m_database, search);
        query.prepare(sql(searchAllWithComments) + u" WHERE "_s + contains.condition + u" ORDER BY t.id, c.id"_s);
        query.addBindValue(contains.value);
        query.addBindValue(contains.value);
    }
    if (!query.exec())
        return fail(query, tr("Reading the tutorials failed"));
    QList<Tutorial> tutorials;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (tutorials.isEmpty() || tutorials.last().id != id) {
            Tutorial tutorial;
            readTutorialColumns(query, 0, tutorial);
            tutorials.append(std::move(tutorial));
        }
        if (query.isNull(5))
            continue;
        Comment comment;
        readCommentColumns(query, 5, comment, false);
        comment.tutorialId = id;
        tutorials.last().comments.append(std::move(comment));
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(query, tr("Reading the tutorials failed"));
    return tutorials;
}

Result<TutorialRow> TutorialService::updateTutorial(qint64 id, const TutorialChanges &changes)
{
    return retryingCertificationConflict([&] { return updateTutorialOnce(id, changes); });
}

Result<TutorialRow> TutorialService::updateTutorialOnce(qint64 id, const TutorialChanges &changes)
{
    const QString what = tr("Saving tutorial %1 failed").arg(id);
    auto db = connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    auto current = readTutorialRow(*db, id, what, true);
    if (!current) {
        if (changes.expected && current.error().kind == Error::Kind::NotFound)
            return Error::notFound(tr("Tutorial %1 was deleted by someone else after you opened it; nothing was saved.")
                                           .arg(id));
        return current.error();
    }
    if (changes.expected && *changes.expected != *current)
        return Error::conflict(tr("Tutorial %1 was changed by someone else after you opened it (saved at %2); "
                                  "nothing was saved.")
                                       .arg(id)
                                       .arg(Timestamps::toDateTime(current->updatedAt).toLocalTime().toString(Qt::ISODate)));
    const QString title = changes.title.value_or(current->title);
    const QString description = changes.description.value_or(current->description);
    if (auto valid = validateTutorialChanges(*current, changes); !valid)
        return valid.error();
    {
        QSqlQuery query(*db);
        query.prepare(sql(updateTutorialRow));
        query.addBindValue(bindText(title));
        query.addBindValue(bindText(description));
        query.addBindValue(timestampText(nextUpdatedAt(current->updatedAt)));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query, what);
    }
    auto updated = readTutorialRow(*db, id, what);
    if (!updated)
        return updated.error();
    if (!transaction.commit())
        return m_database.errorFrom(transaction.lastError(), what);
    return updated;
}

Result<Comment> TutorialService::updateComment(qint64 id, const CommentChanges &changes)
{
    return retryingCertificationConflict([&] { return updateCommentOnce(id, changes); });
}

Result<Comment> TutorialService::updateCommentOnce(qint64 id, const CommentChanges &changes)
{
    const QString what = tr("Saving comment %1 failed").arg(id);
    auto db = connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    auto current = readCommentRow(*db, id, what, true);
    if (!current) {
        if (changes.expected && current.error().kind == Error::Kind::NotFound)
            return Error::notFound(tr("Comment %1 was deleted by someone else after you opened it; nothing was saved.")
                                           .arg(id));
        return current.error();
    }
    if (changes.expected
        && (changes.expected->name != current->name || changes.expected->text != current->text
            || changes.expected->tutorialId != current->tutorialId || changes.expected->updatedAt != current->updatedAt))
        return Error::conflict(tr("Comment %1 was changed by someone else after you opened it (saved at %2); "
                                  "nothing was saved.")
                                       .arg(id)
                                       .arg(Timestamps::toDateTime(current->updatedAt).toLocalTime().toString(Qt::ISODate)));
    const QString name = changes.name.value_or(current->name);
    const QString text = changes.text.value_or(current->text);
    const std::optional<qint64> tutorialId = changes.tutorialId.value_or(current->tutorialId);
    if (auto valid = validateCommentChanges(*current, changes); !valid)
        return valid.error();
    if (tutorialId && tutorialId != current->tutorialId) {
        if (auto found = requireTutorial(*db, *tutorialId, what); !found)
            return found.error();
    }
    {
        QSqlQuery query(*db);
        query.prepare(sql(updateCommentRow));
        query.addBindValue(bindText(name));
        query.addBindValue(bindText(text));
        query.addBindValue(bindId(tutorialId));
        query.addBindValue(timestampText(nextUpdatedAt(current->updatedAt)));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query, what);
    }
    auto updated = readCommentRow(*db, id, what);
    if (!updated)
        return updated.error();
    if (!transaction.commit())
        return m_database.errorFrom(transaction.lastError(), what);
    return updated;
}

Result<qint64> TutorialService::deleteTutorial(qint64 id, CommentsOnDelete comments)
{
    return retryingCertificationConflict([&] { return deleteTutorialOnce(id, comments); });
}

Result<qint64> TutorialService::deleteTutorialOnce(qint64 id, CommentsOnDelete comments)
{
    const QString what = tr("Deleting tutorial %1 failed").arg(id);
    auto db = connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    auto affected = deleteTutorialIn(*db, id, comments, what);
    if (!affected)
        return affected;
    if (!transaction.commit())
        return m_database.errorFrom(transaction.lastError(), what);
    return affected;
}

Result<void> TutorialService::deleteTutorials(const QList<qint64> &ids, CommentsOnDelete comments)
{
    return retryingCertificationConflict([&]() -> Result<void> {
        const QString what = tr("Deleting the tutorials failed");
        auto db = connection();
        if (!db)
            return db.error();
        Transaction transaction(*db);
        if (!transaction.isActive())
            return m_database.errorFrom(transaction.lastError(), what);
        for (const qint64 id : ids) {
            if (auto deleted = deleteTutorialIn(*db, id, comments, what); !deleted)
                return deleted.error();
        }
        if (!transaction.commit())
            return m_database.errorFrom(transaction.lastError(), what);
        return {};
    });
}

Result<qint64> TutorialService::deleteTutorialIn(QSqlDatabase &db, qint64 id, CommentsOnDelete comments,
                                                 const QString &what)
{
    if (auto found = requireTutorial(db, id, what); !found)
        return found.error();
    qint64 affected = 0;
    {
        QSqlQuery query(db);
        query.prepare(sql(comments == CommentsOnDelete::Delete ? deleteCommentsOf : detachCommentsOf));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query, what);
        affected = query.numRowsAffected();
    }
    QSqlQuery query(db);
    query.prepare(sql(deleteTutorialRow));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query, what);
    return affected;
}

Result<void> TutorialService::deleteComment(qint64 id)
{
    return retryingCertificationConflict([&] { return deleteCommentOnce(id); });
}

Result<void> TutorialService::deleteCommentOnce(qint64 id)
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.prepare(sql(deleteCommentRow));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query, tr("Deleting comment %1 failed").arg(id));
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("comment %1 not found").arg(id));
    return {};
}

Result<TutorialService::Counts> TutorialService::counts()
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.exec(sql(countAll)) || !query.next())
        return fail(query, tr("Counting the rows failed"));
    return Counts{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}

Result<qint64> TutorialService::countComments(qint64 tutorialId)
{
    return scalar(sql(countCommentsOf), {tutorialId}, tr("Counting the comments of tutorial %1 failed").arg(tutorialId));
}

Result<qint64> TutorialService::scalar(const QString &statement, const QVariantList &values, const QString &what)
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return fail(query, what);
    return query.value(0).toLongLong();
}

QString TutorialService::summaryOrderBy(SummarySort sort, bool descending) const
{
    // The ORDER BY column comes from the enum, never from text.
    QString order = u"t.updatedAt"_s;
    switch (sort) {
    case SummarySort::Title:
        order = titleOrder(m_database);
        break;
    case SummarySort::CreatedAt:
        order = u"t.createdAt"_s;
        break;
    case SummarySort::UpdatedAt:
        break;
    case SummarySort::CommentCount:
        order = u"(SELECT COUNT(*) FROM comments c WHERE c.tutorialId = t.id)"_s;
        break;
    }
    return u" ORDER BY %1 %2, t.id %2"_s.arg(order, descending ? u"DESC"_s : u"ASC"_s);
}

QString TutorialService::idPlaceholders(qsizetype count) const
{
    QString marks;
    marks.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        marks += i ? u",?"_s : u"?"_s;
    return marks;
}

Result<QList<TutorialSummary>> TutorialService::findTutorialSummaries(const SummaryQuery &request)
{
    auto db = connection();
    if (!db)
        return db.error();
    const QString text = m_database.isMySql() ? u"CAST(t.createdAt AS CHAR), CAST(t.updatedAt AS CHAR)"_s
                                              : u"t.createdAt, t.updatedAt"_s;
    QString statement = u"SELECT t.id, t.title, t.description, "_s + text
            + u", (SELECT COUNT(*) FROM comments c WHERE c.tutorialId = t.id) AS commentCount FROM tutorials t"_s;
    const TextSearch contains = textSearch(m_database, request.search);
    if (!request.search.isEmpty())
        statement += u" WHERE "_s + contains.condition;
    statement += summaryOrderBy(request.sort, request.descending) + u" LIMIT ? OFFSET ?"_s;

    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(statement);
    if (!request.search.isEmpty()) {
        query.addBindValue(contains.value);
        query.addBindValue(contains.value);
    }
    query.addBindValue(qMax(0, request.limit));
    query.addBindValue(qMax<qint64>(0, request.offset));
    if (!query.exec())
        return fail(query, tr("Reading the tutorial list failed"));
    QList<TutorialSummary> summaries;
    summaries.reserve(request.limit);
    while (query.next()) {
        TutorialRow row;
        readTutorialColumns(query, 0, row);
        summaries.append({row.id, row.title, row.description, row.createdAt, row.updatedAt,
                          query.value(5).toLongLong()});
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(query, tr("Reading the tutorial list failed"));
    return summaries;
}

Result<QList<qint64>> TutorialService::findTutorialOrder(const SummaryQuery &request,
                                                         const std::optional<QList<qint64>> &within)
{
    if (within && within->isEmpty())
        return QList<qint64>(); // nothing matched before: nothing can now
    if (within && within->size() > MaxWithin)
        return findTutorialOrder(request);
    auto db = connection();
    if (!db)
        return db.error();
    QString statement = u"SELECT t.id FROM tutorials t"_s;
    const TextSearch contains = textSearch(m_database, request.search);
    QStringList conditions;
    if (within)
        conditions << u"t.id IN ("_s + idPlaceholders(within->size()) + u")"_s;
    if (!request.search.isEmpty())
        conditions << contains.condition;
    if (!conditions.isEmpty())
        statement += u" WHERE "_s + conditions.join(u" AND "_s);
    statement += summaryOrderBy(request.sort, request.descending);
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(statement);
    if (within) {
        for (const qint64 id : *within)
            query.addBindValue(id);
    }
    if (!request.search.isEmpty()) {
        query.addBindValue(contains.value);
        query.addBindValue(contains.value);
    }
    if (!query.exec())
        return fail(query, tr("Reading the tutorial list failed"));
    QList<qint64> ids;
    if (query.size() > 0)
        ids.reserve(query.size());
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().type() != QSqlError::NoError)
        return fail(query, tr("Reading the tutorial list failed"));
    return ids;
}

Result<QList<TutorialSummary>> TutorialService::findTutorialSummariesByIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<TutorialSummary>();
    auto db = connection();
    if (!db)
        return db.error();
    const QString text = m_database.isMySql() ? u"CAST(t.createdAt AS CHAR), CAST(t.updatedAt AS CHAR)"_s
                                              : u"t.createdAt, t.updatedAt"_s;
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT t.id, t.title, t.description, "_s + text
                  + u", (SELECT COUNT(*) FROM comments c WHERE c.tutorialId = t.id) FROM tutorials t WHERE t.id IN ("_s
                  + idPlaceholders(ids.size()) + u")"_s);
    for (const qint64 id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return fail(query, tr("Reading the tutorial list failed"));
    QList<TutorialSummary> summaries;
    summaries.reserve(ids.size());
    while (query.next()) {
        TutorialRow row;
        readTutorialColumns(query, 0, row);
        summaries.append({row.id, row.title, row.description, row.createdAt, row.updatedAt,
                          query.value(5).toLongLong()});
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(query, tr("Reading the tutorial list failed"));
    return summaries;
}

Result<qint64> TutorialService::dataVersion()
{
    return scalar(u"PRAGMA data_version"_s, {}, tr("Checking for changes failed"));
}

Result<TutorialService::ChangeStamps> TutorialService::changeStamps(const QList<qint64> &tutorialIds,
                                                                    const QList<qint64> &commentIds,
                                                                    qint64 countCommentsOf)
{
    // Built once; its address is the key of the prepared statement on each connection.
    static const QByteArray statement = []() -> QByteArray { // a QByteArray, not a string builder over `marks`
        const auto marks = [](int count) {
            QByteArray text;
            for (int i = 0; i < count; ++i)
                text += i ? ",?" : "?";
            return text;
        };
        return QByteArray("SELECT 0, (SELECT MAX(id) FROM tutorials), (SELECT MAX(id) FROM comments), "
                          "(SELECT COUNT(*) FROM comments WHERE tutorialId = ?) "
                          "UNION ALL SELECT 1, t.id, TS(t.updatedAt), 0 FROM tutorials t WHERE t.id IN (")
            + marks(TutorialSlots) + ") UNION ALL SELECT 2, c.id, TS(c.updatedAt), c.tutorialId FROM comments c "
            + "WHERE c.id IN (" + marks(CommentSlots) + ")";
    }();
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery &query = reusable(*db, statement.constData());
    query.bindValue(0, countCommentsOf);
    for (int i = 0; i < TutorialSlots; ++i)
        query.bindValue(1 + i, i < tutorialIds.size() ? tutorialIds.at(i) : qint64(0)); // 0: no row has it
    for (int i = 0; i < CommentSlots; ++i)
        query.bindValue(1 + TutorialSlots + i, i < commentIds.size() ? commentIds.at(i) : qint64(0));
    if (!query.exec())
        return fail(query, tr("Checking for changes failed"));
    ChangeStamps stamps;
    while (query.next()) {
        switch (query.value(0).toInt()) {
        case 0:
            stamps.maxIds = {query.value(1).toLongLong(), query.value(2).toLongLong()};
            stamps.commentCount = query.value(3).toLongLong();
            break;
        case 1:
            stamps.tutorials.append({query.value(1).toLongLong(), timestampAt(query, 2), 0});
            break;
        default:
            stamps.comments.append({query.value(1).toLongLong(), timestampAt(query, 2),
                                    query.isNull(3) ? 0 : query.value(3).toLongLong()});
        }
    }
    const bool failed = query.lastError().type() != QSqlError::NoError;
    query.finish();
    if (failed)
        return fail(query, tr("Checking for changes failed"));
    return stamps;
}

Result<TutorialService::TableStamps> TutorialService::tableStamps()
{
    // Each table looked up by schema and name, so the server opens only those two (a lookup by name; an IN list or a
    // join would make it read the whole schema's list).
    static const char *const statement
            = "SELECT (SELECT UNIX_TIMESTAMP(UPDATE_TIME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
              "AND TABLE_NAME = 'tutorials'), (SELECT UNIX_TIMESTAMP(UPDATE_TIME) FROM information_schema.TABLES WHERE "
              "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'comments'), UNIX_TIMESTAMP()";
    auto db = connection();
    if (!db)
        return db.error();
    // Sent as text, one packet: a prepared statement's execution costs the server a reset packet more each time,
    // and parsing this one costs less than waking the server's thread twice.
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(statement)) || !query.next())
        return fail(query, tr("Checking for changes failed"));
    TableStamps stamps;
    stamps.tutorials = query.isNull(0) ? -1 : query.value(0).toLongLong();
    stamps.comments = query.isNull(1) ? -1 : query.value(1).toLongLong();
    stamps.now = query.value(2).toLongLong();
    query.finish();
    return stamps;
}

Result<qint64> TutorialService::countUnassignedComments()
{
    return scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s, {},
                  tr("Counting the unassigned comments failed"));
}

Result<QList<Comment>> TutorialService::findComments(std::optional<qint64> tutorialId, qint64 afterId, int limit)
{
    const QString what = tutorialId ? tr("Reading the comments of tutorial %1 failed").arg(*tutorialId)
                                    : tr("Reading the unassigned comments failed");
    auto db = connection();
    if (!db)
        return db.error();
    const QString text = m_database.isMySql() ? u"CAST(createdAt AS CHAR), CAST(updatedAt AS CHAR)"_s
                                              : u"createdAt, updatedAt"_s;
    // Keyset paging along the tutorialId index: no OFFSET scan, however deep the page.
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name, `text`, "_s + text + u", tutorialId FROM comments WHERE "_s
                  + (tutorialId ? u"tutorialId = ?"_s : u"tutorialId IS NULL"_s) + u" AND id > ? ORDER BY id LIMIT ?"_s);
    if (tutorialId)
        query.addBindValue(*tutorialId);
    query.addBindValue(afterId);
    query.addBindValue(qMax(0, limit));
    if (!query.exec())
        return fail(query, what);
    QList<Comment> comments;
    while (query.next()) {
        Comment comment;
        readCommentColumns(query, 0, comment, true);
        comments.append(std::move(comment));
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(query, what);
    return comments;
}

Result<QList<qint64>> TutorialService::findCommentIds(std::optional<qint64> tutorialId)
{
    const QString what = tutorialId ? tr("Reading the comments of tutorial %1 failed").arg(*tutorialId)
                                    : tr("Reading the unassigned comments failed");
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM comments WHERE "_s + (tutorialId ? u"tutorialId = ?"_s : u"tutorialId IS NULL"_s)
                  + u" ORDER BY id"_s);
    if (tutorialId)
        query.addBindValue(*tutorialId);
    if (!query.exec())
        return fail(query, what);
    QList<qint64> ids;
    if (query.size() > 0)
        ids.reserve(query.size());
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().type() != QSqlError::NoError)
        return fail(query, what);
    return ids;
}

Result<QList<Comment>> TutorialService::findCommentsByIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<Comment>();
    auto db = connection();
    if (!db)
        return db.error();
    const QString text = m_database.isMySql() ? u"CAST(createdAt AS CHAR), CAST(updatedAt AS CHAR)"_s
                                              : u"createdAt, updatedAt"_s;
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name, `text`, "_s + text + u", tutorialId FROM comments WHERE id IN ("_s
                  + idPlaceholders(ids.size()) + u")"_s);
    for (const qint64 id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return fail(query, tr("Reading the comments failed"));
    QList<Comment> comments;
    comments.reserve(ids.size());
    while (query.next()) {
        Comment comment;
        readCommentColumns(query, 0, comment, true);
        comments.append(std::move(comment));
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(query, tr("Reading the comments failed"));
    return comments;
}

Result<TutorialRow> TutorialService::findTutorialRowById(qint64 id)
{
    auto db = connection();
    if (!db)
        return db.error();
    return readTutorialRow(*db, id, tr("Reading tutorial %1 failed").arg(id));
}

Result<void> TutorialService::restoreTutorial(const Tutorial &tutorial, CommentsOnDelete comments)
{
    return restoreTutorials({tutorial}, comments);
}

Result<void> TutorialService::restoreTutorials(const QList<Tutorial> &tutorials, CommentsOnDelete comments)
{
    const QString what = tutorials.size() == 1 ? tr("Restoring tutorial %1 failed").arg(tutorials.first().id)
                                               : tr("Restoring the tutorials failed");
    for (const Tutorial &tutorial : tutorials) {
        if (auto valid = validateTutorial(tutorial.title, tutorial.description, Origin::Kept); !valid)
            return valid.error();
    }
    auto db = connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    for (const Tutorial &tutorial : tutorials) {
        if (auto restored = restoreTutorialIn(*db, tutorial, comments, what); !restored)
            return restored;
    }
    if (!transaction.commit())
        return m_database.errorFrom(transaction.lastError(), what);
    return {};
}

Result<void> TutorialService::restoreTutorialIn(QSqlDatabase &db, const Tutorial &tutorial, CommentsOnDelete comments,
                                                const QString &what)
{
    if (auto inserted = insertTutorialRow(db, tutorial, what); !inserted)
        return inserted;
    for (const Comment &comment : tutorial.comments) {
        if (comments == CommentsOnDelete::Delete) {
            if (auto valid = validateComment(comment.name, comment.text, Origin::Kept); !valid)
                return valid.error();
            Comment restored = comment;
            restored.tutorialId = tutorial.id;
            if (auto inserted = insertCommentRow(db, restored, what); !inserted)
                return inserted;
            continue;
        }
        // Only a comment that is still unassigned comes back: one moved meanwhile stays where it was put.
        QSqlQuery query(db);
        query.prepare(u"UPDATE comments SET tutorialId = ? WHERE id = ? AND tutorialId IS NULL"_s);
        query.addBindValue(tutorial.id);
        query.addBindValue(comment.id);
        if (!query.exec())
            return fail(query, what);
    }
    return {};
}

Result<QList<Tutorial>> TutorialService::createTutorials(const QList<Tutorial> &tutorials)
{
    return retryingCertificationConflict([&]() -> Result<QList<Tutorial>> {
        const QString what = tr("Creating the tutorials failed");
        for (const Tutorial &tutorial : tutorials) {
            if (auto valid = validateTutorial(tutorial.title, tutorial.description); !valid)
                return valid.error();
            for (const Comment &comment : tutorial.comments) {
                if (auto valid = validateComment(comment.name, comment.text); !valid)
                    return valid.error();
            }
        }
        auto db = connection();
        if (!db)
            return db.error();
        Transaction transaction(*db);
        if (!transaction.isActive())
            return m_database.errorFrom(transaction.lastError(), what);
        const qint64 stamp = now();
        QList<Tutorial> created;
        for (const Tutorial &given : tutorials) {
            Tutorial tutorial;
            static_cast<TutorialRow &>(tutorial) = given;
            tutorial.createdAt = tutorial.updatedAt = stamp;
            auto id = insertNewTutorial(*db, given.title, given.description, stamp, what);
            if (!id)
                return id.error();
            tutorial.id = *id;
            for (Comment comment : given.comments) {
                comment.createdAt = comment.updatedAt = stamp;
                comment.tutorialId = tutorial.id;
                auto commentId = insertNewComment(*db, tutorial.id, comment.name, comment.text, stamp, what);
                if (!commentId)
                    return commentId.error();
                comment.id = *commentId;
                tutorial.comments.append(comment);
            }
            created.append(tutorial);
        }
        if (!transaction.commit())
            return m_database.errorFrom(transaction.lastError(), what);
        return created;
    });
}

Result<void> TutorialService::restoreComments(const QList<Comment> &comments)
{
    const QString what = tr("Restoring the comments failed");
    for (const Comment &comment : comments) {
        if (auto valid = validateComment(comment.name, comment.text, Origin::Kept); !valid)
            return valid.error();
    }
    auto db = connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    for (const Comment &comment : comments) {
        if (comment.tutorialId) {
            if (auto found = requireTutorial(*db, *comment.tutorialId, what); !found)
                return found.error();
        }
        if (auto inserted = insertCommentRow(*db, comment, what); !inserted)
            return inserted;
    }
    if (!transaction.commit())
        return m_database.errorFrom(transaction.lastError(), what);
    return {};
}

Result<void> TutorialService::deleteComments(const QList<qint64> &ids)
{
    const QString what = tr("Deleting the comments failed");
    auto db = connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    for (const qint64 id : ids) {
        QSqlQuery query(*db);
        query.prepare(sql(deleteCommentRow));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query, what);
        if (query.numRowsAffected() == 0)
            return Error::notFound(tr("comment %1 not found").arg(id));
    }
    if (!transaction.commit())
        return m_database.errorFrom(transaction.lastError(), what);
    return {};
}

Result<void> TutorialService::moveComments(const QList<qint64> &ids, std::optional<qint64> tutorialId)
{
    QList<Placement> placements;
    for (const qint64 id : ids)
        placements.append({id, tutorialId});
    return placeComments(placements);
}

Result<void> TutorialService::placeComments(const QList<Placement> &placements)
{
    const QString what = tr("Moving the comments failed");
    auto db = connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return m_database.errorFrom(transaction.lastError(), what);
    QSet<qint64> present; // tutorials known to exist in this transaction
    for (const Placement &placement : placements) {
        if (placement.tutorialId && !present.contains(*placement.tutorialId)) {
            if (auto found = requireTutorial(*db, *placement.tutorialId, what); !found)
                return found.error();
            present.insert(*placement.tutorialId);
        }
        auto current = readCommentRow(*db, placement.commentId, what);
        if (!current)
            return current.error();
        QSqlQuery query(*db);
        query.prepare(u"UPDATE comments SET tutorialId = ?, updatedAt = ? WHERE id = ?"_s);
        query.addBindValue(bindId(placement.tutorialId));
        query.addBindValue(timestampText(nextUpdatedAt(current->updatedAt)));
        query.addBindValue(placement.commentId);
        if (!query.exec())
            return fail(query, what);
    }
    if (!transaction.commit())
        return m_database.errorFrom(transaction.lastError(), what);
    return {};
}

namespace {

// Rows of selectRangeWithComments (tutorials with their comments, in id order) as tutorials.
Result<QList<Tutorial>> readTutorialsWithComments(QSqlQuery &query)
{
    QList<Tutorial> tutorials;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (tutorials.isEmpty() || tutorials.last().id != id) {
            Tutorial tutorial;
            readTutorialColumns(query, 0, tutorial);
            tutorials.append(std::move(tutorial));
        }
        if (query.isNull(5))
            continue;
        Comment comment;
        readCommentColumns(query, 5, comment, false);
        comment.tutorialId = id;
        tutorials.last().comments.append(std::move(comment));
    }
    return tutorials;
}

} // namespace

Result<QList<Tutorial>> TutorialService::findTutorialsInRange(qint64 first, qint64 last)
{
    const QString what = tr("Reading the imported tutorials failed");
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    query.prepare(sql(selectRangeWithComments));
    query.addBindValue(first);
    query.addBindValue(last);
    if (!query.exec())
        return fail(query, what);
    auto tutorials = readTutorialsWithComments(query);
    if (query.lastError().type() != QSqlError::NoError)
        return fail(query, what);
    return tutorials;
}

Result<void> TutorialService::deleteImported(const QList<Tutorial> &imported)
{
    if (imported.isEmpty())
        return {};
    return retryingCertificationConflict([&]() -> Result<void> {
        const QString what = tr("Undoing the import failed; nothing was deleted");
        const qint64 first = imported.first().id;
        const qint64 last = imported.last().id;
        auto db = connection();
        if (!db)
            return db.error();
        Transaction transaction(*db);
        if (!transaction.isActive())
            return m_database.errorFrom(transaction.lastError(), what);
        // Read and locked (MySQL: FOR UPDATE; SQLite's BEGIN IMMEDIATE holds the write lock already) until the end.
        QSqlQuery query(*db);
        query.setForwardOnly(true);
        query.prepare(sql(selectRangeWithComments) + (m_database.isMySql() ? u" FOR UPDATE"_s : QString()));
        query.addBindValue(first);
        query.addBindValue(last);
        if (!query.exec())
            return fail(query, what);
        auto now = readTutorialsWithComments(query);
        if (query.lastError().type() != QSqlError::NoError)
            return fail(query, what);
        query.finish();
        if (*now != imported)
            return Error::conflict(tr("Someone else changed, deleted or commented on the imported tutorials since "
                                      "the import; undoing it would delete their work, so nothing was deleted."));
        // Exactly these rows are in the range now: two statements delete them, however many there are.
        for (const char *statement : {"DELETE FROM comments WHERE tutorialId BETWEEN ? AND ?",
                                      "DELETE FROM tutorials WHERE id BETWEEN ? AND ?"}) {
            QSqlQuery remove(*db);
            remove.prepare(QString::fromLatin1(statement));
            remove.addBindValue(first);
            remove.addBindValue(last);
            if (!remove.exec())
                return fail(remove, what);
        }
        if (!transaction.commit())
            return m_database.errorFrom(transaction.lastError(), what);
        return {};
    });
}
