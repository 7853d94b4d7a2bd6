#pragma once

#include "databaseurl.h"
#include "entities.h"
#include "result.h"
#include "tutorialservice.h"

#include <QAbstractTableModel>

class SummaryLoader;

// The tutorial list as a table model, QSqlQueryModel-style: rows are fetched a page at a time (fetchMore) from
// TutorialService::findTutorialSummaries, filtered and sorted by the database, never the whole table at once.
// When unassigned comments exist, row 0 is an "Unassigned comments" entry (id NoTutorial), whatever the sort.
// Comments dropped on a row are not moved here: commentsDropped() lets the window do it through its undo stack.
class TutorialListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, CommentCountColumn, UpdatedColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DescriptionRole, IsUnassignedRole };
    static constexpr qint64 NoTutorial = 0; // the id of the "Unassigned comments" entry: real ids start at 1
    static constexpr int PageSize = 256;
    static const char *const CommentMimeType;

    explicit TutorialListModel(TutorialService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

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

    // From now on, a new search or sort and the next pages are read on a worker thread with its own connection
    // (SummaryLoader), so a slow LIKE scan or a sort by comment count never stalls the window: the rows change
    // when the answer comes (reloaded()). Without it, every read happens at once on the calling thread.
    void enableBackgroundLoading(const DatabaseUrl &url);
    bool hasBackgroundLoading() const { return m_loader != nullptr; }
    // Reads the list again like refresh(), in the background when enabled (reloaded() tells when it is done).
    void refreshInBackground();
    // Whether an answer from the worker is still awaited.
    bool isLoading() const { return m_resetTicket != 0 || m_pageTicket != 0; }

    // Reads the list again at once (as many rows as were loaded, at least one page), e.g. after a change.
    Result<void> refresh();
    // Whether the list is completely empty: no tutorial matches and there is no unassigned comment.
    bool isEmpty() const { return rowCount() == 0; }
    qint64 orphanCount() const { return m_orphanCount; }
    bool hasUnassignedRow() const { return m_orphanCount > 0; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when the id is not loaded
    std::optional<TutorialSummary> summaryAt(int row) const;

    // Encodes comment ids the way the comment table drags them.
    static QByteArray encodeCommentIds(const QList<qint64> &ids);
    static QList<qint64> decodeCommentIds(const QByteArray &data);

signals:
    void commentsDropped(const QList<qint64> &commentIds, qint64 tutorialId); // NoTutorial: make them unassigned
    void loadFailed(const QString &message);
    // The rows were replaced by the answer to a search or sort read in the background.
    void reloaded();

private:
    Result<QList<TutorialSummary>> fetch(qint64 offset, int limit);
    TutorialService::SummaryQuery query(qint64 offset, int limit) const;
    int firstTutorialRow() const { return hasUnassignedRow() ? 1 : 0; }
    Result<void> refreshWith(int wanted);
    void reload(); // after a new search or sort: in the background when enabled, else at once
    void onLoaded(quint64 ticket, const QList<TutorialSummary> &rows, qint64 orphanCount);
    void onFailed(quint64 ticket, const QString &message);

    TutorialService &m_service;
    QList<TutorialSummary> m_rows;
    qint64 m_orphanCount = 0;
    bool m_atEnd = true;
    QString m_search;
    int m_sortColumn = UpdatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    SummaryLoader *m_loader = nullptr;
    quint64 m_resetTicket = 0; // the search or sort whose rows are awaited
    quint64 m_pageTicket = 0; // the next page awaited
    int m_wanted = PageSize; // rows asked for by the awaited reset
};
