#include "tutoriallistmodel.h"

#include "commentdrag.h"
#include "sqldrivers.h"
#include "summaryloader.h"
#include "timestamps.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString localTime(qint64 ms)
{
    return QLocale().toString(Timestamps::toDateTime(ms).toLocalTime(), QLocale::ShortFormat);
}

TutorialService::SummarySort sortFor(int column)
{
    switch (column) {
    case TutorialListModel::TitleColumn:
        return TutorialService::SummarySort::Title;
    case TutorialListModel::CommentCountColumn:
        return TutorialService::SummarySort::CommentCount;
    case TutorialListModel::CreatedColumn:
        return TutorialService::SummarySort::CreatedAt;
    default:
        return TutorialService::SummarySort::UpdatedAt;
    }
}

} // namespace

TutorialListModel::TutorialListModel(TutorialService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

int TutorialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : firstTutorialRow() + int(m_ids.size());
}

int TutorialListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TutorialListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (hasUnassignedRow() && index.row() == 0)
        return unassignedData(index.column(), role);
    const int position = index.row() - firstTutorialRow();
    const qint64 id = m_ids.at(position);
    if (role == IdRole)
        return id;
    if (role == IsUnassignedRole)
        return false;
    const auto found = m_rows.constFind(id);
    if (found == m_rows.cend()) {
        if (role == Qt::DisplayRole && index.column() == TitleColumn && m_gone.contains(id))
            return tr("(deleted elsewhere)");
        if (!m_gone.contains(id))
            want(position / BlockSize); // shown for the first time: read soon, an empty cell meanwhile
        return {};
    }
    return summaryData(*found, index.column(), role);
}

// The first row, when there are comments without a tutorial.
QVariant TutorialListModel::unassignedData(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return tr("Unassigned comments");
        if (column == CommentCountColumn)
            return m_unassignedCount;
        return {};
    case Qt::ToolTipRole:
        return tr("%Ln comment(s) that belong to no tutorial", nullptr, int(m_unassignedCount));
    case Qt::TextAlignmentRole:
        return column == CommentCountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return NoTutorial;
    case IsUnassignedRole:
        return true;
    default:
        return {};
    }
}

// A tutorial's row, read.
QVariant TutorialListModel::summaryData(const TutorialSummary &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return row.title.trimmed().isEmpty() ? tr("(no title)") : row.title; // blank: the Node.js service allows it
        case CommentCountColumn:
            return row.commentCount;
        case UpdatedColumn:
            return localTime(row.updatedAt);
        case CreatedColumn:
            return localTime(row.createdAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return row.description.isEmpty() ? QVariant() : QVariant(row.description);
        return {};
    case Qt::TextAlignmentRole:
        return column == CommentCountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return row.id;
    case DescriptionRole:
        return row.description;
    case IsUnassignedRole:
        return false;
    default:
        return {};
    }
}

QVariant TutorialListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CommentCountColumn:
        return tr("Comments");
    case UpdatedColumn:
        return tr("Updated");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

Qt::ItemFlags TutorialListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

TutorialService::SummaryQuery TutorialListModel::query() const
{
    TutorialService::SummaryQuery request;
    request.search = m_search;
    request.sort = sortFor(m_sortColumn);
    request.descending = m_sortOrder == Qt::DescendingOrder;
    return request;
}

void TutorialListModel::prefetch(const DatabaseUrl &url, int sortColumn, Qt::SortOrder sortOrder)
{
    if (url.isSqlite() && url.isInMemory())
        return; // exists on its one connection only
    if (!SqlDrivers::missingFor(url).isEmpty())
        return; // no connection to read on (opening the database says so, in words)
    TutorialService::SummaryQuery request;
    request.sort = sortFor(sortColumn);
    request.descending = sortOrder == Qt::DescendingOrder;
    SummaryLoader::prefetchOrder(url, request, positionsOf({0})); // what a new window asks first: the first block
}

void TutorialListModel::enableBackgroundLoading(const DatabaseUrl &url)
{
    if (m_loader || (url.isSqlite() && url.isInMemory()))
        return; // an in-memory database exists on this connection only: read here
    m_loader = new SummaryLoader(url, this);
    connect(m_loader, &SummaryLoader::orderLoaded, this, &TutorialListModel::onOrderLoaded);
    connect(m_loader, &SummaryLoader::rowsLoaded, this, &TutorialListModel::onRowsLoaded);
    connect(m_loader, &SummaryLoader::failed, this, &TutorialListModel::onFailed);
}

QList<int> TutorialListModel::blocksToRead() const
{
    // The blocks of the rows shown, and of the first rows (a short list is read whole in one answer).
    QList<int> blocks{0};
    const int first = std::max(0, m_firstVisible - firstTutorialRow());
    const int last = std::max(first, m_lastVisible - firstTutorialRow());
    for (int block = first / BlockSize; block <= last / BlockSize && blocks.size() < 4; ++block) {
        if (!blocks.contains(block))
            blocks.append(block);
    }
    return blocks;
}

QList<int> TutorialListModel::positionsOf(const QList<int> &blocks)
{
    QList<int> positions;
    for (const int block : blocks) {
        for (int i = 0; i < BlockSize; ++i)
            positions.append(block * BlockSize + i);
    }
    return positions;
}

void TutorialListModel::requestOrder(bool reset, const std::optional<QList<qint64>> &within)
{
    if (!reset) {
        m_orders.forget(); // read again because something changed: the orders remembered may be out of date
        m_rowsStale = true; // and the rows read
    }
    m_orderSearch = m_search;
    m_rowsTicket = 0; // rows of the old order are of no use any more
    m_rowsBlocks.clear();
    m_wanted.clear();
    m_orderIsReset = m_orderIsReset || reset; // a refresh that overtakes a new sort is still a new sort
    m_orderBlocks = m_orderIsReset ? QList<int>{0} : blocksToRead();
    if (m_loader) {
        m_orderTicket = m_loader->requestOrder(query(), positionsOf(m_orderBlocks), within);
        return;
    }
    (void)refresh(within);
}

void TutorialListModel::refreshInBackground()
{
    requestOrder(false);
}

Result<void> TutorialListModel::refresh(const std::optional<QList<qint64>> &within)
{
    m_orderSearch = m_search;
    // What is read now is newer than any answer still on its way.
    auto unassigned = m_service.countUnassignedComments();
    if (!unassigned) {
        emit loadFailed(unassigned.error().message);
        return unassigned.error();
    }
    auto ids = m_service.findTutorialOrder(query(), within);
    if (!ids) {
        emit loadFailed(ids.error().message);
        return ids.error();
    }
    m_orderBlocks = m_orderIsReset ? QList<int>{0} : blocksToRead();
    QList<qint64> wanted;
    for (const int position : positionsOf(m_orderBlocks)) {
        if (position < ids->size())
            wanted.append(ids->at(position));
    }
    auto rows = m_service.findTutorialSummariesByIds(wanted);
    if (!rows) {
        emit loadFailed(rows.error().message);
        return rows.error();
    }
    m_orderTicket = std::numeric_limits<quint64>::max(); // as if it came from the worker
    onOrderLoaded(m_orderTicket, *ids, *rows, *unassigned);
    return {};
}

void TutorialListModel::onOrderLoaded(quint64 ticket, const QList<qint64> &ids, const QList<TutorialSummary> &rows,
                                      qint64 unassignedCount)
{
    if (ticket == 0 || ticket != m_orderTicket)
        return; // an answer nobody waits for any more (a newer search, sort or refresh came first)
    m_orderTicket = 0;
    m_rowsRead += rows.size();
    m_idsSearch = m_orderSearch;
    m_orders.remember(m_idsSearch, ids);
    const bool reset = std::exchange(m_orderIsReset, false) || !m_loaded;
    m_loaded = true;
    const bool stale = std::exchange(m_rowsStale, false);
    if (reset) {
        beginResetModel();
        m_ids = ids;
        m_unassignedCount = unassignedCount;
        // Another search or sort of the same data: the rows read stay cached (by id), so going back shows them at once.
        if (stale)
            m_rows.clear();
        m_recent = m_orderBlocks;
        m_gone.clear();
        keep(rows);
        endResetModel();
    } else {
        relayOut(ids, rows, unassignedCount);
    }
    emit reloaded();
    dispatch();
}

// Same search and sort, read again: every persistent index (the selection, the current row, an open editor's) follows
// its tutorial to its new row, or goes when the tutorial did.
void TutorialListModel::relayOut(const QList<qint64> &ids, const QList<TutorialSummary> &rows, qint64 unassignedCount)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    QHash<qint64, int> newRow;
    for (const QModelIndex &index : before) {
        beforeIds.append(idAt(index.row()));
        newRow.insert(beforeIds.last(), -1);
    }
    const int offset = unassignedCount > 0 ? 1 : 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto it = newRow.find(ids.at(i));
        if (it != newRow.end())
            *it = int(i) + offset;
    }
    if (unassignedCount > 0 && newRow.contains(NoTutorial))
        newRow[NoTutorial] = 0;
    m_ids = ids;
    m_unassignedCount = unassignedCount;
    m_rows.clear();
    m_recent = m_orderBlocks;
    m_gone.clear();
    keep(rows);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = newRow.value(beforeIds.at(i), -1);
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TutorialListModel::keep(const QList<TutorialSummary> &rows)
{
    for (const TutorialSummary &row : rows)
        m_rows.insert(row.id, row);
    if (m_rows.size() <= MaxCachedBlocks * BlockSize)
        return;
    // Too many: keep the newest blocks' rows only.
    QHash<qint64, TutorialSummary> kept;
    for (qsizetype b = 0; b < m_recent.size() && b < MaxCachedBlocks; ++b) {
        const int first = m_recent.at(b) * BlockSize;
        for (int i = first; i < first + BlockSize && i < m_ids.size(); ++i) {
            const auto it = m_rows.constFind(m_ids.at(i));
            if (it != m_rows.cend())
                kept.insert(it.key(), *it);
        }
    }
    m_recent = m_recent.mid(0, MaxCachedBlocks);
    m_rows = std::move(kept);
}

void TutorialListModel::want(int block) const
{
    if (m_rowsBlocks.contains(block))
        return; // on its way
    m_wanted.removeOne(block);
    m_wanted.prepend(block);
    // Dragging the thumb across the list asks for every block it passes: only the last few are still wanted.
    constexpr int MaxWanted = 4;
    while (m_wanted.size() > MaxWanted)
        m_wanted.removeLast();
    if (!m_dispatchQueued) {
        m_dispatchQueued = true;
        auto *self = const_cast<TutorialListModel *>(this);
        QMetaObject::invokeMethod(self, [self] { self->dispatch(); }, Qt::QueuedConnection);
    }
}

void TutorialListModel::dispatch()
{
    m_dispatchQueued = false;
    if (m_orderTicket != 0 || m_rowsTicket != 0 || m_wanted.isEmpty())
        return; // one request at a time; the answer sends the next
    // The newest wanted block, and the ones next to it that are wanted too (a view showing two blocks' rows).
    QList<int> blocks{m_wanted.takeFirst()};
    for (const int neighbour : {blocks.first() - 1, blocks.first() + 1}) {
        if (m_wanted.removeOne(neighbour))
            blocks.append(neighbour);
    }
    QList<qint64> ids;
    for (const int block : std::as_const(blocks)) {
        for (int i = block * BlockSize; i < (block + 1) * BlockSize && i < m_ids.size(); ++i) {
            if (!m_rows.contains(m_ids.at(i)))
                ids.append(m_ids.at(i));
        }
    }
    if (ids.isEmpty())
        return dispatch();
    m_rowsBlocks = blocks;
    if (m_loader) {
        m_rowsTicket = m_loader->requestRows(ids);
        return;
    }
    auto rows = m_service.findTutorialSummariesByIds(ids);
    if (!rows) {
        m_rowsBlocks.clear();
        m_wanted.clear(); // no retry storm from the view; a refresh tries again
        emit loadFailed(rows.error().message);
        return;
    }
    m_rowsTicket = std::numeric_limits<quint64>::max();
    onRowsLoaded(m_rowsTicket, *rows);
}

void TutorialListModel::onRowsLoaded(quint64 ticket, const QList<TutorialSummary> &rows)
{
    if (ticket == 0 || ticket != m_rowsTicket)
        return;
    m_rowsTicket = 0;
    m_rowsRead += rows.size();
    const QList<int> blocks = std::exchange(m_rowsBlocks, {});
    for (const int block : blocks) {
        m_recent.removeOne(block);
        m_recent.prepend(block);
    }
    keep(rows);
    // An id not found was deleted elsewhere since the order was read: said in its row until the order is read again.
    bool gone = false;
    for (const int block : blocks) {
        for (int i = block * BlockSize; i < (block + 1) * BlockSize && i < m_ids.size(); ++i) {
            if (!m_rows.contains(m_ids.at(i))) {
                m_gone.insert(m_ids.at(i));
                gone = true;
            }
        }
        const int first = firstTutorialRow() + block * BlockSize;
        const int last = std::min(rowCount() - 1, first + BlockSize - 1);
        if (last >= first)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    if (gone)
        requestOrder(false);
    else
        dispatch();
}

void TutorialListModel::onFailed(quint64 ticket, const QString &message)
{
    if (ticket == m_orderTicket) {
        m_orderTicket = 0;
        m_orderIsReset = false;
    } else if (ticket == m_rowsTicket) {
        m_rowsTicket = 0;
        m_rowsBlocks.clear();
        m_wanted.clear(); // no retry storm from the view; a refresh tries again
    } else {
        return;
    }
    emit loadFailed(message);
}

void TutorialListModel::setVisibleRows(int first, int last)
{
    m_firstVisible = first;
    m_lastVisible = last;
}

void TutorialListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_orders.forget();
    if (m_loaded || m_orderTicket != 0)
        requestOrder(true); // a new order starts again at the top
}

void TutorialListModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    // Typed further: what matches now is among what matched the order shown (containing the longer text means
    // containing the shorter one, character for character, whatever the case and accents), so only those rows are
    // looked at, by primary key, instead of every row of the table. Rows changed elsewhere meanwhile are caught by
    // the next change check, which reads the whole list again.
    std::optional<QList<qint64>> within;
    if (m_loaded && !m_idsSearch.isEmpty() && search.contains(m_idsSearch) && m_ids.size() <= TutorialService::MaxWithin)
        within = m_ids;
    m_search = search;
    if (showRememberedOrder(search))
        return;
    if (!within)
        within = m_orders.narrowestFor(search, TutorialService::MaxWithin);
    requestOrder(true, within);
}

bool TutorialListModel::showRememberedOrder(const QString &search)
{
    const QList<qint64> *found = m_orders.find(search);
    if (!m_loaded || !found)
        return false;
    const QList<qint64> ids = *found; // a copy: onOrderLoaded remembers it again
    m_rowsTicket = 0;
    m_rowsBlocks.clear();
    m_wanted.clear();
    m_orderSearch = search;
    m_orderIsReset = true;
    m_orderBlocks = {0};
    m_orderTicket = std::numeric_limits<quint64>::max(); // answered here; an order still on its way is dropped
    onOrderLoaded(m_orderTicket, ids, {}, m_unassignedCount); // the rows still cached show at once, the others are read
    return true;
}

qint64 TutorialListModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    if (hasUnassignedRow() && row == 0)
        return NoTutorial;
    return m_ids.at(row - firstTutorialRow());
}

int TutorialListModel::rowOf(qint64 id) const
{
    if (id == NoTutorial)
        return hasUnassignedRow() ? 0 : -1;
    const qsizetype i = m_ids.indexOf(id);
    return i < 0 ? -1 : int(i) + firstTutorialRow();
}

std::optional<TutorialSummary> TutorialListModel::summaryAt(int row) const
{
    const qint64 id = idAt(row);
    const auto found = m_rows.constFind(id);
    if (id <= 0 || found == m_rows.cend())
        return std::nullopt;
    return *found;
}

bool TutorialListModel::isRowLoaded(int row) const
{
    return summaryAt(row).has_value();
}

QStringList TutorialListModel::mimeTypes() const
{
    return {CommentDrag::mimeType()};
}

Qt::DropActions TutorialListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool TutorialListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                        const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    // Only onto a row (a tutorial or the unassigned entry), never between rows.
    return CommentDrag::carries(data) && parent.isValid()
        && (action == Qt::MoveAction || action == Qt::CopyAction);
}

bool TutorialListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = CommentDrag::ids(data);
    if (ids.isEmpty())
        return false;
    emit commentsDropped(ids, idAt(parent.row()));
    // The comment table's removeRows() refuses, so the source view removes nothing: the move command reloads it.
    return true;
}
