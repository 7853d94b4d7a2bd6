#include "tutoriallistmodel.h"

#include "summaryloader.h"
#include "timestamps.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

const char *const TutorialListModel::CommentMimeType = "application/x-tutorialdesk-comment-ids";

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
    return parent.isValid() ? 0 : firstTutorialRow() + int(m_rows.size());
}

int TutorialListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TutorialListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (hasUnassignedRow() && index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return tr("Unassigned comments");
            if (index.column() == CommentCountColumn)
                return m_orphanCount;
            return {};
        case Qt::ToolTipRole:
            return tr("%Ln comment(s) that belong to no tutorial", nullptr, int(m_orphanCount));
        case Qt::TextAlignmentRole:
            return index.column() == CommentCountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case IdRole:
            return NoTutorial;
        case IsUnassignedRole:
            return true;
        default:
            return {};
        }
    }
    const TutorialSummary &row = m_rows.at(index.row() - firstTutorialRow());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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
        if (index.column() == TitleColumn)
            return row.description.isEmpty() ? QVariant() : QVariant(row.description);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CommentCountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
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

TutorialService::SummaryQuery TutorialListModel::query(qint64 offset, int limit) const
{
    TutorialService::SummaryQuery request;
    request.search = m_search;
    request.sort = sortFor(m_sortColumn);
    request.descending = m_sortOrder == Qt::DescendingOrder;
    request.offset = offset;
    request.limit = limit;
    return request;
}

Result<QList<TutorialSummary>> TutorialListModel::fetch(qint64 offset, int limit)
{
    auto rows = m_service.findTutorialSummaries(query(offset, limit));
    if (!rows)
        emit loadFailed(rows.error().message);
    return rows;
}

void TutorialListModel::enableBackgroundLoading(const DatabaseUrl &url)
{
    if (m_loader)
        return;
    m_loader = new SummaryLoader(url, this);
    connect(m_loader, &SummaryLoader::loaded, this,
            [this](quint64 ticket, const TutorialService::SummaryQuery &, const QList<TutorialSummary> &rows,
                   qint64 orphanCount) { onLoaded(ticket, rows, orphanCount); });
    connect(m_loader, &SummaryLoader::failed, this, &TutorialListModel::onFailed);
}

void TutorialListModel::reload()
{
    m_pageTicket = 0; // a page of the old order is of no use any more
    if (!m_loader) {
        (void)refreshWith(PageSize);
        return;
    }
    m_wanted = PageSize;
    m_resetTicket = m_loader->request(query(0, m_wanted + 1), true);
}

void TutorialListModel::refreshInBackground()
{
    if (!m_loader) {
        (void)refresh();
        return;
    }
    m_pageTicket = 0;
    m_wanted = std::max<int>(PageSize, int(m_rows.size())); // keep what was scrolled into view
    m_resetTicket = m_loader->request(query(0, m_wanted + 1), true);
}

void TutorialListModel::onLoaded(quint64 ticket, const QList<TutorialSummary> &rows, qint64 orphanCount)
{
    if (ticket != 0 && ticket == m_resetTicket) {
        m_resetTicket = 0;
        beginResetModel();
        m_orphanCount = orphanCount >= 0 ? orphanCount : m_orphanCount;
        m_atEnd = rows.size() <= m_wanted;
        m_rows = rows;
        if (!m_atEnd)
            m_rows.removeLast();
        endResetModel();
        emit reloaded();
    } else if (ticket != 0 && ticket == m_pageTicket) {
        m_pageTicket = 0;
        const bool atEnd = rows.size() <= PageSize;
        const qsizetype count = atEnd ? rows.size() : rows.size() - 1;
        if (count > 0) {
            const int first = rowCount();
            beginInsertRows({}, first, first + int(count) - 1);
            m_rows.append(rows.first(count));
            endInsertRows();
        }
        m_atEnd = atEnd;
    } // else: an answer nobody waits for any more (a newer search, sort or refresh came first)
}

void TutorialListModel::onFailed(quint64 ticket, const QString &message)
{
    if (ticket == m_resetTicket)
        m_resetTicket = 0;
    else if (ticket == m_pageTicket)
        m_pageTicket = 0;
    else
        return;
    m_atEnd = true; // no retry storm from the view; refresh() tries again
    emit loadFailed(message);
}

Result<void> TutorialListModel::refresh()
{
    return refreshWith(std::max<int>(PageSize, int(m_rows.size())));
}

Result<void> TutorialListModel::refreshWith(int wanted)
{
    // What is read now is newer than any answer still on its way.
    m_resetTicket = 0;
    m_pageTicket = 0;
    auto orphans = m_service.countOrphanComments();
    if (!orphans) {
        emit loadFailed(orphans.error().message);
        return orphans.error();
    }
    auto rows = fetch(0, wanted + 1); // one more than shown tells whether more follow
    if (!rows)
        return rows.error();
    beginResetModel();
    m_orphanCount = *orphans;
    m_atEnd = rows->size() <= wanted;
    if (!m_atEnd)
        rows->removeLast();
    m_rows = std::move(*rows);
    endResetModel();
    return {};
}

bool TutorialListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !isLoading();
}

void TutorialListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || isLoading())
        return;
    if (m_loader) {
        m_pageTicket = m_loader->request(query(m_rows.size(), PageSize + 1), false);
        return;
    }
    auto rows = fetch(m_rows.size(), PageSize + 1);
    if (!rows) {
        m_atEnd = true; // no retry storm from the view; refresh() tries again
        return;
    }
    const bool atEnd = rows->size() <= PageSize;
    if (!atEnd)
        rows->removeLast();
    if (!rows->isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(rows->size()) - 1);
        m_rows.append(*rows);
        endInsertRows();
    }
    m_atEnd = atEnd;
}

void TutorialListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(); // a new order starts again at the first page
}

void TutorialListModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

qint64 TutorialListModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    if (hasUnassignedRow() && row == 0)
        return NoTutorial;
    return m_rows.at(row - firstTutorialRow()).id;
}

int TutorialListModel::rowOf(qint64 id) const
{
    if (id == NoTutorial)
        return hasUnassignedRow() ? 0 : -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i + firstTutorialRow();
    }
    return -1;
}

std::optional<TutorialSummary> TutorialListModel::summaryAt(int row) const
{
    const int i = row - firstTutorialRow();
    if (i < 0 || i >= m_rows.size())
        return std::nullopt;
    return m_rows.at(i);
}

QStringList TutorialListModel::mimeTypes() const
{
    return {QString::fromLatin1(CommentMimeType)};
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
    return data && data->hasFormat(QString::fromLatin1(CommentMimeType)) && parent.isValid()
        && (action == Qt::MoveAction || action == Qt::CopyAction);
}

bool TutorialListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = decodeCommentIds(data->data(QString::fromLatin1(CommentMimeType)));
    if (ids.isEmpty())
        return false;
    emit commentsDropped(ids, idAt(parent.row()));
    // The comment table's removeRows() refuses, so the source view removes nothing: the move command reloads it.
    return true;
}

QByteArray TutorialListModel::encodeCommentIds(const QList<qint64> &ids)
{
    QByteArray out;
    for (const qint64 id : ids) {
        if (!out.isEmpty())
            out += ' ';
        out += QByteArray::number(id);
    }
    return out;
}

QList<qint64> TutorialListModel::decodeCommentIds(const QByteArray &data)
{
    QList<qint64> ids;
    for (const QByteArray &part : data.split(' ')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}
