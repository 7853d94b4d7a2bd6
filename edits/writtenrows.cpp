#include "writtenrows.h"

#include "tutorialservice.h"

std::optional<TutorialRow> WrittenRows::tutorial(qint64 id) const
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_tutorials.constFind(id);
    return found == m_tutorials.cend() ? std::nullopt : std::optional(*found);
}

std::optional<Comment> WrittenRows::comment(qint64 id) const
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_comments.constFind(id);
    return found == m_comments.cend() ? std::nullopt : std::optional(*found);
}

void WrittenRows::remember(const TutorialRow &row)
{
    const QMutexLocker lock(&m_mutex);
    m_tutorials.insert(row.id, row);
}

void WrittenRows::remember(Comment comment)
{
    comment.tutorial.reset();
    const QMutexLocker lock(&m_mutex);
    m_comments.insert(comment.id, comment);
}

void WrittenRows::rememberRestored(const QList<Tutorial> &tutorials, bool withComments)
{
    for (const Tutorial &tutorial : tutorials) {
        remember(static_cast<const TutorialRow &>(tutorial));
        if (!withComments)
            continue;
        for (Comment comment : tutorial.comments) {
            comment.tutorialId = tutorial.id;
            remember(comment);
        }
    }
}

void WrittenRows::rememberRestored(const QList<Comment> &comments)
{
    for (const Comment &comment : comments)
        remember(comment);
}

void WrittenRows::reread(TutorialService &service, const QList<qint64> &commentIds)
{
    for (const qint64 id : commentIds) {
        if (!comment(id))
            continue;
        if (auto now = service.findCommentById(id))
            remember(*now);
    }
}

void WrittenRows::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_tutorials.clear();
    m_comments.clear();
}
