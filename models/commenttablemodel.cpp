#include "commenttablemodel.h"

#include "commentdrag.h"
#include "database.h"
#include "summaryloader.h"
#include "timestamps.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <algorithm>
#include <limits>

CommentTableModel::CommentTableModel(TutorialService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

int CommentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CommentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    if (role == PendingRole)
        return m_pending.contains(id);
    const auto found = m_rows.constFind(id);
    if (found == m_rows.cend()) {
        if (role == Qt::DisplayRole && !m_gone.contains(id))
            want(index.row() / BlockSize); // shown for the first time: read soon, an empty cell meanwhile
        return {};
    }
    const Comment &comment = *found;
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
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_ids.size())
        return false;
    if (index.column() != NameColumn && index.column() != TextColumn)
        return false;
    const auto found = m_rows.constFind(m_ids.at(index.row()));
    if (found == m_rows.cend())
        return false; // not read yet: nothing shown to edit
    const Comment before = *found;
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
    m_rows.insert(after.id, after);
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
    return {CommentDrag::mimeType()};
}

QMimeData *CommentTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return CommentDrag::mimeData(ids);
}

Qt::DropActions CommentTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QList<qint64> CommentTableModel::idsOf(int block) const
{
    return m_ids.mid(qsizetype(block) * BlockSize, BlockSize);
}

Result<void> CommentTableModel::load(std::optional<qint64> tutorialId, int atLeast)
{
    Q_UNUSED(atLeast);
    return show(tutorialId, false, -1);
}

Result<void> CommentTableModel::reload()
{
    return update();
}

Result<void> CommentTableModel::update()
{
    if (!m_loaded)
        return {};
    return show(m_tutorialId, false, -1);
}

Result<void> CommentTableModel::show(std::optional<qint64> tutorialId, bool withTutorial, int waitMs)
{
    SummaryLoader::DetailRequest request;
    request.tutorialId = tutorialId;
    request.withTutorial = withTutorial;
    request.blockSize = BlockSize;
    if (m_loaded && tutorialId == m_tutorialId) {
        // The same comments read again: the blocks in the cache, as they will stand in the new order.
        for (const int block : std::as_const(m_recent)) {
            if (!request.blocks.contains(block))
                request.blocks.append(block);
        }
    }
    if (request.blocks.isEmpty())
        request.blocks.append(0);
    if (!m_loader && !m_service.database().url().isInMemory())
        makeLoader();
    if (m_loader) {
        m_awaited = m_loader->requestDetail(request);
    } else { // an in-memory database exists on this connection only
        m_awaited = std::make_shared<SummaryLoader::PendingDetail>(std::numeric_limits<quint64>::max(), request);
        m_awaited->finish(SummaryLoader::PendingDetail::read(m_service, request));
    }
    if (!m_awaited->waitFor(waitMs))
        return {}; // applied when it comes: detailShown() says so
    return applyAwaited();
}

void CommentTableModel::makeLoader()
{
    m_loader = new SummaryLoader(m_service.database().url(), this);
    connect(m_loader, &SummaryLoader::commentsLoaded, this, &CommentTableModel::onLoaded);
    connect(m_loader, &SummaryLoader::failed, this, &CommentTableModel::onFailed);
    connect(m_loader, &SummaryLoader::detailLoaded, this, [this](quint64 ticket) {
        if (m_awaited && m_awaited->ticket() == ticket)
            (void)applyAwaited();
    });
}

Result<void> CommentTableModel::applyAwaited()
{
    const std::shared_ptr<SummaryLoader::PendingDetail> done = std::exchange(m_awaited, {});
    const SummaryLoader::DetailRequest &request = done->request();
    const SummaryLoader::DetailAnswer &answer = done->answer();
    if (answer.error) {
        emit detailShown(request.tutorialId, std::nullopt, answer.error);
        return *answer.error;
    }
    if (m_loaded && request.tutorialId == m_tutorialId)
        applyUpdate(answer.ids, answer.rows, request.blocks);
    else
        applyLoad(request.tutorialId, answer.ids, answer.rows);
    emit detailShown(request.tutorialId, answer.tutorial, std::nullopt);
    return {};
}

void CommentTableModel::applyLoad(std::optional<qint64> tutorialId, const QList<qint64> &ids,
                                  const QList<Comment> &first)
{
    beginResetModel();
    m_ids = ids;
    m_rows.clear();
    m_recent.clear();
    m_gone.clear();
    m_wanted.clear();
    m_ticket = 0; // an answer about the comments shown before is of no use
    m_ticketBlock = -1;
    m_tutorialId = tutorialId;
    m_loaded = true;
    keep(first, {0});
    endResetModel();
}

void CommentTableModel::applyUpdate(const QList<qint64> &fresh, const QList<Comment> &rows, QList<int> blocks)
{
    // The blocks in the cache, as they stand in the new order, read again: what changed in them is repainted.
    m_wanted.clear();
    m_ticket = 0; // the rows on their way may be at other places now
    m_ticketBlock = -1;
    removeGone(fresh);
    insertNew(fresh);
    blocks.removeIf([this](int block) { return qsizetype(block) * BlockSize >= m_ids.size(); });
    QHash<qint64, Comment> before = std::exchange(m_rows, {});
    m_recent.clear();
    m_gone.clear();
    keep(rows, blocks);
    // Only the rows that differ: a dataChanged of a row with an open editor would put the stored value into it.
    for (const int block : std::as_const(blocks)) {
        const int first = block * BlockSize;
        const int last = int(std::min<qsizetype>(m_ids.size(), qsizetype(first) + BlockSize)) - 1;
        for (int row = first; row <= last; ++row) {
            const qint64 id = m_ids.at(row);
            const auto was = before.constFind(id);
            const auto now = m_rows.constFind(id);
            const bool same = was != before.cend() && now != m_rows.cend() && *was == *now;
            if (!same) // the whole row: a dataChanged of one cell would put the stored value into an open editor
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

// The rows whose ids are not in `fresh` (both in id order) removed, from the end (so the rows before keep their
// numbers), a run at a time.
void CommentTableModel::removeGone(const QList<qint64> &fresh)
{
    QList<bool> kept(m_ids.size(), false);
    for (qsizetype i = 0, j = 0; i < m_ids.size(); ++i) {
        while (j < fresh.size() && fresh.at(j) < m_ids.at(i))
            ++j;
        kept[i] = j < fresh.size() && fresh.at(j) == m_ids.at(i);
    }
    for (qsizetype last = m_ids.size() - 1; last >= 0;) {
        if (kept.at(last)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !kept.at(first - 1))
            --first;
        beginRemoveRows({}, int(first), int(last));
        for (qsizetype i = first; i <= last; ++i)
            m_rows.remove(m_ids.at(i));
        m_ids.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
}

// The ids of `fresh` not shown yet inserted in their places, a run at a time (the rows shown are all in `fresh`).
void CommentTableModel::insertNew(const QList<qint64> &fresh)
{
    for (qsizetype i = 0; i < fresh.size();) {
        if (i < m_ids.size() && m_ids.at(i) == fresh.at(i)) {
            ++i;
            continue;
        }
        // New ids up to the next one both lists have (after the last common one: all the rest).
        const bool past = i >= m_ids.size();
        qsizetype end = i;
        while (end < fresh.size() && (past || fresh.at(end) != m_ids.at(i)))
            ++end;
        beginInsertRows({}, int(i), int(end - 1));
        m_ids.insert(i, end - i, 0);
        for (qsizetype k = i; k < end; ++k)
            m_ids[k] = fresh.at(k);
        endInsertRows();
        i = end;
    }
}

void CommentTableModel::keep(const QList<Comment> &comments, const QList<int> &blocks)
{
    m_rowsRead += comments.size();
    QList<Comment> shown = comments;
    showPending(shown); // an edit on its way is shown over what was read
    for (const Comment &comment : std::as_const(shown))
        m_rows.insert(comment.id, comment);
    for (const int block : blocks) {
        m_recent.removeOne(block);
        m_recent.prepend(block);
        // An id asked for and not found was deleted elsewhere: not asked again until the ids are read again.
        for (const qint64 id : idsOf(block)) {
            if (!m_rows.contains(id))
                m_gone.insert(id);
        }
    }
    while (m_recent.size() > MaxCachedBlocks) {
        for (const qint64 id : idsOf(m_recent.takeLast()))
            m_rows.remove(id);
    }
}

void CommentTableModel::want(int block) const
{
    if (block == m_ticketBlock)
        return; // on its way
    m_wanted.removeOne(block);
    m_wanted.prepend(block);
    // Dragging the thumb across many comments asks for every block it passes: only the last few are still wanted.
    constexpr int MaxWanted = 4;
    while (m_wanted.size() > MaxWanted)
        m_wanted.removeLast();
    if (!m_dispatchQueued) {
        m_dispatchQueued = true;
        auto *self = const_cast<CommentTableModel *>(this);
        QMetaObject::invokeMethod(self, [self] { self->dispatch(); }, Qt::QueuedConnection);
    }
}

void CommentTableModel::dispatch()
{
    m_dispatchQueued = false;
    if (m_ticket != 0 || m_wanted.isEmpty())
        return; // one request at a time; the answer sends the next
    const int block = m_wanted.takeFirst();
    QList<qint64> ids;
    for (const qint64 id : idsOf(block)) {
        if (!m_rows.contains(id) && !m_gone.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return dispatch();
    m_ticketBlock = block;
    if (!m_loader && !m_service.database().url().isInMemory())
        makeLoader();
    if (m_loader) {
        m_ticket = m_loader->requestComments(ids);
        return;
    }
    auto rows = m_service.findCommentsByIds(ids); // an in-memory database exists on this connection only
    if (!rows) {
        m_ticketBlock = -1;
        m_wanted.clear(); // no retry storm from the view; a reload tries again
        emit loadFailed(rows.error().message);
        return;
    }
    m_ticket = std::numeric_limits<quint64>::max();
    onLoaded(m_ticket, *rows);
}

void CommentTableModel::onLoaded(quint64 ticket, const QList<Comment> &comments)
{
    if (ticket == 0 || ticket != m_ticket)
        return; // an answer about rows that have moved since (a reload came first)
    m_ticket = 0;
    const int block = std::exchange(m_ticketBlock, -1);
    keep(comments, {block});
    const int first = block * BlockSize;
    const int last = int(std::min<qsizetype>(m_ids.size(), qsizetype(first) + BlockSize)) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    dispatch();
}

void CommentTableModel::onFailed(quint64 ticket, const QString &message)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    m_ticketBlock = -1;
    m_wanted.clear(); // no retry storm from the view; a reload tries again
    emit loadFailed(message);
}

void CommentTableModel::clear()
{
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    m_recent.clear();
    m_gone.clear();
    m_wanted.clear();
    m_ticket = 0;
    m_ticketBlock = -1;
    m_tutorialId.reset();
    m_loaded = false;
    m_awaited.reset(); // an answer on its way is shown no more
    endResetModel();
}

std::optional<Comment> CommentTableModel::loadedCommentAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return std::nullopt;
    if (const auto found = m_rows.constFind(m_ids.at(row)); found != m_rows.cend())
        return *found;
    return std::nullopt;
}

qint64 CommentTableModel::idAt(int row) const
{
    return row < 0 || row >= m_ids.size() ? 0 : m_ids.at(row);
}

bool CommentTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_ids.size() && m_rows.contains(m_ids.at(row));
}

int CommentTableModel::rowOf(qint64 commentId) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), commentId);
    return it == m_ids.cend() || *it != commentId ? -1 : int(it - m_ids.cbegin());
}

void CommentTableModel::replace(const Comment &comment)
{
    const int row = rowOf(comment.id);
    if (row < 0)
        return;
    m_rows.insert(comment.id, comment);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
