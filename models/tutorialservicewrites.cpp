#include "database.h"
#include "sqlrun_p.h"
#include "timestamps.h"
#include "tutorialservice.h"
#include "tutorialsql_p.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace TutorialSql;

// The service's writes of one row: create, update and delete a tutorial or a comment. Each runs in Sql::write (one
// transaction, a certification conflict tried once more).

namespace {

QString savedAt(qint64 updatedAt)
{
    return Timestamps::toDateTime(updatedAt).toLocalTime().toString(Qt::ISODate);
}

// An unset change leaves the value as it is; a set one holds this text (NULL reads as empty, as the form shows it).
bool same(const std::optional<QString> &change, const QString &value)
{
    return !change || *change == value;
}

} // namespace

Result<TutorialRow> TutorialService::createTutorial(const QString &title, const QString &description)
{
    const QString what = tr("Creating the tutorial failed");
    if (auto valid = validateTutorial(title, description); !valid)
        return valid.error();
    LostCreate lost {false, 0, title, description, 0};
    auto made = takeLostCreate(lost);
    if (!made)
        return made.error(); // still cannot tell: it stays to be looked for
    if (*made)
        return findTutorialRowById(**made); // made before the connection went: not again
    // The insert and the read-back in one transaction: an error reading it back must not leave a tutorial the caller
    // was told failed (a retry, or the window's save after a reconnect, would create it twice).
    auto row = Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<TutorialRow> {
        lost.stamp = now();
        auto id = insertNewTutorial(db, title, description, lost.stamp, what);
        if (!id)
            return id.error();
        return readTutorialRow(db, *id, what);
    });
    if (!row && lost.stamp != 0)
        return rememberLostCreate(row.error(), lost);
    return row;
}

Result<Comment> TutorialService::createComment(qint64 tutorialId, const QString &name, const QString &text)
{
    const QString what = tr("Creating the comment failed");
    if (auto valid = validateComment(name, text); !valid)
        return valid.error();
    LostCreate lost {true, tutorialId, name, text, 0};
    auto made = takeLostCreate(lost);
    if (!made)
        return made.error();
    if (*made)
        return findCommentById(**made);
    auto comment = Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<Comment> {
        if (auto found = requireTutorial(db, tutorialId, what); !found)
            return found.error();
        lost.stamp = now();
        auto id = insertNewComment(db, tutorialId, name, text, lost.stamp, what);
        if (!id)
            return id.error();
        return readCommentRow(db, *id, what);
    });
    if (!comment && lost.stamp != 0)
        return rememberLostCreate(comment.error(), lost);
    return comment;
}

Result<std::optional<qint64>> TutorialService::takeLostCreate(const LostCreate &values)
{
    if (!m_lostCreate || m_lostCreate->comment != values.comment || m_lostCreate->tutorialId != values.tutorialId
        || m_lostCreate->first != values.first || m_lostCreate->second != values.second)
        return std::optional<qint64>();
    auto found = findLostCreate(*m_lostCreate);
    if (!found)
        return found.error();
    m_lostCreate.reset();
    return found;
}

Error TutorialService::rememberLostCreate(Error error, LostCreate lost)
{
    if (error.kind == Error::Kind::Connection)
        m_lostCreate = std::move(lost);
    return error;
}

Result<std::optional<qint64>> TutorialService::findLostCreate(const LostCreate &lost)
{
    const QString statement = lost.comment ? u"SELECT id FROM comments WHERE tutorialId = ? AND name = ? AND text = ? "
                                             "AND createdAt >= ? AND createdAt <= ? ORDER BY id DESC"_s
                                           : u"SELECT id FROM tutorials WHERE title = ? AND (description = ? OR "
                                             "(description IS NULL AND ? IS NULL)) AND createdAt >= ? AND createdAt "
                                             "<= ? ORDER BY id DESC"_s;
    QVariantList values;
    if (lost.comment)
        values << lost.tutorialId;
    values << bindText(lost.first) << bindText(lost.second);
    if (!lost.comment) // a tutorial made without a description has NULL there, which `=` never finds
        values << bindText(lost.second);
    values << timestampText(m_database, lost.stamp - 1000)
           << timestampText(m_database, lost.stamp + 1000);
    std::optional<qint64> id;
    auto read = select(statement, values, tr("Looking for a row whose saving lost its connection failed"),
                       [&id](const QSqlQuery &query) {
                           if (!id)
                               id = query.value(0).toLongLong();
                       });
    if (!read)
        return read.error();
    return id;
}

Result<void> TutorialService::requireUnchanged(const std::optional<TutorialRow> &expected, const TutorialRow &current)
{
    if (!expected || *expected == current)
        return {};
    return Error::conflict(tr("Tutorial %1 was changed by someone else after you opened it (saved at %2); "
                              "nothing was saved.")
                               .arg(current.id)
                               .arg(savedAt(current.updatedAt)));
}

Result<void> TutorialService::requireUnchanged(const std::optional<Comment> &expected, const Comment &current)
{
    if (!expected
        || (expected->name == current.name && expected->text == current.text
            && expected->tutorialId == current.tutorialId && expected->updatedAt == current.updatedAt))
        return {};
    return Error::conflict(tr("Comment %1 was changed by someone else after you opened it (saved at %2); "
                              "nothing was saved.")
                               .arg(current.id)
                               .arg(savedAt(current.updatedAt)));
}

// A save whose row changed since the editor read it, but which now holds exactly what the save writes: the save's
// own commit whose answer was lost with the connection (the write queue trying it again finds its work done), or
// someone else saving the same. Nothing is left to write and nothing conflicts with the person's values.
bool TutorialService::alreadyHolds(const TutorialChanges &changes, const TutorialRow &current)
{
    return same(changes.title, current.title) && same(changes.description, current.description);
}

bool TutorialService::alreadyHolds(const CommentChanges &changes, const Comment &current)
{
    return same(changes.name, current.name) && same(changes.text, current.text)
        && (!changes.tutorialId || *changes.tutorialId == current.tutorialId);
}

Result<TutorialRow> TutorialService::updateTutorial(qint64 id, const TutorialChanges &changes)
{
    const QString what = tr("Saving tutorial %1 failed").arg(id);
    return Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<TutorialRow> {
        auto current = readTutorialRow(db, id, what, true);
        if (!current && changes.expected && current.error().kind == Error::Kind::NotFound)
            return Error::notFound(
                tr("Tutorial %1 was deleted by someone else after you opened it; nothing was saved.").arg(id));
        if (!current)
            return current.error();
        if (auto unchanged = requireUnchanged(changes.expected, *current); !unchanged)
            return alreadyHolds(changes, *current) ? Result<TutorialRow>(*current) : unchanged.error();
        if (auto valid = validateTutorialChanges(*current, changes); !valid)
            return valid.error();
        auto updated = run(db, TutorialSql::updateTutorial,
                           {bindText(changes.title.value_or(current->title)),
                            bindText(changes.description.value_or(current->description)),
                            timestampText(m_database, nextUpdatedAt(current->updatedAt)), id},
                           what);
        if (!updated)
            return updated.error();
        return readTutorialRow(db, id, what);
    });
}

Result<Comment> TutorialService::updateComment(qint64 id, const CommentChanges &changes)
{
    const QString what = tr("Saving comment %1 failed").arg(id);
    return Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<Comment> {
        auto current = readCommentRow(db, id, what, true);
        if (!current && changes.expected && current.error().kind == Error::Kind::NotFound)
            return Error::notFound(
                tr("Comment %1 was deleted by someone else after you opened it; nothing was saved.").arg(id));
        if (!current)
            return current.error();
        if (auto unchanged = requireUnchanged(changes.expected, *current); !unchanged)
            return alreadyHolds(changes, *current) ? Result<Comment>(*current) : unchanged.error();
        if (auto valid = validateCommentChanges(*current, changes); !valid)
            return valid.error();
        const std::optional<qint64> tutorialId = changes.tutorialId.value_or(current->tutorialId);
        if (tutorialId && tutorialId != current->tutorialId) {
            if (auto found = requireTutorial(db, *tutorialId, what); !found)
                return found.error();
        }
        auto updated
            = run(db, TutorialSql::updateComment,
                  {bindText(changes.name.value_or(current->name)), bindText(changes.text.value_or(current->text)),
                   bindId(tutorialId), timestampText(m_database, nextUpdatedAt(current->updatedAt)), id},
                  what);
        if (!updated)
            return updated.error();
        return readCommentRow(db, id, what);
    });
}

Result<qint64> TutorialService::deleteTutorial(qint64 id, CommentsOnDelete comments)
{
    const QString what = tr("Deleting tutorial %1 failed").arg(id);
    return Sql::write(m_database, what, [&](QSqlDatabase &db) { return deleteTutorialIn(db, id, comments, what); });
}

Result<qint64> TutorialService::deleteTutorialIn(QSqlDatabase &db, qint64 id, CommentsOnDelete comments,
                                                 const QString &what)
{
    if (auto found = requireTutorial(db, id, what); !found)
        return found.error();
    auto cascade = run(db, comments == CommentsOnDelete::Delete ? deleteCommentsOf : detachCommentsOf, {id}, what);
    if (!cascade)
        return cascade.error();
    // Read now: SQLite counts the connection's last statement, whichever query asks.
    const qint64 affected = cascade->numRowsAffected();
    if (auto deleted = run(db, TutorialSql::deleteTutorial, {id}, what); !deleted)
        return deleted.error();
    return affected;
}

Result<void> TutorialService::deleteComment(qint64 id)
{
    const QString what = tr("Deleting comment %1 failed").arg(id);
    return Sql::write(m_database, what, [&](QSqlDatabase &db) { return deleteCommentIn(db, id, what); });
}

Result<void> TutorialService::deleteCommentIn(QSqlDatabase &db, qint64 id, const QString &what)
{
    auto deleted = run(db, TutorialSql::deleteComment, {id}, what);
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() == 0)
        return Error::notFound(tr("comment %1 not found").arg(id));
    return {};
}
