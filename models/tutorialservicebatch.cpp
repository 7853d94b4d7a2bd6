#include "database.h"
#include "sqlrun_p.h"
#include "tutorialservice.h"

#include "importedrows.h"
#include "tutorialsql_p.h"

#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace TutorialSql;

// The service's writes of several rows at once, all or nothing: undo's restores, the selection's batch deletes and
// moves, and the undo of an import. Each runs in Sql::write (one transaction, a certification conflict tried once
// more), like the writes of one row.

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
        if (comments != CommentsOnDelete::Delete)
            continue;
        for (const Comment &comment : tutorial.comments) {
            if (auto valid = validateComment(comment.name, comment.text, Origin::Kept); !valid)
                return valid.error();
        }
    }
    return Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<void> {
        for (const Tutorial &tutorial : tutorials) {
            if (auto restored = restoreTutorialIn(db, tutorial, comments, what); !restored)
                return restored;
        }
        return {};
    });
}

Result<void> TutorialService::restoreTutorialIn(QSqlDatabase &db, const Tutorial &tutorial, CommentsOnDelete comments,
                                                const QString &what)
{
    if (auto inserted = insertTutorialRow(db, tutorial, what); !inserted)
        return inserted;
    for (const Comment &comment : tutorial.comments) {
        if (comments == CommentsOnDelete::Delete) {
            Comment restored = comment;
            restored.tutorialId = tutorial.id;
            if (auto inserted = insertCommentRow(db, restored, what); !inserted)
                return inserted;
            continue;
        }
        // Only a comment that is still unassigned comes back: one moved meanwhile stays where it was put.
        if (auto attached = run(db, reattachComment, {tutorial.id, comment.id}, what); !attached)
            return attached.error();
    }
    return {};
}

Result<QList<Tutorial>> TutorialService::createTutorials(const QList<Tutorial> &tutorials)
{
    const QString what = tr("Creating the tutorials failed");
    for (const Tutorial &tutorial : tutorials) {
        if (auto valid = validateTutorial(tutorial.title, tutorial.description); !valid)
            return valid.error();
        for (const Comment &comment : tutorial.comments) {
            if (auto valid = validateComment(comment.name, comment.text); !valid)
                return valid.error();
        }
    }
    return Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<QList<Tutorial>> {
        const qint64 stamp = now();
        QList<Tutorial> created;
        for (const Tutorial &given : tutorials) {
            auto tutorial = createTutorialIn(db, given, stamp, what);
            if (!tutorial)
                return tutorial.error();
            created.append(std::move(*tutorial));
        }
        return created;
    });
}

Result<Tutorial> TutorialService::createTutorialIn(QSqlDatabase &db, const Tutorial &given, qint64 stamp,
                                                   const QString &what)
{
    Tutorial tutorial;
    static_cast<TutorialRow &>(tutorial) = given;
    tutorial.createdAt = tutorial.updatedAt = stamp;
    auto id = insertNewTutorial(db, given.title, given.description, stamp, what);
    if (!id)
        return id.error();
    tutorial.id = *id;
    for (Comment comment : given.comments) {
        comment.createdAt = comment.updatedAt = stamp;
        comment.tutorialId = tutorial.id;
        auto commentId = insertNewComment(db, tutorial.id, comment.name, comment.text, stamp, what);
        if (!commentId)
            return commentId.error();
        comment.id = *commentId;
        tutorial.comments.append(comment);
    }
    return tutorial;
}

Result<void> TutorialService::restoreComments(const QList<Comment> &comments)
{
    const QString what = tr("Restoring the comments failed");
    for (const Comment &comment : comments) {
        if (auto valid = validateComment(comment.name, comment.text, Origin::Kept); !valid)
            return valid.error();
    }
    return Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<void> {
        for (const Comment &comment : comments) {
            if (comment.tutorialId) {
                if (auto found = requireTutorial(db, *comment.tutorialId, what); !found)
                    return found.error();
            }
            if (auto inserted = insertCommentRow(db, comment, what); !inserted)
                return inserted;
        }
        return {};
    });
}

Result<void> TutorialService::deleteTutorials(const QList<qint64> &ids, CommentsOnDelete comments)
{
    const QString what = tr("Deleting the tutorials failed");
    return Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<void> {
        for (const qint64 id : ids) {
            if (auto deleted = deleteTutorialIn(db, id, comments, what); !deleted)
                return deleted.error();
        }
        return {};
    });
}

Result<void> TutorialService::deleteComments(const QList<qint64> &ids)
{
    const QString what = tr("Deleting the comments failed");
    return Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<void> {
        for (const qint64 id : ids) {
            if (auto deleted = deleteCommentIn(db, id, what); !deleted)
                return deleted;
        }
        return {};
    });
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
    return Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<void> {
        QSet<qint64> present; // tutorials known to exist in this transaction
        for (const Placement &placement : placements) {
            if (placement.tutorialId && !present.contains(*placement.tutorialId)) {
                if (auto found = requireTutorial(db, *placement.tutorialId, what); !found)
                    return found.error();
                present.insert(*placement.tutorialId);
            }
            if (auto placed = placeCommentIn(db, placement, what); !placed)
                return placed;
        }
        return {};
    });
}

Result<void> TutorialService::placeCommentIn(QSqlDatabase &db, const Placement &placement, const QString &what)
{
    auto current = readCommentRow(db, placement.commentId, what);
    if (!current)
        return current.error();
    auto placed = run(db, placeComment,
                      {bindId(placement.tutorialId), timestampText(m_database, nextUpdatedAt(current->updatedAt)),
                       placement.commentId},
                      what);
    if (!placed)
        return placed.error();
    return {};
}

Result<QList<Tutorial>> TutorialService::deleteImported(const ImportedRows &imported)
{
    if (imported.isEmpty())
        return QList<Tutorial>();
    const QString what = tr("Undoing the import failed; nothing was deleted");
    const QVariantList range {imported.firstTutorialId(), imported.lastTutorialId()};
    QList<Tutorial> now;
    auto deleted = Sql::write(m_database, what, [&](QSqlDatabase &db) -> Result<void> {
        // Read and locked (MySQL: FOR UPDATE; SQLite's BEGIN IMMEDIATE holds the write lock already) until the end.
        auto query = Sql::run(m_database, db,
                              sql(tutorialsInRangeWithComments) + (m_database.isMySql() ? u" FOR UPDATE"_s : QString()),
                              range, what);
        if (!query)
            return query.error();
        now.clear(); // (a retry reads them again)
        while (query->next())
            appendTutorialWithComments(*query, now);
        if (query->lastError().type() != QSqlError::NoError)
            return m_database.errorFrom(query->lastError(), what, query->lastQuery());
        query->finish();
        if (ImportedRows::of(now) != imported)
            return Error::conflict(tr("Someone else changed, deleted or commented on the imported tutorials since "
                                      "the import; undoing it would delete their work, so nothing was deleted."));
        // Exactly these rows are in the range now: two statements delete them, however many there are.
        for (const char *statement : {deleteCommentsInRange, deleteTutorialsInRange}) {
            if (auto deleted = run(db, statement, range, what); !deleted)
                return deleted.error();
        }
        return {};
    });
    if (!deleted)
        return deleted.error();
    return now;
}
