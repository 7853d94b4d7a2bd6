#pragma once

#include <QAccessible>
#include <QPersistentModelIndex>
#include <QPointer>

class QTreeView;

// The leaves of the list's accessible table (ui/listaccessibility.cpp): a column's header and a cell. They reach the
// table only through its own accessible interface, their parent(): child(section) is the header of a column (the
// headers are the first children, as Qt numbers a tree's), and its QAccessibleTableInterface selects rows.
namespace ListAccessibility {

// What a header and a cell have in common: a leaf of the list's table, with no object of its own, read-only text
// that comes from a model role (its name: the accessible text, or else the text shown), and the list as its parent.
class Leaf : public QAccessibleInterface
{
public:
    explicit Leaf(QTreeView *view);
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }

    const QTreeView *view() const { return m_view; }

protected:
    // The leaf's value for a model role (Qt::DisplayRole, Qt::AccessibleTextRole, ...); asked only while isValid().
    virtual QVariant data(int role) const = 0;

    QPointer<QTreeView> m_view;
};

// A column's header.
class HeaderCell : public Leaf
{
public:
    HeaderCell(QTreeView *view, int section) : Leaf(view), m_section(section) { }

    bool isValid() const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ColumnHeader; }
    QAccessible::State state() const override;

    int section() const { return m_section; }

protected:
    QVariant data(int role) const override;

private:
    int m_section;
};

// A cell of the list: its text is its name, as in Qt's own cells.
class Cell : public Leaf, public QAccessibleTableCellInterface, public QAccessibleActionInterface
{
public:
    Cell(QTreeView *view, const QModelIndex &index) : Leaf(view), m_index(index) { }

    bool isValid() const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::TreeItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableCellInterface
    bool isSelected() const override;
    QList<QAccessibleInterface *> columnHeaderCells() const override;
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_index.column(); }
    int rowIndex() const override { return m_index.row(); }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

    // QAccessibleActionInterface: toggle selects or unselects the cell's row (or the cell), as in Qt's cells.
    QStringList actionNames() const override { return {toggleAction()}; }
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    QModelIndex index() const { return m_index; }

protected:
    QVariant data(int role) const override { return m_index.data(role); }

private:
    QPersistentModelIndex m_index;
};

} // namespace ListAccessibility
