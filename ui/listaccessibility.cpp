#include "listaccessibility.h"

#include "listaccessiblecells.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QTimer>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;
using ListAccessibility::Cell;
using ListAccessibility::HeaderCell;

// Children are numbered as Qt numbers a tree's: the header's cells first (0..columns-1), then each row's cells, a
// row after another. A long list gives as children only the rows from `first` to `last` (the rows shown and a page
// either way), so child i is row first + i / columns - 1. The view's own focus and selection events still carry
// Qt's number for the whole list, (row + 1) * columns + column, and ask child() for it: `first` is chosen so that
// the two never meet. Either it is 0 (the numbers are the same), or it is at least as large as the rows given, so
// that every row given has Qt's number at or past the child count: a number below the count is a child given, one at
// or past it is Qt's. The view sends its selection event for a new current row before it scrolls there (Home, from
// far down, selects the first row while rows far below still show): from the moment the current row changes until
// the view has answered the change (and scrolled), the rows given are those the view is about to show, so that the
// event's number names the new row too. A selection that moves no current row (a screen reader's command selecting a
// row through the table, a selection the program makes) may be of a row far from the rows given, near the top while
// rows far below show: its number is then below the child count, where it would name a child given (a row of the
// window, not the row selected, and a screen reader would hear that row, as not selected). So the view's own slot
// for a selection change is wrapped in two of ours (see followSelectionModel()), and while it runs child() reads
// every number as Qt's: the selection events the view sends (SelectionAdd, SelectionRemove) name the row selected or
// unselected, wherever it is.

namespace {

const char EnabledProperty[] = "_tutorialdesk_listAccessibility";

class ListAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit ListAccessible(QTreeView *view) : QAccessibleWidget(view, QAccessible::Tree) { followSelectionModel(); }
    ~ListAccessible() override
    {
        dropCells();
        dropHeaders();
    }

    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TableInterface)
            return static_cast<QAccessibleTableInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    // QAccessibleTableInterface: the whole list.
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override { return cell(row, column); }
    int selectedCellCount() const override { return int(selectedIndexes().size()); }
    QList<QAccessibleInterface *> selectedCells() const override;
    QString columnDescription(int column) const override
    {
        const QAbstractItemModel *m = model();
        return m ? m->headerData(column, Qt::Horizontal).toString() : QString();
    }
    QString rowDescription(int row) const override
    {
        const QAbstractItemModel *m = model();
        return m ? m->headerData(row, Qt::Vertical).toString() : QString();
    }
    int selectedColumnCount() const override { return int(selectedColumns().size()); }
    int selectedRowCount() const override { return int(selectedRows().size()); }
    int columnCount() const override
    {
        const QAbstractItemModel *m = model();
        return m ? m->columnCount(view()->rootIndex()) : 0;
    }
    int rowCount() const override
    {
        const QAbstractItemModel *m = model();
        return m ? m->rowCount(view()->rootIndex()) : 0;
    }
    QList<int> selectedColumns() const override;
    QList<int> selectedRows() const override;
    bool isColumnSelected(int column) const override
    {
        return view()->selectionModel() && view()->selectionModel()->isColumnSelected(column, view()->rootIndex());
    }
    bool isRowSelected(int row) const override
    {
        return view()->selectionModel() && view()->selectionModel()->isRowSelected(row, view()->rootIndex());
    }
    bool selectRow(int row) override { return select(row, -1, true); }
    bool selectColumn(int column) override { return select(-1, column, true); }
    bool unselectRow(int row) override { return select(row, -1, false); }
    bool unselectColumn(int column) override { return select(-1, column, false); }
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

    QAccessibleInterface *header(int section) const;
    QAccessibleInterface *cell(int row, int column) const;

private:
    struct Rows
    {
        int first = 0;
        int last = -1;
    };
    QTreeView *view() const { return static_cast<QTreeView *>(widget()); }
    // The view's model, with the cells made for an earlier model or a reset one let go, and the others filed under
    // where their rows are now.
    QAbstractItemModel *model() const;
    Rows givenRows(const QAbstractItemModel *model) const;
    // Follows the view's selection model: which current row the view has answered (scrolled to), and when the view
    // is sending its selection events.
    void followSelectionModel() const;
    // The current row the view is about to scroll to: changed, and the view's answer to it not yet come; -1 if none.
    int scrollingTo() const;
    QModelIndexList selectedIndexes() const;
    bool select(int row, int column, bool on);
    static constexpr int KeptEventRows = 4;
    static quint64 key(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }
    void refile() const;
    void dropCells() const;
    void dropHeaders() const;
    // Cells made for rows no longer given are let go later, never while a caller may hold one.
    void queueTrim() const;
    void trim() const;

    std::unique_ptr<QObject> m_context = std::make_unique<QObject>(); // the model's signals reach this
    mutable QPointer<QAbstractItemModel> m_model;
    mutable QPointer<QItemSelectionModel> m_selection;
    mutable QPersistentModelIndex m_current; // the current index as the view last answered it
    mutable int m_viewAnswering = 0; // > 0 while the view's slot for a selection change runs: Qt's numbers only
    mutable QList<int> m_eventRows; // the rows the view's last selection events named: kept from trim()
    mutable QHash<quint64, QAccessible::Id> m_cells; // by (row, column)
    mutable QHash<int, QAccessible::Id> m_headers; // by section
    mutable bool m_moved = false; // rows or columns moved: m_cells' keys are out of date
    mutable bool m_reset = false;
    mutable bool m_trimQueued = false;
};

QAbstractItemModel *ListAccessible::model() const
{
    QTreeView *v = view();
    QAbstractItemModel *current = v ? v->model() : nullptr;
    if (current != m_model) {
        if (m_model)
            QObject::disconnect(m_model, nullptr, m_context.get(), nullptr);
        dropCells();
        dropHeaders();
        m_model = current;
        m_moved = m_reset = false;
        if (current) {
            QObject *context = m_context.get();
            const auto moved = [this] { m_moved = true; };
            const auto columnsMoved = [this] {
                m_moved = true;
                dropHeaders();
            };
            QObject::connect(current, &QAbstractItemModel::rowsInserted, context, moved);
            QObject::connect(current, &QAbstractItemModel::rowsRemoved, context, moved);
            QObject::connect(current, &QAbstractItemModel::rowsMoved, context, moved);
            QObject::connect(current, &QAbstractItemModel::layoutChanged, context, moved);
            QObject::connect(current, &QAbstractItemModel::columnsInserted, context, columnsMoved);
            QObject::connect(current, &QAbstractItemModel::columnsRemoved, context, columnsMoved);
            QObject::connect(current, &QAbstractItemModel::columnsMoved, context, columnsMoved);
            QObject::connect(current, &QAbstractItemModel::modelReset, context, [this] { m_reset = true; });
        }
    }
    if (m_reset) {
        m_reset = m_moved = false;
        dropCells();
        dropHeaders();
    } else if (m_moved) {
        refile();
    }
    followSelectionModel();
    return current;
}

void ListAccessible::followSelectionModel() const
{
    QItemSelectionModel *selection = view()->selectionModel();
    if (selection == m_selection)
        return;
    if (m_selection)
        QObject::disconnect(m_selection, nullptr, m_context.get(), nullptr);
    m_selection = selection;
    m_current = selection ? selection->currentIndex() : QModelIndex();
    m_viewAnswering = 0;
    if (!selection)
        return;
    QObject *context = m_context.get();
    // Connected after the view's own slot (the view connects when it gets its selection model): this runs once the
    // view has scrolled to the new current row and sent its focus event.
    QObject::connect(selection, &QItemSelectionModel::currentChanged, context,
                     [this](const QModelIndex &current) { m_current = current; });
    // The view's slot for a selection change, connected again between two of ours, so that child() knows when the
    // view asks it for the row of a selection event (Qt connects it with these names, and disconnects it by them
    // when the view gets another selection model). Connections made while the signal is being sent (this may run
    // from the view's slot) take effect from the next change on.
    QTreeView *v = view();
    if (!QObject::disconnect(selection, SIGNAL(selectionChanged(QItemSelection, QItemSelection)), v,
                             SLOT(selectionChanged(QItemSelection, QItemSelection))))
        return; // not connected as Qt connects it: the view's events keep the numbering above
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, context, [this] { ++m_viewAnswering; });
    QObject::connect(selection, SIGNAL(selectionChanged(QItemSelection, QItemSelection)), v,
                     SLOT(selectionChanged(QItemSelection, QItemSelection)));
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, context,
                     [this] { m_viewAnswering = qMax(0, m_viewAnswering - 1); });
}

int ListAccessible::scrollingTo() const
{
    const QItemSelectionModel *selection = view()->selectionModel();
    if (!selection || selection != m_selection || !view()->hasAutoScroll())
        return -1;
    const QModelIndex current = selection->currentIndex();
    return current.isValid() && current != m_current ? current.row() : -1;
}

void ListAccessible::refile() const
{
    m_moved = false;
    QHash<quint64, QAccessible::Id> refiled;
    refiled.reserve(m_cells.size());
    for (const QAccessible::Id id : std::as_const(m_cells)) {
        auto *c = dynamic_cast<Cell *>(QAccessible::accessibleInterface(id));
        if (!c)
            continue;
        const QModelIndex index = c->index();
        const quint64 k = key(index.row(), index.column());
        if (!c->isValid() || refiled.contains(k))
            QAccessible::deleteAccessibleInterface(id); // its row is gone
        else
            refiled.insert(k, id);
    }
    m_cells = refiled;
}

void ListAccessible::dropCells() const
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
    m_cells.clear();
}

void ListAccessible::dropHeaders() const
{
    for (const QAccessible::Id id : std::as_const(m_headers))
        QAccessible::deleteAccessibleInterface(id);
    m_headers.clear();
}

ListAccessible::Rows ListAccessible::givenRows(const QAbstractItemModel *model) const
{
    QTreeView *v = view();
    const int total = model->rowCount(v->rootIndex());
    if (total <= ListAccessibility::AllRowsUpTo)
        return {0, total - 1};
    // The rows shown: the top one where the view is scrolled to, as many below as the viewport holds.
    const QModelIndex topIndex = v->indexAt(QPoint(qMax(0, v->header()->sectionViewportPosition(0)), 0));
    int top = qMax(0, topIndex.row());
    const QRect topRect = topIndex.isValid() ? v->visualRect(topIndex) : QRect();
    const int rowHeight = qMax(1, topRect.isValid() ? topRect.height() : v->fontMetrics().height());
    const int shown = qMax(1, (v->viewport()->height() + rowHeight - 1) / rowHeight);
    // Between a new current row and the view's scroll to it (see the numbering above): the rows it will show.
    if (const int next = scrollingTo(); next >= 0 && next < top)
        top = next;
    else if (next >= top + shown)
        top = next - shown + 1;
    const int bottom = qMin(total - 1, top + shown - 1);
    const int margin = shown * ListAccessibility::MarginPages;
    Rows rows {qMax(0, top - margin), qMin(total - 1, bottom + margin)};
    if (rows.first < rows.last - rows.first + 1)
        rows.first = 0; // see the numbering above: close to the top, the list is given from its first row
    return rows;
}

int ListAccessible::childCount() const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return 0;
    const Rows rows = givenRows(m);
    return (rows.last - rows.first + 2) * m->columnCount(view()->rootIndex());
}

QAccessibleInterface *ListAccessible::child(int index) const
{
    const QAbstractItemModel *m = model();
    if (!m || index < 0)
        return nullptr;
    const int columns = m->columnCount(view()->rootIndex());
    if (columns <= 0)
        return nullptr;
    if (index < columns)
        return header(index);
    int row = index / columns - 1;
    if (m_viewAnswering == 0) {
        const Rows rows = givenRows(m);
        if (index < (rows.last - rows.first + 2) * columns)
            row += rows.first; // a child given; past them, Qt's number for the whole list (the view's events)
    } else if (!m_eventRows.contains(row)) {
        // A client reads the event's cell later, over the bus: it is not let go with the rows scrolled past meanwhile.
        m_eventRows.append(row);
        if (m_eventRows.size() > KeptEventRows)
            m_eventRows.removeFirst();
    }
    return cell(row, index % columns);
}

int ListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QAbstractItemModel *m = model();
    if (!m || !child)
        return -1;
    if (const auto *h = dynamic_cast<const HeaderCell *>(child))
        return h->view() == view() && h->isValid() ? h->section() : -1;
    const auto *c = dynamic_cast<const Cell *>(child);
    if (!c || c->view() != view() || !c->isValid())
        return -1;
    const Rows rows = givenRows(m);
    const QModelIndex index = c->index();
    if (index.row() < rows.first || index.row() > rows.last)
        return -1; // a cell reached through cellAt() or an event, in a row not given as a child
    return (index.row() - rows.first + 1) * m->columnCount(view()->rootIndex()) + index.column();
}

QAccessibleInterface *ListAccessible::childAt(int x, int y) const
{
    QTreeView *v = view();
    if (!model())
        return nullptr;
    const QPoint global(x, y);
    const QModelIndex index = v->indexAt(v->viewport()->mapFromGlobal(global));
    if (index.isValid())
        return cell(index.row(), index.column());
    QHeaderView *h = v->header();
    if (h && h->isVisible()) {
        const QPoint local = h->mapFromGlobal(global);
        if (h->rect().contains(local) && h->logicalIndexAt(local.x()) >= 0)
            return header(h->logicalIndexAt(local.x()));
    }
    return nullptr;
}

QAccessibleInterface *ListAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? cell(current.row(), current.column()) : nullptr;
}

QAccessibleInterface *ListAccessible::header(int section) const
{
    const QAbstractItemModel *m = model();
    if (!m || section < 0 || section >= m->columnCount(view()->rootIndex()))
        return nullptr;
    if (const auto found = m_headers.constFind(section); found != m_headers.constEnd()) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*found))
            return iface;
    }
    auto *iface = new HeaderCell(view(), section);
    m_headers.insert(section, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QAccessibleInterface *ListAccessible::cell(int row, int column) const
{
    QAbstractItemModel *m = model();
    const QModelIndex root = view()->rootIndex();
    if (!m || row < 0 || column < 0 || row >= m->rowCount(root) || column >= m->columnCount(root))
        return nullptr;
    const quint64 k = key(row, column);
    if (const auto found = m_cells.constFind(k); found != m_cells.constEnd()) {
        auto *c = dynamic_cast<Cell *>(QAccessible::accessibleInterface(*found));
        if (c && c->isValid() && c->index().row() == row && c->index().column() == column)
            return c;
        refile(); // moved without a signal seen (a reset answered later): file them again, then look again
        if (const auto again = m_cells.constFind(k); again != m_cells.constEnd()) {
            if (auto *d = dynamic_cast<Cell *>(QAccessible::accessibleInterface(*again)))
                return d;
        }
    }
    auto *c = new Cell(view(), m->index(row, column, root));
    m_cells.insert(k, QAccessible::registerAccessibleInterface(c));
    if (m_cells.size() > ListAccessibility::KeptCells)
        queueTrim();
    return c;
}

void ListAccessible::queueTrim() const
{
    if (m_trimQueued)
        return;
    m_trimQueued = true;
    QTimer::singleShot(0, m_context.get(), [this] {
        m_trimQueued = false;
        trim();
    });
}

void ListAccessible::trim() const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return;
    const Rows rows = givenRows(m);
    const int current = view()->currentIndex().row();
    for (auto it = m_cells.begin(); it != m_cells.end();) {
        const int row = int(it.key() >> 32);
        if ((row < rows.first || row > rows.last) && row != current && !m_eventRows.contains(row)) {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_cells.erase(it);
        } else {
            ++it;
        }
    }
}

QModelIndexList ListAccessible::selectedIndexes() const
{
    const QItemSelectionModel *selection = view()->selectionModel();
    return selection ? selection->selectedIndexes() : QModelIndexList();
}

QList<QAccessibleInterface *> ListAccessible::selectedCells() const
{
    QList<QAccessibleInterface *> cells;
    for (const QModelIndex &index : selectedIndexes()) {
        if (QAccessibleInterface *c = cell(index.row(), index.column()))
            cells.append(c);
    }
    return cells;
}

QList<int> ListAccessible::selectedColumns() const
{
    QList<int> columns;
    if (const QItemSelectionModel *selection = view()->selectionModel()) {
        for (const QModelIndex &index : selection->selectedColumns())
            columns.append(index.column());
    }
    return columns;
}

QList<int> ListAccessible::selectedRows() const
{
    QList<int> rows;
    if (const QItemSelectionModel *selection = view()->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows())
            rows.append(index.row());
    }
    return rows;
}

bool ListAccessible::select(int row, int column, bool on)
{
    QTreeView *v = view();
    const QAbstractItemModel *m = model();
    QItemSelectionModel *selection = v->selectionModel();
    if (!m || !selection || v->selectionMode() == QAbstractItemView::NoSelection)
        return false;
    const bool rows = row >= 0;
    if ((rows && v->selectionBehavior() == QAbstractItemView::SelectColumns)
        || (!rows && v->selectionBehavior() == QAbstractItemView::SelectRows))
        return false;
    const QModelIndex index = m->index(rows ? row : 0, rows ? 0 : column, v->rootIndex());
    if (!index.isValid())
        return false;
    const QItemSelectionModel::SelectionFlags which = rows ? QItemSelectionModel::Rows : QItemSelectionModel::Columns;
    if (!on) {
        // With one selection at most, the last one selected stays: a person cannot unselect it either.
        if (v->selectionMode() != QAbstractItemView::MultiSelection
            && v->selectionMode() != QAbstractItemView::ExtendedSelection
            && (rows ? selectedRows().size() : selectedColumns().size()) <= 1)
            return false;
        selection->select(index, QItemSelectionModel::Deselect | which);
        return true;
    }
    const bool single = v->selectionMode() == QAbstractItemView::SingleSelection;
    selection->select(index, (single ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select) | which);
    return true;
}

void ListAccessible::modelChange(QAccessibleTableModelChangeEvent *event)
{
    switch (event->modelChangeType()) {
    case QAccessibleTableModelChangeEvent::ModelReset:
        m_reset = true;
        // The view sends this once it has a new model and selection model: wrap its slot now, before the first
        // selection change (see followSelectionModel()).
        followSelectionModel();
        break;
    case QAccessibleTableModelChangeEvent::ColumnsInserted:
    case QAccessibleTableModelChangeEvent::ColumnsRemoved:
        dropHeaders();
        Q_FALLTHROUGH();
    case QAccessibleTableModelChangeEvent::RowsInserted:
    case QAccessibleTableModelChangeEvent::RowsRemoved:
        m_moved = true;
        break;
    case QAccessibleTableModelChangeEvent::DataChanged:
        break;
    }
}

QAccessibleInterface *listFactory(const QString &className, QObject *object)
{
    if (className != "QTreeView"_L1 || !object || !object->property(EnabledProperty).toBool())
        return nullptr;
    auto *view = qobject_cast<QTreeView *>(object);
    return view ? new ListAccessible(view) : nullptr;
}

} // namespace

void ListAccessibility::enable(QTreeView *view)
{
    static const bool installed = [] {
        QAccessible::installFactory(&listFactory);
        return true;
    }();
    Q_UNUSED(installed);
    view->setProperty(EnabledProperty, true);
    // Setting the view's accessible name (its form does) may have made Qt's interface for it already.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    if (iface && !dynamic_cast<ListAccessible *>(iface))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
}
