#include "tutorialservice.h"

#include "database.h"
#include "dbworker.h"
#include "sqlrun_p.h"
#include "timestamps.h"
#include "tutorialsql_p.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace TutorialSql;

// The service's reads of single rows, and what its writes share: statements, the clock, the checks, the row
// helpers a transaction uses. Writes: tutorialservicewrites.cpp (one row) and tutorialservicebatch.cpp (several);
// the list's queries: tutorialservicelists.cpp.

TutorialService::TutorialService(Database &database) : m_database(database), m_validation(database) { }

QString TutorialService::sql(const char *statement)
{
    auto cached = m_statements.constFind(statement);
    if (cached != m_statements.cend())
        return *cached;
    const QString text = m_database.dialect(statement);
    m_statements.insert(statement, text);
    return text;
}

TutorialService::~TutorialService() = default;

Result<QSqlQuery> TutorialService::run(QSqlDatabase &db, const char *statement, const QVariantList &values,
                                       const QString &what)
{
    return Sql::run(m_database, db, sql(statement), values, what);
}

Result<void> TutorialService::select(const QString &statement, const QVariantList &values, const QString &what,
                                     const std::function<void(const QSqlQuery &)> &row)
{
    return Sql::select(m_database, statement, values, what, row);
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

QString TutorialService::escapeLike(const QString &text)
{
    return TutorialSql::escapeLike(text);
}

QString TutorialService::titleOrder(Database &database)
{
    if (database.isSqlite())
        return u"td_sortkey(t.title)"_s;
    const QString collation = database.sortCollation();
    return collation.isEmpty() ? u"t.title"_s : u"CONVERT(t.title USING utf8mb4) COLLATE "_s + collation;
}

Result<void> TutorialService::readColumnLimits()
{
    return m_validation.readColumnLimits();
}

Result<void> TutorialService::validateTutorial(const QString &title, const QString &description, Origin origin)
{
    return m_validation.tutorial(title, description, origin);
}

Result<void> TutorialService::validateComment(const QString &name, const QString &text, Origin origin)
{
    return m_validation.comment(name, text, origin);
}

Result<void> TutorialService::validateTutorialChanges(const TutorialRow &row, const TutorialChanges &changes)
{
    return m_validation.tutorialEdit(row, changes.title, changes.description, changes.origin);
}

Result<void> TutorialService::validateCommentChanges(const Comment &row, const CommentChanges &changes)
{
    return m_validation.commentEdit(row, changes.name, changes.text, changes.origin);
}

Result<TutorialRow> TutorialService::readTutorialRow(QSqlDatabase &db, qint64 id, const QString &what, bool lock)
{
    auto query = run(db, lock && m_database.isMySql() ? tutorialRowLocked : tutorialRow, {id}, what);
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("tutorial %1 not found").arg(id));
    return tutorialAt(*query, 0);
}

Result<Comment> TutorialService::readCommentRow(QSqlDatabase &db, qint64 id, const QString &what, bool lock)
{
    auto query = run(db, lock && m_database.isMySql() ? commentRowLocked : commentRow, {id}, what);
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("comment %1 not found").arg(id));
    return commentAt(*query, 0, true);
}

Result<void> TutorialService::requireTutorial(QSqlDatabase &db, qint64 id, const QString &what)
{
    auto exists = run(db, existsTutorial, {id}, what);
    if (!exists)
        return exists.error();
    if (!exists->next())
        return Error::notFound(tr("tutorial %1 not found").arg(id));
    return {};
}

Result<qint64> TutorialService::insertNewTutorial(QSqlDatabase &db, const QString &title, const QString &description,
                                                  qint64 stamp, const QString &what)
{
    const QString time = timestampText(m_database, stamp);
    auto query = run(db, insertTutorial, {bindText(title), bindText(description), time, time}, what);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<qint64> TutorialService::insertNewComment(QSqlDatabase &db, qint64 tutorialId, const QString &name,
                                                 const QString &text, qint64 stamp, const QString &what)
{
    const QString time = timestampText(m_database, stamp);
    auto query = run(db, insertComment, {bindText(name), bindText(text), time, time, tutorialId}, what);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<void> TutorialService::insertTutorialRow(QSqlDatabase &db, const TutorialRow &tutorial, const QString &what)
{
    const QString statement = sql(insertTutorialsWithIds) + rowPlaceholders(1, 5);
    auto query
        = Sql::run(m_database, db, statement,
                   {tutorial.id, bindText(tutorial.title), bindText(tutorial.description),
                    timestampText(m_database, tutorial.createdAt), timestampText(m_database, tutorial.updatedAt)},
                   what);
    if (!query)
        return query.error();
    return {};
}

Result<void> TutorialService::insertCommentRow(QSqlDatabase &db, const Comment &comment, const QString &what)
{
    const QString statement = sql(insertCommentsWithIds) + rowPlaceholders(1, 6);
    auto query = Sql::run(m_database, db, statement,
                          {comment.id, bindText(comment.name), bindText(comment.text),
                           timestampText(m_database, comment.createdAt), timestampText(m_database, comment.updatedAt),
                           bindId(comment.tutorialId)},
                          what);
    if (!query)
        return query.error();
    return {};
}

Result<Tutorial> TutorialService::findTutorialById(qint64 id)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString what = tr("Reading tutorial %1 failed").arg(id);
    QSqlQuery &query = reusable(*db, tutorialWithComments);
    query.bindValue(0, id);
    if (!query.exec()) {
        const Error error = m_database.errorFrom(query.lastError(), what, query.lastQuery());
        m_reusable.clear(); // prepared again next time
        return error;
    }
    const auto done = qScopeGuard([&query] { query.finish(); });
    QList<Tutorial> tutorial;
    while (query.next())
        appendTutorialWithComments(query, tutorial);
    if (query.lastError().isValid()) // a row that failed to arrive is an error, not a tutorial with fewer comments
        return m_database.errorFrom(query.lastError(), what, query.lastQuery());
    if (tutorial.isEmpty())
        return Error::notFound(tr("tutorial %1 not found").arg(id));
    return tutorial.first();
}

Result<Comment> TutorialService::findCommentById(qint64 id)
{
    std::optional<Comment> comment;
    auto read = select(sql(commentWithTutorial), {id}, tr("Reading comment %1 failed").arg(id),
                       [&comment](const QSqlQuery &query) {
                           comment = commentAt(query, 0, true);
                           if (!query.isNull(6))
                               comment->tutorial = tutorialAt(query, 6);
                       });
    if (!read)
        return read.error();
    if (!comment)
        return Error::notFound(tr("comment %1 not found").arg(id));
    return *comment;
}

Result<QList<Tutorial>> TutorialService::findAll(const QString &search)
{
    QString statement = sql(tutorialsWithComments);
    QVariantList values;
    if (!search.isEmpty()) {
        auto contains = searchCondition(search, values);
        if (!contains)
            return contains.error();
        statement += u" WHERE "_s + *contains;
    }
    QList<Tutorial> tutorials;
    auto read = select(statement + QLatin1String(byTutorialAndComment), values, tr("Reading the tutorials failed"),
                       [&tutorials](const QSqlQuery &query) { appendTutorialWithComments(query, tutorials); });
    if (!read)
        return read.error();
    return tutorials;
}

Result<TutorialRow> TutorialService::findTutorialRowById(qint64 id)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return readTutorialRow(*db, id, tr("Reading tutorial %1 failed").arg(id));
}

Result<TutorialService::Counts> TutorialService::counts()
{
    std::optional<Counts> counts;
    auto read = select(sql(countAll), {}, tr("Counting the rows failed"), [&counts](const QSqlQuery &query) {
        counts = Counts {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
    });
    if (!read)
        return read.error();
    if (!counts)
        return Error::database(tr("Counting the rows failed"));
    return *counts;
}

Result<qint64> TutorialService::countComments(qint64 tutorialId)
{
    return Sql::scalar(m_database, sql(countCommentsOf), {tutorialId},
                       tr("Counting the comments of tutorial %1 failed").arg(tutorialId));
}

Result<qint64> TutorialService::countUnassignedComments()
{
    return Sql::scalar(m_database, sql(countUnassigned), {}, tr("Counting the unassigned comments failed"));
}
