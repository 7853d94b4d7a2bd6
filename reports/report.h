#pragma once

#include "entities.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QPicture>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

// A report ready to print: a tutorial with its comments, or the tutorial list as the window filters and sorts it.
// Every text that comes from the database is inserted as plain text (QTextCursor::insertText), never as HTML, so a
// title `<b>x</b>` or `&amp;` prints as typed. Times are printed in local time, and the report says which zone.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    enum class Kind { Tutorial, List };

    // The tutorial list: its rows in the order shown, and how they were chosen (printed in the report's heading).
    struct List
    {
        SummaryQuery query; // search, sort and direction; offset and limit are not used
        QList<TutorialSummary> tutorials;
    };

    static Report forTutorial(Tutorial tutorial);
    static Report forList(List list);

    Kind kind() const { return m_kind; }
    const Tutorial &tutorial() const { return m_tutorial; }
    const List &list() const { return m_list; }
    // What the report is called: on each page's footer, in the PDF's title, as a file name's stem.
    QString title() const;

    // The whole document, laid out for `device` (its fonts and resolution) on pages of `pageSize` device pixels.
    // The text goes in before the document has a page size: a QTextDocument with a page size lays itself out again
    // after every insertion, which made a 10,000-row table take minutes.
    std::unique_ptr<QTextDocument> document(QPaintDevice *device, const QSizeF &pageSize) const;
    // Paints every page on `device` (a QPdfWriter, a QPrinter), with a footer: the report's title, when it was made
    // and "Page N of M". The number of pages, or an error when the device cannot be painted on (a printer gone).
    Result<int> paint(QPagedPaintDevice *device) const;
    // Every page laid out and painted ahead, as paint() would paint them on a device with this page layout and
    // resolution, recorded as pictures that replay() paints in a moment: the work of a preview done on a worker
    // thread, so that the window's thread, where Qt's preview asks for the pages, only replays them.
    struct Recorded
    {
        QPageLayout pageLayout;
        int resolution = 0;
        QList<QPicture> pages;
    };
    // `progress(done, total)` is called after each page (from the calling thread); when it returns false, recording
    // stops and the result has the pages done so far.
    Recorded record(const QPageLayout &pageLayout, int resolution,
                    const std::function<bool(int, int)> &progress = {}) const;
    // Whether `recorded` was made for `device`'s page layout and resolution (else its pages would not fit).
    static bool fits(const Recorded &recorded, QPagedPaintDevice *device);
    // Paints the recorded pages on `device`, which fits them, calling `betweenPages` after each page (the window lets
    // its events through there: replaying 300 pages takes a few hundred milliseconds). The number of pages, or an
    // error as paint() says it.
    static Result<int> replay(const Recorded &recorded, QPagedPaintDevice *device,
                              const std::function<void()> &betweenPages = {});
    // A PDF at `path` (A4, or Letter where the locale measures in inches), replaced only once it is completely
    // written. The number of pages.
    Result<int> writePdf(const QString &path) const;

private:
    Kind m_kind = Kind::Tutorial;
    Tutorial m_tutorial;
    List m_list;
};
