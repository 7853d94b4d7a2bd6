#pragma once

#include <QStyledItemDelegate>

// The tutorial list's title cells: the unassigned comments' entry says how many there are, in words; a tutorial whose
// title is blank (the Node.js service allows it) shows
// "(no title)" in italics and the placeholder colour, so it is not taken for a title of that name.
class TitleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Whether the list's row at `index` is a tutorial with a blank title.
    static bool isUntitled(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
