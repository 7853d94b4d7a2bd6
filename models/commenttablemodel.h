#pragma once

#include "entities.h"
#include "result.h"
#include "tutorialservice.h"

#include <QAbstractTableModel>
#include <QHash>

// The comments of one tutorial (or the unassigned ones) as an editable table, QSqlTableModel-style with the
// OnFieldChange strategy: a committed cell edit is validated at once and handed to the window as editRequested(),
// which saves it on its write worker (the table itself never writes). Until the answer, the row shows the new value
// and is marked pending (PendingRole; the view shows it in italics, "Saving…"), and keeps it across reloads; editSaved() or
// editFailed() ends that. A value refused by validation changes nothing and is reported by editRejected() with the
// value the person typed, so the window can show the reason and give the text back.
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
    // Comments come a page at a time (a tutorial, or the unassigned ones, may have very many); the view asks for
    // the next page as it scrolls.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    static constexpr int PageSize = 500;

    // Shows the comments of a tutorial, or the unassigned ones (std::nullopt): the first `atLeast` rows (rounded up
    // to a page), the rest as the view scrolls.
    Result<void> load(std::optional<qint64> tutorialId, int atLeast = PageSize);
    // Reads the shown comments again, as many rows as are loaded now (so the scroll position and a selection
    // further down survive an edit).
    Result<void> reload();
    // Reads the shown comments again like reload(), but touches only the rows that differ (added, removed, changed):
    // an open cell editor, the selection and the scroll position stay. For changes made elsewhere.
    Result<void> update();
    void clear();
    bool isLoaded() const { return m_loaded; }
    // Whether rows beyond the loaded ones exist.
    bool hasMore() const { return m_more; }
    std::optional<qint64> tutorialId() const { return m_tutorialId; }

    Comment commentAt(int row) const { return m_comments.value(row); }
    int rowOf(qint64 commentId) const;
    // Puts a row as it now stands in the database (after an undo or redo) without a reload.
    void replace(const Comment &comment);

    // The answer to an editRequested(): saved (the row as stored), or not (the row as it was before the edit).
    void editSaved(const Comment &saved);
    void editFailed(const Comment &before);
    bool isPending(qint64 commentId) const { return m_pending.contains(commentId); }

signals:
    // A cell edit the person committed, checked: `after` is `before` with the new value. Not written yet.
    void editRequested(const Comment &before, const Comment &after);
    void editRejected(const QModelIndex &index, const QString &value, const Error &error);

private:
    TutorialService &m_service;
    QList<Comment> m_comments;
    std::optional<qint64> m_tutorialId;
    bool m_loaded = false;
    bool m_more = false; // rows beyond the loaded ones
    QHash<qint64, Comment> m_pending; // edits on their way to the database, by comment id: shown over what is read

    void showPending(QList<Comment> &comments) const;
};
