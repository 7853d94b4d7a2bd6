#include "commenttablemodel.h"

#include "timestamps.h"
#include "tutoriallistmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <algorithm>

CommentTableModel::CommentTableModel(TutorialService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

int CommentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

int CommentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comments.size())
        return {};
    const Comment &comment = m_comments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return comment.name;
        case TextColumn:
            return comment.text;
        case CreatedColumn:
            return QLocale().toString(Timestamps::toDateTime(comment.createdAt).toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return tr("Created %1, last changed %2")
                .arg(QLocale().toString(Timestamps::toDateTime(comment.createdAt).toLocalTime(), QLocale::LongFormat),
                     QLocale().toString(Timestamps::toDateTime(comment.updatedAt).toLocalTime(), QLocale::LongFormat));
        if (m_pending.contains(comment.id))
            return tr("Saving…");
        return index.column() == TextColumn ? QVariant(comment.text) : QVariant();
    case IdRole:
        return comment.id;
    case PendingRole:
        return m_pending.contains(comment.id);
    case Qt::StatusTipRole:
    case Qt::AccessibleDescriptionRole:
        return m_pending.contains(comment.id) ? QVariant(tr("Saving…")) : QVariant();
    default:
        return {};
    }
}

QVariant CommentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TextColumn:
        return tr("Text");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

Qt::ItemFlags CommentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn || index.column() == TextColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CommentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_comments.size())
        return false;
    if (index.column() != NameColumn && index.column() != TextColumn)
        return false;
    const Comment before = m_comments.at(index.row());
    const QString text = value.toString();
    const QString current = index.column() == NameColumn ? before.name : before.text;
    if (text == current && text.isNull() == current.isNull())
        return true; // nothing changed: nothing to write
    TutorialService::CommentChanges changes;
    Comment after = before;
    if (index.column() == NameColumn)
        changes.name = after.name = text;
    else
        changes.text = after.text = text;
    // Checked here, so a refused value is said at once; a check that could not reach the database (a lost server)
    // is made again by the write itself.
    if (auto valid = m_service.validateCommentChanges(before, changes);
        !valid && valid.error().kind != Error::Kind::Connection && valid.error().kind != Error::Kind::Busy) {
        emit editRejected(index, text, valid.error());
        return false;
    }
    m_comments[index.row()] = after;
    m_pending.insert(after.id, after);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit editRequested(before, after);
    return true;
}

void CommentTableModel::editSaved(const Comment &saved)
{
    m_pending.remove(saved.id);
    Comment row = saved;
    row.tutorial.reset();
    if (rowOf(saved.id) >= 0 && (!m_loaded || row.tutorialId == m_tutorialId))
        replace(row);
}

void CommentTableModel::editFailed(const Comment &before)
{
    m_pending.remove(before.id);
    replace(before);
}

void CommentTableModel::showPending(QList<Comment> &comments) const
{
    if (m_pending.isEmpty())
        return;
    for (Comment &comment : comments) {
        const auto pending = m_pending.constFind(comment.id);
        if (pending != m_pending.cend()) {
            comment.name = pending->name;
            comment.text = pending->text;
        }
    }
}

QStringList CommentTableModel::mimeTypes() const
{
    return {QString::fromLatin1(TutorialListModel::CommentMimeType)};
}

QMimeData *CommentTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(TutorialListModel::CommentMimeType), TutorialListModel::encodeCommentIds(ids));
    return mime;
}

Qt::DropActions CommentTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Result<void> CommentTableModel::load(std::optional<qint64> tutorialId, int atLeast)
{
    const int rows = qMax(atLeast, int(PageSize));
    // One more than asked tells whether more follow.
    auto comments = m_service.findComments(tutorialId, 0, rows + 1);
    if (!comments)
        return comments.error();
    const bool more = comments->size() > rows;
    if (more)
        comments->removeLast();
    showPending(*comments);
    beginResetModel();
    m_comments = std::move(*comments);
    m_tutorialId = tutorialId;
    m_loaded = true;
    m_more = more;
    endResetModel();
    return {};
}

Result<void> CommentTableModel::reload()
{
    if (!m_loaded)
        return {};
    return load(m_tutorialId, int(m_comments.size()));
}

Result<void> CommentTableModel::update()
{
    if (!m_loaded)
        return {};
    const int rows = qMax(int(m_comments.size()), int(PageSize));
    auto fresh = m_service.findComments(m_tutorialId, 0, rows + 1);
    if (!fresh)
        return fresh.error();
    m_more = fresh->size() > rows;
    if (m_more)
        fresh->removeLast();
    showPending(*fresh);
    // Both lists are in id order. First the rows gone (from the end, so the rows before keep their numbers)...
    QSet<qint64> freshIds;
    for (const Comment &comment : std::as_const(*fresh))
        freshIds.insert(comment.id);
    for (int row = int(m_comments.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_comments.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_comments.removeAt(row);
        endRemoveRows();
    }
    // ...then the new ones in their places, and the ones that changed.
    for (int row = 0; row < fresh->size(); ++row) {
        const Comment &comment = fresh->at(row);
        if (row >= m_comments.size() || m_comments.at(row).id != comment.id) {
            beginInsertRows({}, row, row);
            m_comments.insert(row, comment);
            endInsertRows();
        } else if (!(m_comments.at(row) == comment)) {
            m_comments[row] = comment;
            // The whole row: a dataChanged of one cell would put the stored value into an open editor.
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    return {};
}

bool CommentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CommentTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const qint64 lastId = m_comments.isEmpty() ? 0 : m_comments.last().id;
    auto page = m_service.findComments(m_tutorialId, lastId, PageSize + 1);
    if (!page) {
        m_more = false; // no retry storm from the view; reload() tries again
        return;
    }
    const bool more = page->size() > PageSize;
    if (more)
        page->removeLast();
    showPending(*page);
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_comments.size()), int(m_comments.size() + page->size()) - 1);
        m_comments.append(*page);
        endInsertRows();
    }
    m_more = more;
}

void CommentTableModel::clear()
{
    m_more = false;
    beginResetModel();
    m_comments.clear();
    m_tutorialId.reset();
    m_loaded = false;
    endResetModel();
}

int CommentTableModel::rowOf(qint64 commentId) const
{
    const auto it = std::find_if(m_comments.cbegin(), m_comments.cend(),
                                 [commentId](const Comment &comment) { return comment.id == commentId; });
    return it == m_comments.cend() ? -1 : int(it - m_comments.cbegin());
}

void CommentTableModel::replace(const Comment &comment)
{
    const int row = rowOf(comment.id);
    if (row < 0)
        return;
    m_comments[row] = comment;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
