#include "report.h"

#include "timestamps.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPicture>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal BodyPoints = 9;
constexpr qreal FooterPoints = 8;
const QColor Quiet(0x5f, 0x63, 0x68); // secondary text: times, placeholders, the footer
const QColor HeaderFill(0xe8, 0xea, 0xed); // the comment table's header row

QString localTime(qint64 ms)
{
    return QLocale().toString(Timestamps::toDateTime(ms).toLocalTime(), QLocale::ShortFormat);
}

// Which local time the report speaks of: the zone's name where the system has one ("Europe/Berlin").
QString zoneName()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() ? QDateTime::currentDateTime().timeZoneAbbreviation() : QString::fromUtf8(id);
}

QTextCharFormat textFormat(qreal points, bool bold = false, bool italic = false, const QColor &color = {})
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    if (color.isValid())
        format.setForeground(color);
    return format;
}

QTextBlockFormat paragraph(qreal spaceBefore, qreal spaceAfter, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextBlockFormat format;
    format.setTopMargin(spaceBefore);
    format.setBottomMargin(spaceAfter);
    format.setAlignment(alignment);
    return format;
}

// Text from the database, inserted literally; a blank one gets `placeholder` in italics and grey, so that nobody
// takes it for a value of that name.
void insertValue(QTextCursor &cursor, const QString &value, const QString &placeholder, const QTextCharFormat &format)
{
    if (!value.trimmed().isEmpty() || placeholder.isEmpty()) {
        cursor.insertText(value, format);
        return;
    }
    QTextCharFormat quiet = format;
    quiet.setFontItalic(true);
    quiet.setForeground(Quiet);
    cursor.insertText(placeholder, quiet);
}

// A table that fills the page's width, its columns in these percentages, its first row a header repeated on each
// page. No cell borders: Qt draws four rectangles per cell, a third of the painting time of a long table.
QTextTable *insertTable(QTextCursor &cursor, int rows, const QList<qreal> &percentages, const QStringList &headers)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const qreal percentage : percentages)
        widths << QTextLength(QTextLength::PercentageLength, percentage);
    format.setColumnWidthConstraints(widths);
    format.setHeaderRowCount(1);
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(2);
    QTextTable *table = cursor.insertTable(rows + 1, int(headers.size()), format);
    const QTextCharFormat bold = textFormat(BodyPoints - 1, true);
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(HeaderFill);
        cell.setFormat(cellFormat);
        QTextCursor header = cell.firstCursorPosition();
        header.insertText(headers.at(column), bold);
    }
    return table;
}

QString sortWords(const SummaryQuery &query)
{
    QString column;
    switch (query.sort) {
    case SummarySort::Title:
        column = Report::tr("title");
        break;
    case SummarySort::CommentCount:
        column = Report::tr("comment count");
        break;
    case SummarySort::CreatedAt:
        column = Report::tr("creation time");
        break;
    case SummarySort::UpdatedAt:
        column = Report::tr("last update");
        break;
    }
    return query.descending ? Report::tr("sorted by %1, descending").arg(column)
                            : Report::tr("sorted by %1, ascending").arg(column);
}

void writeTutorial(QTextCursor &cursor, const Tutorial &tutorial)
{
    cursor.setBlockFormat(paragraph(0, 6));
    insertValue(cursor, tutorial.title, Report::tr("(no title)"), textFormat(18, true));
    cursor.insertBlock(paragraph(0, 8));
    insertValue(cursor, tutorial.description, Report::tr("(no description)"), textFormat(BodyPoints + 1));
    const QTextCharFormat quiet = textFormat(BodyPoints - 1, false, false, Quiet);
    cursor.insertBlock(paragraph(0, 0));
    cursor.insertText(Report::tr("Created: %1").arg(localTime(tutorial.createdAt)), quiet);
    cursor.insertBlock(paragraph(0, 0));
    cursor.insertText(Report::tr("Last updated: %1").arg(localTime(tutorial.updatedAt)), quiet);
    cursor.insertBlock(paragraph(0, 0));
    cursor.insertText(Report::tr("Times are local time (%1).").arg(zoneName()), quiet);

    cursor.insertBlock(paragraph(14, 6));
    const qsizetype count = tutorial.comments.size();
    cursor.insertText(count == 0 ? Report::tr("No comments.")
                                 : Report::tr("%n comment(s), oldest first", nullptr, int(count)),
                      textFormat(BodyPoints + 2, true));
    if (count == 0)
        return;
    QTextTable *table = insertTable(cursor, int(count), {22, 58, 20},
                                    {Report::tr("Name"), Report::tr("Text"), Report::tr("Created")});
    // One cursor walks the cells in order (NextCell): QTextTable::cellAt() per cell would look each one up again.
    QTextCursor cell = table->cellAt(1, 0).firstCursorPosition();
    const QTextCharFormat body = textFormat(BodyPoints);
    const QTextCharFormat time = textFormat(BodyPoints - 1, false, false, Quiet);
    for (const Comment &comment : tutorial.comments) {
        cell.insertText(comment.name, body);
        cell.movePosition(QTextCursor::NextCell);
        cell.insertText(comment.text, body);
        cell.movePosition(QTextCursor::NextCell);
        cell.insertText(localTime(comment.createdAt), time);
        cell.movePosition(QTextCursor::NextCell);
    }
    cursor.movePosition(QTextCursor::End);
}

void writeList(QTextCursor &cursor, const Report::List &list)
{
    cursor.setBlockFormat(paragraph(0, 6));
    cursor.insertText(Report::tr("Tutorials"), textFormat(18, true));
    const QTextCharFormat quiet = textFormat(BodyPoints - 1, false, false, Quiet);
    cursor.insertBlock(paragraph(0, 0));
    if (list.query.search.isEmpty()) {
        cursor.insertText(Report::tr("All tutorials, %1.").arg(sortWords(list.query)), quiet);
    } else {
        // The search text is the person's own: literal too.
        cursor.insertText(Report::tr("Title or description containing: "), quiet);
        cursor.insertText(list.query.search, textFormat(BodyPoints - 1, true));
        cursor.insertText(Report::tr("; %1.").arg(sortWords(list.query)), quiet);
    }
    cursor.insertBlock(paragraph(0, 0));
    cursor.insertText(Report::tr("Times are local time (%1).").arg(zoneName()), quiet);
    cursor.insertBlock(paragraph(14, 6));
    const qsizetype count = list.tutorials.size();
    cursor.insertText(count == 0 ? Report::tr("No tutorials.") : Report::tr("%n tutorial(s)", nullptr, int(count)),
                      textFormat(BodyPoints + 2, true));
    if (count == 0)
        return;
    QTextTable *table = insertTable(
            cursor, int(count), {25, 39, 10, 13, 13},
            {Report::tr("Title"), Report::tr("Description"), Report::tr("Comments"), Report::tr("Created"),
             Report::tr("Updated")});
    QTextCursor cell = table->cellAt(1, 0).firstCursorPosition();
    const QTextCharFormat body = textFormat(BodyPoints);
    const QTextCharFormat time = textFormat(BodyPoints - 1, false, false, Quiet);
    const QTextBlockFormat number = paragraph(0, 0, Qt::AlignRight);
    const QString noTitle = Report::tr("(no title)");
    const QLocale locale;
    for (const TutorialSummary &row : list.tutorials) {
        insertValue(cell, row.title, noTitle, body);
        cell.movePosition(QTextCursor::NextCell);
        cell.insertText(row.description, body);
        cell.movePosition(QTextCursor::NextCell);
        cell.setBlockFormat(number);
        cell.insertText(locale.toString(row.commentCount), body);
        cell.movePosition(QTextCursor::NextCell);
        cell.insertText(localTime(row.createdAt), time);
        cell.movePosition(QTextCursor::NextCell);
        cell.insertText(localTime(row.updatedAt), time);
        cell.movePosition(QTextCursor::NextCell);
    }
    cursor.movePosition(QTextCursor::End);
}

// A page to record: a picture that measures like the printer it is meant for (its resolution and printable area), so
// that fonts get the printer's pixel sizes and the recorded coordinates are the printer's.
class PagePicture : public QPicture
{
public:
    PagePicture(QSize pixels, int resolution) : m_pixels(pixels), m_resolution(resolution) { }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_pixels.width();
        case PdmHeight:
            return m_pixels.height();
        case PdmWidthMM:
            return qRound(m_pixels.width() * 25.4 / m_resolution);
        case PdmHeightMM:
            return qRound(m_pixels.height() * 25.4 / m_resolution);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return m_resolution;
        default:
            return QPicture::metric(metric);
        }
    }

private:
    QSize m_pixels;
    int m_resolution;
};

// A report's pages laid out for one device's metrics, painted one by one: the body, then the footer (the report's
// title, when it was made and "Page N of M").
class PagePainter
{
public:
    PagePainter(const Report &report, QPaintDevice *device, const QPageLayout &pageLayout, int resolution)
        : m_footerFont(footerFont()), m_footerMetrics(m_footerFont, device)
    {
        m_area = pageLayout.paintRectPixels(resolution).size();
        const qreal footerHeight = m_footerMetrics.height() * 2.5;
        m_page = QSizeF(m_area.width(), m_area.height() - footerHeight);
        m_document = report.document(device, m_page);
        m_pages = m_document->pageCount();
        m_made = Report::tr("%1, printed %2")
                         .arg(report.title(), QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    }

    int count() const { return m_pages; }

    void paint(QPainter &painter, int index) const
    {
        painter.save();
        painter.translate(0, -index * m_page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, index * m_page.height()), m_page);
        painter.setClipRect(context.clip);
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();

        const qreal footerTop = m_area.height() - m_footerMetrics.height();
        painter.setFont(m_footerFont);
        painter.setPen(QPen(Quiet, 0));
        painter.drawLine(QPointF(0, footerTop - m_footerMetrics.height() * 0.5),
                         QPointF(m_area.width(), footerTop - m_footerMetrics.height() * 0.5));
        const QRectF line(0, footerTop, m_area.width(), m_footerMetrics.height());
        const QString pageText = Report::tr("Page %1 of %2").arg(index + 1).arg(m_pages);
        const qreal pageWidth = m_footerMetrics.horizontalAdvance(pageText);
        const qreal gap = m_footerMetrics.averageCharWidth() * 2;
        painter.drawText(line.adjusted(0, 0, -pageWidth - gap, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         m_footerMetrics.elidedText(m_made, Qt::ElideMiddle, line.width() - pageWidth - gap));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, pageText);
    }

private:
    static QFont footerFont()
    {
        QFont font;
        font.setPointSizeF(FooterPoints);
        return font;
    }

    QFont m_footerFont;
    QFontMetricsF m_footerMetrics;
    QSizeF m_area;
    QSizeF m_page;
    std::unique_ptr<QTextDocument> m_document;
    int m_pages = 0;
    QString m_made;
};

QPageSize defaultPageSize()
{
    // Letter where people measure in inches, A4 elsewhere: what their printers hold.
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                     : QPageSize(QPageSize::A4);
}

} // namespace

Report Report::forTutorial(Tutorial tutorial)
{
    Report report;
    report.m_kind = Kind::Tutorial;
    report.m_tutorial = std::move(tutorial);
    return report;
}

Report Report::forList(List list)
{
    Report report;
    report.m_kind = Kind::List;
    report.m_list = std::move(list);
    return report;
}

QString Report::title() const
{
    if (m_kind == Kind::List)
        return tr("Tutorials");
    const QString title = m_tutorial.title.simplified();
    return title.isEmpty() ? tr("Tutorial %1").arg(m_tutorial.id) : title;
}

std::unique_ptr<QTextDocument> Report::document(QPaintDevice *device, const QSizeF &pageSize) const
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    QFont font = document->defaultFont();
    font.setPointSizeF(BodyPoints);
    // Skips HarfBuzz where the text needs no shaping (Latin, Cyrillic...): a third of the layout time of a long table.
    // Scripts that need shaping (Arabic, Devanagari...) are still shaped.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    // No page size yet (an empty one: the layout does nothing), and the device's metrics from the start.
    document->setPageSize(QSizeF(0, 0));
    if (device)
        document->documentLayout()->setPaintDevice(device);
    // No edit block: inside one, a table's cells are not known yet and QTextCursor::NextCell stays where it is.
    QTextCursor cursor(document.get());
    if (m_kind == Kind::Tutorial)
        writeTutorial(cursor, m_tutorial);
    else
        writeList(cursor, m_list);
    document->setPageSize(pageSize); // the one layout, on pages of this size
    return document;
}

Result<int> Report::paint(QPagedPaintDevice *device) const
{
    const PagePainter pages(*this, device, device->pageLayout(), device->logicalDpiX());
    QPainter painter;
    if (!painter.begin(device))
        return Error::io(tr("The report cannot be printed: the printer or the file could not be opened."));
    for (int index = 0; index < pages.count(); ++index) {
        if (index > 0 && !device->newPage())
            return Error::io(tr("The report cannot be printed: page %1 could not be started.").arg(index + 1));
        pages.paint(painter, index);
    }
    if (!painter.end())
        return Error::io(tr("The report cannot be printed: the printer or the file did not take it."));
    return pages.count();
}

Report::Recorded Report::record(const QPageLayout &pageLayout, int resolution,
                                const std::function<bool(int, int)> &progress) const
{
    Recorded recorded{pageLayout, resolution, {}};
    const QSize pixels = pageLayout.paintRectPixels(resolution).size();
    PagePicture metrics(pixels, resolution);
    const PagePainter pages(*this, &metrics, pageLayout, resolution);
    recorded.pages.reserve(pages.count());
    for (int index = 0; index < pages.count(); ++index) {
        PagePicture picture(pixels, resolution);
        QPainter painter(&picture);
        pages.paint(painter, index);
        painter.end();
        recorded.pages.append(picture);
        if (progress && !progress(index + 1, pages.count()))
            break;
    }
    return recorded;
}

bool Report::fits(const Recorded &recorded, QPagedPaintDevice *device)
{
    return device->logicalDpiX() == recorded.resolution && device->logicalDpiY() == recorded.resolution
            && device->pageLayout().isEquivalentTo(recorded.pageLayout);
}

Result<int> Report::replay(const Recorded &recorded, QPagedPaintDevice *device,
                           const std::function<void()> &betweenPages)
{
    QPainter painter;
    if (!painter.begin(device))
        return Error::io(tr("The report cannot be printed: the printer or the file could not be opened."));
    for (int index = 0; index < recorded.pages.size(); ++index) {
        if (index > 0 && !device->newPage())
            return Error::io(tr("The report cannot be printed: page %1 could not be started.").arg(index + 1));
        painter.drawPicture(QPointF(0, 0), recorded.pages.at(index));
        if (betweenPages)
            betweenPages();
    }
    if (!painter.end())
        return Error::io(tr("The report cannot be printed: the printer or the file did not take it."));
    return int(recorded.pages.size());
}

Result<int> Report::writePdf(const QString &path) const
{
    int pages = 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(u"Tutorial Desk"_s);
        writer.setPageSize(defaultPageSize());
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        auto painted = paint(&writer);
        if (!painted) {
            file.cancelWriting();
            return Error::io(tr("Cannot write %1: %2").arg(path, painted.error().message));
        }
        pages = *painted;
    }
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}
