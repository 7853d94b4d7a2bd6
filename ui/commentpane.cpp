#include "commentpane.h"

#include "commenttablemodel.h"

#include <QAbstractItemDelegate>
#include <QStyledItemDelegate>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A row whose edit is still on its way to the database is drawn in italics (its tooltip says "Saving…").
class PendingRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CommentTableModel::PendingRole).toBool())
            option->font.setItalic(true);
    }
};

} // namespace

CommentPane::CommentPane(QWidget *parent) : QWidget(parent)
{
    ui.setupUi(this);
    ui.commentView->setItemDelegate(new PendingRowDelegate(ui.commentView));
    ui.commentView->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui.commentView->verticalHeader()->hide();
    ui.commentView->verticalHeader()->setDefaultSectionSize(ui.commentView->fontMetrics().height() + 10);
    ui.commentView->horizontalHeader()->setStretchLastSection(false);
    ui.commentView->horizontalHeader()->setResizeContentsPrecision(64);
    ui.commentError->hide();
    // Enter on a cell edits it (F2 and typing do too, as the edit triggers say).
    connect(ui.commentView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEditable)
            ui.commentView->edit(index);
    });
    // Escape in the editor is the person cancelling the edit: nothing to keep then.
    connect(ui.commentView->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::RevertModelCache)
                    m_refusedEdit.reset();
            });
    connect(ui.addCommentButton, &QPushButton::clicked, this, &CommentPane::requestAdd);
    connect(ui.newNameEdit, &QLineEdit::returnPressed, this, &CommentPane::requestAdd);
    connect(ui.newTextEdit, &QLineEdit::returnPressed, this, &CommentPane::requestAdd);
    connect(ui.newNameEdit, &QLineEdit::textChanged, this, &CommentPane::newCommentEdited);
    connect(ui.newTextEdit, &QLineEdit::textChanged, this, &CommentPane::newCommentEdited);
    connect(ui.moveCommentButton, &QPushButton::clicked, this, &CommentPane::moveRequested);
    connect(ui.deleteCommentButton, &QPushButton::clicked, this, &CommentPane::deleteRequested);
    connect(this, &CommentPane::selectionChanged, this, [this] { // also after a reset, which clears the selection
        const bool selected = hasSelection();
        ui.moveCommentButton->setEnabled(selected);
        ui.deleteCommentButton->setEnabled(selected);
    });
}

void CommentPane::setModel(CommentTableModel *model)
{
    m_model = model;
    ui.commentView->setModel(model);
    connect(ui.commentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommentPane::selectionChanged);
    // A reset or removed rows drop the selection without a selectionChanged: Move… and Delete must follow.
    connect(model, &QAbstractItemModel::modelReset, this, &CommentPane::selectionChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CommentPane::selectionChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CommentPane::selectionChanged);
    // A refused cell edit is over once that cell is handed on to be saved (refused again, it comes back).
    connect(model, &CommentTableModel::editRequested, this, [this](const Comment &before, const Comment &after) {
        if (!m_refusedEdit || m_refusedEdit->commentId != after.id)
            return;
        const bool saved = m_refusedEdit->column == CommentTableModel::NameColumn ? before.name != after.name
                                                                                   : before.text != after.text;
        if (saved)
            m_refusedEdit.reset();
    });
    QHeaderView *header = ui.commentView->horizontalHeader();
    header->setSectionResizeMode(CommentTableModel::TextColumn, QHeaderView::Stretch);
    ui.commentView->setColumnWidth(CommentTableModel::NameColumn,
                                   ui.commentView->fontMetrics().averageCharWidth() * 18);
    header->setSectionResizeMode(CommentTableModel::CreatedColumn, QHeaderView::ResizeToContents);
    emit selectionChanged();
}

QList<qint64> CommentPane::selectedCommentIds() const
{
    QList<qint64> ids;
    if (!m_model || !ui.commentView->selectionModel())
        return ids;
    // Ids only: a selection may reach far beyond the rows read (Ctrl+A over thousands), and nothing is read here.
    const QModelIndexList rows = ui.commentView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_model->idAt(index.row()); id > 0)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<Comment> CommentPane::loadedComment(qint64 id) const
{
    return m_model ? m_model->loadedCommentAt(m_model->rowOf(id)) : std::nullopt;
}

bool CommentPane::hasSelection() const
{
    // Disabled: what it shows is not what the window shows now (another is being read), so nothing to act on.
    return isEnabled() && m_model && m_model->isLoaded() && ui.commentView->selectionModel()
        && ui.commentView->selectionModel()->hasSelection();
}

void CommentPane::selectComments(const QList<qint64> &ids)
{
    if (!m_model || ids.isEmpty())
        return;
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, CommentTableModel::ColumnCount - 1));
    }
    ui.commentView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        ui.commentView->setCurrentIndex(selection.first().topLeft());
}

void CommentPane::setCanAdd(bool canAdd)
{
    ui.newNameEdit->setEnabled(canAdd);
    ui.newTextEdit->setEnabled(canAdd);
    ui.addCommentButton->setEnabled(canAdd);
}

void CommentPane::focusNewComment()
{
    if (ui.newNameEdit->isEnabled())
        ui.newNameEdit->setFocus(Qt::ShortcutFocusReason);
}

void CommentPane::clearNewComment()
{
    ui.newNameEdit->clear();
    ui.newTextEdit->clear();
    ui.newNameEdit->setFocus(Qt::OtherFocusReason);
}

void CommentPane::restoreNewComment(const QString &name, const QString &text)
{
    ui.newNameEdit->setText(name);
    ui.newTextEdit->setText(text);
}

void CommentPane::showNewCommentError(const Error &error)
{
    showError(error.message);
    (error.field == u"text" ? ui.newTextEdit : ui.newNameEdit)->setFocus(Qt::OtherFocusReason);
}

void CommentPane::keepRefusedEdit(const QModelIndex &index, const QString &value, const QString &message)
{
    m_refused = true;
    m_refusedEdit = RefusedEdit{index.data(CommentTableModel::IdRole).toLongLong(), index.column(), value, message};
    showError(message);
    ui.commentView->setAccessibleDescription(message);
    // The view closes the editor after a refused edit: open it again with what was typed, so nothing is lost.
    const QPersistentModelIndex cell(index);
    QTimer::singleShot(0, this, [this, cell, value] {
        if (!cell.isValid())
            return;
        ui.commentView->setCurrentIndex(cell);
        if (!ui.commentView->indexWidget(cell)) // (it may be open already: reopened while a question was shown)
            ui.commentView->edit(cell);
        if (auto *editor = qobject_cast<QLineEdit *>(ui.commentView->indexWidget(cell))) {
            editor->setText(value);
            editor->setFocus(Qt::OtherFocusReason);
        }
    });
}

QString CommentPane::refusedEditMessage() const
{
    return m_refusedEdit ? m_refusedEdit->message : QString();
}

void CommentPane::reopenRefusedEdit()
{
    if (!m_refusedEdit || !m_model)
        return;
    const int row = m_model->rowOf(m_refusedEdit->commentId);
    if (row < 0)
        return;
    keepRefusedEdit(m_model->index(row, m_refusedEdit->column), m_refusedEdit->value, m_refusedEdit->message);
}

void CommentPane::discardRefusedEdit()
{
    m_refusedEdit.reset();
    clearError();
}

void CommentPane::clearError()
{
    ui.commentError->hide();
    ui.commentView->setAccessibleDescription({});
}

bool CommentPane::commitEdit()
{
    QWidget *editor = ui.commentView->indexWidget(ui.commentView->currentIndex());
    if (!editor)
        return true;
    m_refused = false;
    // What the delegate does on Enter: the model saves the value (or refuses it, which keepRefusedEdit() notes).
    QAbstractItemDelegate *delegate = ui.commentView->itemDelegateForIndex(ui.commentView->currentIndex());
    emit delegate->commitData(editor);
    emit delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    return !m_refused;
}

bool CommentPane::hasNewComment() const
{
    return !ui.newNameEdit->text().trimmed().isEmpty() || !ui.newTextEdit->text().trimmed().isEmpty();
}

QString CommentPane::newName() const
{
    return ui.newNameEdit->text();
}

QString CommentPane::newText() const
{
    return ui.newTextEdit->text();
}

void CommentPane::discardNewComment()
{
    ui.newNameEdit->clear();
    ui.newTextEdit->clear();
}

void CommentPane::requestAdd()
{
    if (!ui.addCommentButton->isEnabled())
        return;
    clearError();
    const QString name = ui.newNameEdit->text();
    const QString text = ui.newTextEdit->text();
    if (name.trimmed().isEmpty() && text.trimmed().isEmpty()) {
        showError(tr("Type a name and a comment, then Add comment."));
        ui.newNameEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    emit addRequested(name, text);
}

void CommentPane::showError(const QString &message)
{
    ui.commentError->setText(message);
    ui.commentError->show();
}

void CommentPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        ui.retranslateUi(this);
}
