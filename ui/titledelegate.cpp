#include "titledelegate.h"

#include "tutoriallistmodel.h"

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
    if (!isUntitled(index))
        return;
    option->font.setItalic(true);
    option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::PlaceholderText));
}
