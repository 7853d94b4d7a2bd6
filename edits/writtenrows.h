#pragma once

#include "entities.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <optional>

class TutorialService;

// Rows as this window last wrote them: what its undo and redo steps expect to find (anything else is someone
// else's change). Written by the steps on the write worker, so every access takes a lock.
class WrittenRows
{
public:
    std::optional<TutorialRow> tutorial(qint64 id) const;
    std::optional<Comment> comment(qint64 id) const;
    TutorialRow tutorialOr(qint64 id, const TutorialRow &fallback) const { return tutorial(id).value_or(fallback); }
    Comment commentOr(qint64 id, const Comment &fallback) const { return comment(id).value_or(fallback); }

    void remember(const TutorialRow &row);
    void remember(Comment comment);
    // Rows an undo or redo put back exactly as they were (same ids, same timestamps).
    void rememberRestored(const QList<Tutorial> &tutorials, bool withComments = true);
    void rememberRestored(const QList<Comment> &comments);
    // Reads again the rows of those comments this window wrote before (a move or a detach changed them).
    void reread(TutorialService &service, const QList<qint64> &commentIds);
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<qint64, TutorialRow> m_tutorials;
    QHash<qint64, Comment> m_comments;
};
