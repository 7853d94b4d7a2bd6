#include "reportactions.h"

#include "database.h"
#include "dbworker.h"
#include "filedialogs.h"
#include "report.h"
#include "reportsource.h"
#include "tutoriallistmodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

// What one report carries from the window to the worker and back.
struct ReportActions::Outcome
{
    Subject subject = Subject::Tutorial;
    std::shared_ptr<Database> database;
    qint64 tutorialId = 0;
    SummaryQuery query;
    QString path; // Export PDF
    // Print: chosen in the print dialog before the worker starts; Preview: the preview dialog's printer.
    std::unique_ptr<QPrinter> printer;
    QPageLayout pageLayout; // Preview: that printer's page layout and resolution, read before the worker starts
    int resolution = 0;
    bool unsavedEdits = false;
    std::optional<Result<Report>> report; // read on the worker
    std::optional<Result<int>> pages; // painted on the worker (Print, Export PDF): the number of pages
    Report::Recorded recorded; // Preview: recorded on the worker
    std::atomic<bool> cancelled{false}; // the window is closing: stop recording
};

ReportActions::ReportActions(QMainWindow *window, Window source)
    : QObject(window), m_window(window), m_source(std::move(source))
{
    const char *const menuNames[] = {"menuPrint", "menuPrintPreview", "menuExportPdf"};
    const char *const subjectNames[] = {"Tutorial", "List"};
    const char *const outputNames[] = {"actionPrint", "actionPrintPreview", "actionExportPdf"};
    for (int output = 0; output < 3; ++output) {
        auto *menu = new QMenu(window);
        menu->setObjectName(QString::fromLatin1(menuNames[output]));
        for (int subject = 0; subject < 2; ++subject) {
            auto *action = new QAction(window);
            action->setObjectName(QString::fromLatin1(outputNames[output]) + QString::fromLatin1(subjectNames[subject]));
            connect(action, &QAction::triggered, this,
                    [this, output, subject] { start(Output(output), Subject(subject)); });
            menu->addAction(action);
            m_actions[output][subject] = action;
        }
        connect(menu, &QMenu::aboutToShow, this, &ReportActions::updateActions);
        m_menus << menu;
    }
    // The window's own shortcuts: Ctrl+P prints what is shown, Ctrl+Shift+P the list.
    m_actions[0][0]->setShortcut(QKeySequence::Print);
    m_actions[0][1]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_menus[0]->setIcon(QIcon::fromTheme(u"document-print"_s));
    m_menus[1]->setIcon(QIcon::fromTheme(u"document-print-preview"_s));
    m_menus[2]->setIcon(QIcon::fromTheme(u"application-pdf"_s));
    retranslate();
    window->installEventFilter(this);
}

ReportActions::~ReportActions()
{
    if (m_outcome)
        m_outcome->cancelled = true;
    m_worker.reset(); // waits for it, drops its answer, closes its connection
}

SummaryQuery ReportActions::listQuery(const TutorialListModel &list)
{
    SummaryQuery query;
    query.search = list.search();
    switch (list.sortColumn()) {
    case TutorialListModel::TitleColumn:
        query.sort = SummarySort::Title;
        break;
    case TutorialListModel::CommentCountColumn:
        query.sort = SummarySort::CommentCount;
        break;
    case TutorialListModel::CreatedColumn:
        query.sort = SummarySort::CreatedAt;
        break;
    default:
        query.sort = SummarySort::UpdatedAt;
        break;
    }
    query.descending = list.sortOrder() == Qt::DescendingOrder;
    return query;
}

void ReportActions::addToMenu(QMenu *menu, QAction *before)
{
    for (QMenu *submenu : std::as_const(m_menus)) {
        submenu->setParent(menu, submenu->windowFlags()); // a submenu of File, as it is shown
        menu->insertMenu(before, submenu);
    }
    menu->insertSeparator(before);
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReportActions::retranslate()
{
    m_menus[0]->setTitle(tr("&Print"));
    m_menus[1]->setTitle(tr("Print Pre&view"));
    m_menus[2]->setTitle(tr("Export P&DF"));
    for (int output = 0; output < 3; ++output) {
        m_actions[output][0]->setText(tr("&Shown Tutorial…"));
        m_actions[output][0]->setToolTip(tr("The tutorial shown on the right, with all its comments"));
        m_actions[output][1]->setText(tr("Tutorial &List…"));
        m_actions[output][1]->setToolTip(tr("The tutorial list as it is filtered and sorted now"));
    }
    if (m_busyBar)
        m_busyBar->setAccessibleName(tr("Preparing a report"));
}

void ReportActions::updateActions()
{
    const bool shown = m_source.shownTutorial().has_value();
    for (int output = 0; output < 3; ++output) {
        m_actions[output][0]->setEnabled(!isBusy() && shown);
        m_actions[output][1]->setEnabled(!isBusy());
    }
}

void ReportActions::start(Output output, Subject subject)
{
    if (isBusy()) {
        m_window->statusBar()->showMessage(tr("A report is being prepared already."), 5000);
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    outcome->subject = subject;
    outcome->database = m_source.database();
    if (subject == Subject::Tutorial) {
        const std::optional<qint64> id = m_source.shownTutorial();
        if (!id) {
            // Reached by its shortcut only: the menu item is greyed out then.
            m_window->statusBar()->showMessage(
                    tr("No tutorial is shown: choose one in the list, or print the tutorial list."), 8000);
            return;
        }
        outcome->tutorialId = *id;
        outcome->unsavedEdits = m_source.hasUnsavedChanges();
    } else {
        outcome->query = m_source.listQuery();
    }

    if (output == Output::Pdf) {
        const QString suggested = subject == Subject::Tutorial ? tr("tutorial-%1.pdf").arg(outcome->tutorialId)
                                                               : tr("tutorials.pdf");
        outcome->path = FileDialogs::saveFile(m_window, tr("Export PDF"), suggested,
                                              tr("PDF files (*.pdf);;All files (*)"));
        if (outcome->path.isEmpty())
            return;
    } else if (output == Output::Preview) {
        outcome->printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        outcome->pageLayout = outcome->printer->pageLayout();
        outcome->resolution = outcome->printer->resolution();
    } else if (output == Output::Print) {
        outcome->printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        QPrintDialog dialog(outcome->printer.get(), m_window);
        dialog.setObjectName(u"printDialog"_s);
        dialog.setWindowTitle(subject == Subject::Tutorial ? tr("Print Tutorial") : tr("Print Tutorial List"));
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    setBusy(subject == Subject::Tutorial ? tr("Preparing the report of tutorial %1…").arg(outcome->tutorialId)
                                         : tr("Preparing the report of the tutorial list…"));
    run(output, outcome);
}

void ReportActions::run(Output output, const std::shared_ptr<Outcome> &outcome)
{
    m_outcome = outcome;
    m_worker = std::make_unique<DbWorker>(outcome->database, u"report worker"_s);
    m_worker->run(
            [this, output, outcome](TutorialService &service) {
                outcome->report.emplace(outcome->subject == Subject::Tutorial
                                                ? ReportSource::tutorial(service, outcome->tutorialId)
                                                : ReportSource::list(service, outcome->query));
                if (!*outcome->report)
                    return false;
                const Report &report = **outcome->report;
                if (output == Output::Preview) {
                    int shown = -1; // in percent: a few dozen updates of the status bar, not one per page
                    outcome->recorded = report.record(
                            outcome->pageLayout, outcome->resolution, [this, &outcome, &shown](int done, int total) {
                                if (done * 100 / total != shown) {
                                    shown = done * 100 / total;
                                    QMetaObject::invokeMethod(
                                            this, [this, done, total] { showProgress(done, total); },
                                            Qt::QueuedConnection);
                                }
                                return !outcome->cancelled.load();
                            });
                } else if (output == Output::Pdf) {
                    outcome->pages.emplace(report.writePdf(outcome->path));
                } else {
                    outcome->printer->setDocName(report.title());
                    outcome->pages.emplace(report.paint(outcome->printer.get()));
                }
                return true;
            },
            [this, output, outcome](bool) {
                m_worker.reset(); // its connection closed before the preview shows
                m_outcome.reset();
                setBusy({});
                done(output, outcome);
            });
}

void ReportActions::done(Output output, const std::shared_ptr<Outcome> &outcome)
{
    const Result<Report> &report = *outcome->report;
    if (!report) {
        announce(false, report.error().message);
        return;
    }
    if (output == Output::Preview) {
        preview(*report, outcome);
        return;
    }
    const Result<int> &pages = *outcome->pages;
    if (!pages) {
        announce(false, pages.error().message);
        return;
    }
    QString message = output == Output::Pdf
            ? tr("Exported %n page(s) to %1.", nullptr, *pages).arg(outcome->path)
            : tr("Sent %n page(s) to %1.", nullptr, *pages).arg(outcome->printer->printerName());
    if (outcome->unsavedEdits)
        message += u' ' + tr("It shows the tutorial as saved: your unsaved edits are not in it.");
    announce(true, message);
}

void ReportActions::preview(const Report &report, const std::shared_ptr<Outcome> &outcome)
{
    QPrinter *printer = outcome->printer.get();
    printer->setDocName(report.title());
    QPrintPreviewDialog dialog(printer, m_window);
    dialog.setObjectName(u"printPreview"_s);
    dialog.setWindowTitle(tr("Print Preview: %1").arg(report.title()));
    std::optional<Error> failure;
    const Report::Recorded &recorded = outcome->recorded;
    Report::Recorded relaid; // the pages laid out again for a page setup changed in the preview
    bool laying = false;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&report, &recorded, &relaid, &laying, &failure](QPrinter *device) {
        if (laying)
            return; // asked again while the pages are laid out for the last request: that one paints them
        device->setDocName(report.title());
        // The pages recorded on the worker, replayed: no layout here, but still a few hundred milliseconds for a few
        // hundred pages, so the window's timers and paint events get through every 30 ms meanwhile (not the
        // person's input: nothing can be clicked while Qt's preview waits for its pages).
        QElapsedTimer sinceEvents;
        sinceEvents.start();
        const auto letEventsThrough = [&sinceEvents] {
            if (sinceEvents.elapsed() >= 30) {
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                sinceEvents.restart();
            }
        };
        if (!Report::fits(recorded, device) && !Report::fits(relaid, device)) {
            // The page setup or orientation was changed in the preview (or it prints at another resolution): laid
            // out again on a thread of its own, seconds for thousands of comments, the window's timers and paint
            // events going on here meanwhile, with a busy cursor.
            const QScopedValueRollback busy(laying, true);
            QGuiApplication::setOverrideCursor(Qt::BusyCursor);
            std::atomic<bool> done {false};
            QThread *layout = QThread::create(
                    [&report, &relaid, &done, pageLayout = device->pageLayout(), resolution = device->resolution()] {
                        relaid = report.record(pageLayout, resolution);
                        done = true;
                        QMetaObject::invokeMethod(qApp, [] { }, Qt::QueuedConnection); // wakes the loop below
                    });
            layout->start();
            while (!done.load())
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents | QEventLoop::WaitForMoreEvents);
            layout->wait();
            delete layout;
            QGuiApplication::restoreOverrideCursor();
        }
        auto painted = Report::replay(Report::fits(recorded, device) ? recorded : relaid, device, letEventsThrough);
        if (!painted)
            failure = painted.error();
    });
    emit finished(true, tr("Showing the print preview of “%1”.").arg(report.title()));
    dialog.exec();
    if (failure)
        announce(false, failure->message);
}

void ReportActions::setBusy(const QString &text)
{
    QStatusBar *status = m_window->statusBar();
    if (!m_busyBar) {
        m_busyLabel = new QLabel(m_window);
        m_busyLabel->setObjectName(u"reportBusyLabel"_s);
        m_busyBar = new QProgressBar(m_window);
        m_busyBar->setObjectName(u"reportBusyBar"_s);
        m_busyBar->setRange(0, 0); // busy: how long the layout takes is not known beforehand
        m_busyBar->setMaximumWidth(120);
        m_busyBar->setTextVisible(false);
        m_busyBar->setAccessibleName(tr("Preparing a report"));
        status->insertPermanentWidget(0, m_busyLabel);
        status->insertPermanentWidget(1, m_busyBar);
    }
    m_busyLabel->setText(text);
    m_busyBar->setRange(0, 0); // busy until the first page is done
    m_busyLabel->setVisible(!text.isEmpty());
    m_busyBar->setVisible(!text.isEmpty());
    updateActions();
}

void ReportActions::showProgress(int done, int total)
{
    if (!m_busyBar || !m_busyBar->isVisible())
        return; // a late one, after the report was shown
    m_busyBar->setRange(0, total);
    m_busyBar->setValue(done);
    m_busyBar->setAccessibleDescription(tr("%1 of %n page(s) laid out", nullptr, total).arg(done));
}

void ReportActions::announce(bool ok, const QString &message)
{
    emit finished(ok, message);
    if (ok)
        m_window->statusBar()->showMessage(message, 10000);
    else
        QMessageBox::warning(m_window, tr("Report"), message);
}
