#include "titledelegate.h"

#include "tutoriallistmodel.h"
#include "wording.h"

bool TitleDelegate::isUntitled(const QModelIndex &index)
{
    const auto *model = qobject_cast<const TutorialListModel *>(index.model());
    if (!model || index.column() != TutorialListModel::TitleColumn)
        return false;
    const std::optional<TutorialSummary> summary = model->summaryAt(index.row());
    return summary && summary->title.trimmed().isEmpty();
}

void TitleDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == TutorialListModel::TitleColumn && index.data(TutorialListModel::IsUnassignedRole).toBool()) {
        // The entry spans the row: its text says the count in words, so nothing is cut off.
        option->text = Wording::unassignedComments(
                index.siblingAtColumn(TutorialListModel::CommentCountColumn).data().toLongLong());
        return;
    }
    if (!isUntitled(index))
        return;
    option->font.setItalic(true);
    option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::PlaceholderText));
}
