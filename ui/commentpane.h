#pragma once

#include "entities.h"
#include "result.h"
#include "ui_commentpane.h"

#include <QWidget>

#include <optional>

class CommentTableModel;

// The comments of what the detail shows (a tutorial, or the unassigned ones): a table edited in place, a line to add
// one, Move to… and Delete. It asks for changes with signals; the window makes them through the undo stack.
class CommentPane : public QWidget
{
    Q_OBJECT

public:
    explicit CommentPane(QWidget *parent = nullptr);

    void setModel(CommentTableModel *model);
    QTableView *view() const { return ui.commentView; }

    QList<qint64> selectedCommentIds() const; // in id order; known for every row, read or not
    std::optional<Comment> loadedComment(qint64 id) const; // as shown, if its row has been read
    bool hasSelection() const;
    void selectComments(const QList<qint64> &ids);

    // Adding needs a tutorial to add to.
    void setCanAdd(bool canAdd);
    void focusNewComment();
    void clearNewComment(); // after it was added
    void restoreNewComment(const QString &name, const QString &text); // its adding failed: the text back
    // A new comment the service refused: the message, and the cursor in the field it is about.
    void showNewCommentError(const Error &error);
    // An edit of a cell that was refused: the message, and the editor open again with what was typed.
    void keepRefusedEdit(const QModelIndex &index, const QString &value, const QString &message);
    void clearError();

    // A cell being edited (its editor open) is saved now, as Enter would: true when it was, or none was open;
    // false when it was refused (the editor is open again with what was typed, and the message says why).
    bool commitEdit();
    // A cell edit the service refused and the person has neither fixed nor cancelled (Escape): it is kept, even
    // when its editor closed because the person clicked elsewhere, until it is saved or discarded.
    bool hasRefusedEdit() const { return m_refusedEdit.has_value(); }
    QString refusedEditMessage() const;
    void reopenRefusedEdit(); // its editor open again, with what was typed
    void discardRefusedEdit();
    // Text typed in the add line but not added yet.
    bool hasNewComment() const;
    QString newName() const;
    QString newText() const;
    void discardNewComment();

signals:
    void addRequested(const QString &name, const QString &text);
    void moveRequested();
    void deleteRequested();
    void selectionChanged();
    void newCommentEdited(); // the add line's text changed

protected:
    void changeEvent(QEvent *event) override; // a language chosen in Preferences

private:
    void requestAdd();
    void showError(const QString &message);

    Ui::CommentPane ui;
    CommentTableModel *m_model = nullptr;
    bool m_refused = false; // a cell edit was refused since commitEdit() began
    struct RefusedEdit
    {
        qint64 commentId;
        int column;
        QString value;
        QString message;
    };
    std::optional<RefusedEdit> m_refusedEdit;
};
