#pragma once

#include "entities.h"
#include "result.h"
#include "summaryloader.h"
#include "tutorialservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

// The comments of one tutorial (or the unassigned ones) as an editable table, QSqlTableModel-style with the
// OnFieldChange strategy: a committed cell edit is validated at once and handed to the window as editRequested(),
// which saves it on its write worker (the table itself never writes). Until the answer, the row shows the new value
// and is marked pending (PendingRole; the view shows it in italics, "Saving…"), and keeps it across reloads; editSaved() or
// editFailed() ends that. A value refused by validation changes nothing and is reported by editRejected() with the
// value the person typed, so the window can show the reason and give the text back.
// It reads what the view shows, the way TutorialListModel does: the ids of all the comments in one pass along the
// tutorialId index (8 bytes a comment, so the scrollbar stands for all of them at once), then the rows by id, a block
// of BlockSize at a time, when the view first asks for one of them, so a page in the middle of 200,000 comments costs
// what the first one costs. The ids and the first block are read when a tutorial is shown; the blocks scrolled to
// later on a worker thread with its own connection (made the first time one is needed), so scrolling never waits.
class CommentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TextColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PendingRole };

    explicit CommentTableModel(TutorialService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    static constexpr int BlockSize = 128; // rows read at once around a row the view asks for
    static constexpr int MaxCachedBlocks = 16; // blocks kept; older ones are read again when shown again
    static constexpr int PageSize = BlockSize; // (what load() was given before it read by blocks)

    // Shows the comments of a tutorial, or the unassigned ones (std::nullopt): all their ids and the first block.
    // The same tutorial again is update(). (`atLeast` is no longer needed: every row is there at once.)
    Result<void> load(std::optional<qint64> tutorialId, int atLeast = BlockSize);
    // Reads the shown comments again, keeping the scroll position and the selection: update().
    Result<void> reload();
    // Reads the ids again and the blocks in the cache, and touches only the rows that differ (added, removed,
    // changed): an open cell editor, the selection and the scroll position stay. For changes made here or elsewhere.
    Result<void> update();
    // load() or update() without waiting on the database: what they read (and the tutorial's own row, when asked) is
    // read on the worker thread; an answer that comes within `waitMs` is put in before this returns, a later one
    // when it comes (-1: wait for it). Either way detailShown() tells it, or the error (the table unchanged). A
    // newer call, or clear(), makes an answer still on its way of no use.
    Result<void> show(std::optional<qint64> tutorialId, bool withTutorial, int waitMs);
    bool isShowing() const { return m_awaited != nullptr; } // an answer is awaited
    void clear();
    bool isLoaded() const { return m_loaded; }
    // Whether rows beyond those known exist: never, since every id is read at once (the change watcher asks).
    bool hasMore() const { return false; }
    std::optional<qint64> tutorialId() const { return m_tutorialId; }

    // The row's comment when its block has been read; nothing read here (the GUI thread never waits on a read).
    std::optional<Comment> loadedCommentAt(int row) const;
    qint64 idAt(int row) const; // known for every row, loaded or not; 0 outside the rows
    bool isRowLoaded(int row) const;
    int rowOf(qint64 commentId) const; // a binary search in the ids: known for every row, loaded or not
    // How many comment rows have been read from the database since this model was made (the ids not counted):
    // what proves that the pane reads only what it shows.
    qint64 rowsRead() const { return m_rowsRead; }

    // The answer to an editRequested(): saved (the row as stored), or not (the row as it was before the edit).
    void editSaved(const Comment &saved);
    void editFailed(const Comment &before);
    bool isPending(qint64 commentId) const { return m_pending.contains(commentId); }

signals:
    // A cell edit the person committed, checked: `after` is `before` with the new value. Not written yet.
    void editRequested(const Comment &before, const Comment &after);
    void editRejected(const QModelIndex &index, const QString &value, const Error &error);
    // The answer to show(): `tutorial` when it was asked for; `error` when it could not be read.
    void detailShown(std::optional<qint64> tutorialId, const std::optional<TutorialRow> &tutorial,
                     const std::optional<Error> &error);
    // A block read in the background failed (the cells stay empty; the next change check or F5 reads again).
    void loadFailed(const QString &message);

private:
    // Puts a row as it now stands in the database (a save answered, or failed) without a reload.
    void replace(const Comment &comment);
    void makeLoader();
    Result<void> applyAwaited();
    void applyLoad(std::optional<qint64> tutorialId, const QList<qint64> &ids, const QList<Comment> &first);
    void applyUpdate(const QList<qint64> &fresh, const QList<Comment> &rows, QList<int> blocks);
    void removeGone(const QList<qint64> &fresh);
    void insertNew(const QList<qint64> &fresh);
    void keep(const QList<Comment> &comments, const QList<int> &blocks); // into the cache, oldest blocks out
    void want(int block) const; // from data(): read this block soon
    void dispatch();
    void onLoaded(quint64 ticket, const QList<Comment> &comments);
    void onFailed(quint64 ticket, const QString &message);
    QList<qint64> idsOf(int block) const;

    TutorialService &m_service;
    QList<qint64> m_ids; // every comment shown, in id order
    QHash<qint64, Comment> m_rows; // the rows read, by id
    QSet<qint64> m_gone; // asked for by id but not found: deleted elsewhere since the ids were read
    QList<int> m_recent; // blocks read, newest first (the cache keeps MaxCachedBlocks of them)
    std::optional<qint64> m_tutorialId;
    bool m_loaded = false;
    qint64 m_rowsRead = 0;
    SummaryLoader *m_loader = nullptr; // made when first needed (not for an in-memory database)
    std::shared_ptr<SummaryLoader::PendingDetail> m_awaited; // the answer to the last show(), until it is put in
    quint64 m_ticket = 0; // the block awaited
    int m_ticketBlock = -1;
    mutable QList<int> m_wanted; // blocks the view asked for, newest first
    mutable bool m_dispatchQueued = false;
    QHash<qint64, Comment> m_pending; // edits on their way to the database, by comment id: shown over what is read

    void showPending(QList<Comment> &comments) const;
};
