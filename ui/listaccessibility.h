#pragma once

class QTreeView;

// What an accessibility client (a screen reader, a scripted person over AT-SPI) is given for a flat list shown in a
// QTreeView. Qt's own interface makes every cell of the model a child of the list, so a client that walks the tree
// asks for rows × columns cells (400,000 on 100,000 tutorials), each text read from the model, which then reads rows
// the window never shows. This one gives a long list's children as the rows a person can see, a page either way,
// and the header; the table interface still tells the whole list's row count and reaches any cell (cellAt), and the
// focus and selection events the view sends still name the right cell. A list of up to AllRowsUpTo rows is given
// whole, numbered as Qt numbers it.
namespace ListAccessibility {

constexpr int AllRowsUpTo = 500; // rows a list may have and still be given whole
constexpr int MarginPages = 1; // pages given beyond the shown rows, above and below
// Cells a client has asked for (cellAt, a walk of the children) that may be held beyond those of the rows given,
// before the ones for rows scrolled past are let go (on the next turn of the event loop, never while a caller may
// still hold one): a client that walks the whole list keeps the window's memory bounded.
constexpr int KeptCells = 4096;

// From now on `view`'s accessible interface is this one (the one Qt made for it, if any, is let go).
void enable(QTreeView *view);

} // namespace ListAccessibility
