#include "listaccessiblecells.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QWindow>

namespace ListAccessibility {

Leaf::Leaf(QTreeView *view) : m_view(view) { }

QWindow *Leaf::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *Leaf::parent() const
{
    return QAccessible::queryAccessibleInterface(m_view.data());
}

QString Leaf::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name: {
        const QString name = data(Qt::AccessibleTextRole).toString();
        return name.isEmpty() ? data(Qt::DisplayRole).toString() : name;
    }
    case QAccessible::Description:
        return data(Qt::AccessibleDescriptionRole).toString();
    default:
        return {};
    }
}

bool HeaderCell::isValid() const
{
    return m_view && m_view->model() && m_section < m_view->model()->columnCount(m_view->rootIndex());
}

QVariant HeaderCell::data(int role) const
{
    return m_view->model()->headerData(m_section, Qt::Horizontal, role);
}

QRect HeaderCell::rect() const
{
    QHeaderView *header = m_view ? m_view->header() : nullptr;
    if (!header || !header->isVisible())
        return {};
    const QPoint origin = header->mapToGlobal(QPoint(0, 0));
    return {origin.x() + header->sectionViewportPosition(m_section), origin.y(), header->sectionSize(m_section),
            header->height()};
}

QAccessible::State HeaderCell::state() const
{
    QAccessible::State state;
    QHeaderView *header = m_view ? m_view->header() : nullptr;
    if (!header || !header->isVisible() || header->isSectionHidden(m_section))
        state.invisible = true;
    return state;
}

bool Cell::isValid() const
{
    return m_view && m_index.isValid() && m_index.model() == m_view->model();
}

QRect Cell::rect() const
{
    if (!isValid())
        return {};
    QRect rect = m_view->visualRect(m_index);
    if (!rect.isValid())
        return {};
    return rect.translated(m_view->viewport()->mapToGlobal(QPoint(0, 0)));
}

QAccessible::State Cell::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    const QRect viewRect(m_view->mapToGlobal(QPoint(0, 0)), m_view->size());
    if (!viewRect.intersects(rect()))
        state.invisible = true;
    if (const QItemSelectionModel *selection = m_view->selectionModel()) {
        state.selected = selection->isSelected(m_index);
        state.focused = selection->currentIndex() == m_index;
    }
    const QVariant check = m_index.data(Qt::CheckStateRole);
    state.checked = check.isValid() && check.toInt() == Qt::Checked;
    const Qt::ItemFlags flags = m_index.flags();
    state.checkable = (flags & Qt::ItemIsUserCheckable) && check.isValid();
    if (flags & Qt::ItemIsSelectable) {
        state.selectable = true;
        state.focusable = true;
        state.multiSelectable = m_view->selectionMode() == QAbstractItemView::MultiSelection;
        state.extSelectable = m_view->selectionMode() == QAbstractItemView::ExtendedSelection;
    }
    return state;
}

void *Cell::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableCellInterface)
        return static_cast<QAccessibleTableCellInterface *>(this);
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

bool Cell::isSelected() const
{
    return isValid() && m_view->selectionModel() && m_view->selectionModel()->isSelected(m_index);
}

QList<QAccessibleInterface *> Cell::columnHeaderCells() const
{
    QAccessibleInterface *list = isValid() ? parent() : nullptr;
    auto *header = list ? dynamic_cast<HeaderCell *>(list->child(m_index.column())) : nullptr;
    return header ? QList<QAccessibleInterface *> {header} : QList<QAccessibleInterface *> {};
}

void Cell::doAction(const QString &actionName)
{
    if (actionName != toggleAction() || !isValid())
        return;
    QAccessibleInterface *list = parent();
    QAccessibleTableInterface *table = list ? list->tableInterface() : nullptr;
    if (!table)
        return;
    const bool selected = isSelected();
    switch (m_view->selectionBehavior()) {
    case QAbstractItemView::SelectRows:
        selected ? table->unselectRow(m_index.row()) : table->selectRow(m_index.row());
        break;
    case QAbstractItemView::SelectColumns:
        selected ? table->unselectColumn(m_index.column()) : table->selectColumn(m_index.column());
        break;
    case QAbstractItemView::SelectItems:
        if (m_view->selectionMode() != QAbstractItemView::NoSelection && m_view->selectionModel())
            m_view->selectionModel()->select(
                m_index, selected ? QItemSelectionModel::Deselect : QItemSelectionModel::ClearAndSelect);
        break;
    }
}

} // namespace ListAccessibility
