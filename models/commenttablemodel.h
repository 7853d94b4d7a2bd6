#pragma once

#include "entities.h"
#include "result.h"
#include "tutorialservice.h"

#include <QAbstractTableModel>

// The comments of one tutorial (or the unassigned ones) as an editable table, QSqlTableModel-style with the
// OnFieldChange strategy: a committed cell edit is validated and saved at once through TutorialService.
// A refused edit changes nothing and is reported by editRejected() with the value the person typed, so the
// window can show the reason and give the text back; a saved one by commentEdited(), for the undo stack.
class CommentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TextColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

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
    // The unassigned comments come a page at a time (there may be very many); a tutorial's come whole.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    static constexpr int OrphanPageSize = 500;

    // Shows the comments of a tutorial, or the unassigned ones (std::nullopt).
    Result<void> load(std::optional<qint64> tutorialId);
    // Shows comments the caller already read (findTutorialById returns them with the tutorial).
    void setComments(std::optional<qint64> tutorialId, QList<Comment> comments);
    Result<void> reload();
    void clear();
    bool isLoaded() const { return m_loaded; }
    std::optional<qint64> tutorialId() const { return m_tutorialId; }

    Comment commentAt(int row) const { return m_comments.value(row); }
    int rowOf(qint64 commentId) const;
    // Puts a row as it now stands in the database (after an undo or redo) without a reload.
    void replace(const Comment &comment);

signals:
    void commentEdited(const Comment &before, const Comment &after);
    void editRejected(const QModelIndex &index, const QString &value, const Error &error);

private:
    TutorialService &m_service;
    QList<Comment> m_comments;
    std::optional<qint64> m_tutorialId;
    bool m_loaded = false;
    bool m_moreOrphans = false;
};
