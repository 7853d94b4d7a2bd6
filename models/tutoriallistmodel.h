#pragma once

#include "databaseurl.h"
#include "entities.h"
#include "rememberedorders.h"
#include "result.h"
#include "tutorialservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

class SummaryLoader;

// The tutorial list as a table model that reads only what the view shows. One pass on a worker thread reads the
// order: the id of every matching tutorial, sorted and filtered by the database, kept as a compact array (8 bytes a
// row; TutorialService::findTutorialOrder). That array gives the row count, so the scrollbar stands for the whole
// list from the start. The rows themselves are read by id, a block at a time, when the view first asks for one of
// them (data()), so a block in the middle of a million rows costs what the first one costs. A bounded cache keeps
// the last blocks read. When unassigned comments exist, row 0 is an "Unassigned comments" entry (id NoTutorial),
// whatever the sort. Comments dropped on a row are not moved here: commentsDropped() lets the window do it through
// its undo stack.
class TutorialListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, CommentCountColumn, UpdatedColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DescriptionRole, IsUnassignedRole };
    static constexpr qint64 NoTutorial = 0; // the id of the "Unassigned comments" entry: real ids start at 1
    static constexpr int BlockSize = 128; // rows read at once around a row the view asks for
    static constexpr int MaxCachedBlocks = 16; // blocks kept; older ones are read again when shown again
    static constexpr qsizetype MaxRememberedIds = 1'000'000; // ids kept by the orders remembered (8 MB)

    explicit TutorialListModel(TutorialService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // From now on the order and the rows are read on a worker thread with its own connection (SummaryLoader), so a
    // slow LIKE scan or a sort by comment count never stalls the window: the rows change when the answer comes
    // (reloaded(), dataChanged()). Without it (an in-memory database, which this call leaves so), every read happens
    // on the calling thread.
    void enableBackgroundLoading(const DatabaseUrl &url);
    bool hasBackgroundLoading() const { return m_loader != nullptr; }
    // Starts reading the order (and the first block) a window opened on `url`, sorted so, will ask for first, before
    // the window exists (SummaryLoader::prefetchOrder): called by the program as soon as it has chosen the database,
    // before it checks the tables (a read that fails for want of them is made again). Nothing for an in-memory
    // database or one whose Qt driver is missing.
    static void prefetch(const DatabaseUrl &url, int sortColumn, Qt::SortOrder sortOrder);
    // Reads the order and the shown rows again, keeping the selection (persistent indexes follow their ids) and the
    // scroll position: after a change here or elsewhere. In the background when enabled (reloaded() tells when).
    void refreshInBackground();
    // Whether an answer from the worker is still awaited.
    bool isLoading() const { return m_orderTicket != 0 || m_rowsTicket != 0; }
    // Whether the order has been read once: before that the list is not known to be empty.
    bool isLoaded() const { return m_loaded; }

    // Reads the list again at once, on the calling thread.
    Result<void> refresh()
    {
        m_orders.forget();
        m_rowsStale = true;
        return refresh(std::nullopt);
    }
    // Whether the list is completely empty: no tutorial matches and there is no unassigned comment.
    bool isEmpty() const { return rowCount() == 0; }
    bool hasUnassignedRow() const { return m_unassignedCount > 0; }

    // Known for every row as soon as the order is read, loaded or not.
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when the id is not in the list
    // The row's values when they are loaded.
    std::optional<TutorialSummary> summaryAt(int row) const;
    bool isRowLoaded(int row) const;
    // How many tutorial rows have been read from the database since this model was made (the order's ids not
    // counted): what proves that the list reads only what is shown.
    qint64 rowsRead() const { return m_rowsRead; }
    // The rows the view shows now (first..last, inclusive): a refresh reads these again first.
    void setVisibleRows(int first, int last);


signals:
    void commentsDropped(const QList<qint64> &commentIds, qint64 tutorialId); // NoTutorial: make them unassigned
    void loadFailed(const QString &message);
    // The rows were replaced by the answer to a search or sort read in the background.
    void reloaded();

private:
    QVariant unassignedData(int column, int role) const;
    QVariant summaryData(const TutorialSummary &row, int column, int role) const;
    void relayOut(const QList<qint64> &ids, const QList<TutorialSummary> &rows, qint64 unassignedCount);
    TutorialService::SummaryQuery query() const;
    int firstTutorialRow() const { return hasUnassignedRow() ? 1 : 0; }
    // reset: a new search or sort (the view starts again at the top); within: only among these ids (a search typed
    // further, see setSearch)
    void requestOrder(bool reset, const std::optional<QList<qint64>> &within = {});
    QList<int> blocksToRead() const; // the first block and the shown rows' blocks
    static QList<int> positionsOf(const QList<int> &blocks);
    void want(int block) const; // from data(): read this block soon
    void dispatch(); // sends the next wanted block, one request at a time
    void onOrderLoaded(quint64 ticket, const QList<qint64> &ids, const QList<TutorialSummary> &rows,
                       qint64 unassignedCount);
    void onRowsLoaded(quint64 ticket, const QList<TutorialSummary> &rows);
    void onFailed(quint64 ticket, const QString &message);
    void keep(const QList<TutorialSummary> &rows); // into the cache, oldest blocks out
    // The orders of searches answered since the data last changed (same sort): a search typed again (Backspace,
    // undoing a keystroke) is shown from here without a query, and a new one that contains a remembered search is
    // looked for among that search's matches only.
    bool showRememberedOrder(const QString &search);
    Result<void> refresh(const std::optional<QList<qint64>> &within);

    TutorialService &m_service;
    QList<qint64> m_ids; // the order: every matching tutorial, as sorted
    QHash<qint64, TutorialSummary> m_rows; // the rows read, by id
    QSet<qint64> m_gone; // asked for by id but not found: deleted elsewhere since the order was read
    qint64 m_unassignedCount = 0;
    qint64 m_rowsRead = 0;
    bool m_loaded = false;
    QString m_search;
    QString m_orderSearch; // the search of the order awaited
    QString m_idsSearch; // the search m_ids answers
    int m_sortColumn = UpdatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    SummaryLoader *m_loader = nullptr;
    bool m_orderIsReset = false; // the awaited order is a new search or sort
    bool m_rowsStale = false; // the awaited order is read because something changed: the rows cached are out of date
    quint64 m_orderTicket = 0; // the order awaited
    quint64 m_rowsTicket = 0; // the block awaited
    QList<int> m_rowsBlocks; // the blocks it holds
    QList<int> m_orderBlocks; // the blocks read with the awaited order
    mutable QList<int> m_wanted; // blocks the view asked for, newest first (a few: older ones scrolled past)
    mutable bool m_dispatchQueued = false;
    QList<int> m_recent; // blocks read, newest first (the cache keeps MaxCachedBlocks of them)
    RememberedOrders m_orders {MaxRememberedIds}; // see showRememberedOrder()
    int m_firstVisible = 0;
    int m_lastVisible = -1;
};
