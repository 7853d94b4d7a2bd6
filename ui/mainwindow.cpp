#include "mainwindow.h"

#include "activitywindow.h"
#include "commentpane.h"
#include "commenttablemodel.h"
#include "connectionbanner.h"
#include "countslabel.h"
#include "database.h"
#include "databaseswitcher.h"
#include "editactions.h"
#include "listaccessibility.h"
#include "edithistory.h"
#include "navigator.h"
#include "preferencesdialog.h"
#include "reportactions.h"
#include "titledelegate.h"
#include "transferactions.h"
#include "tutorialform.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"
#include "windowactions.h"
#include "writepath.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QAction>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// The "Unassigned comments" entry spans the list's row, so that no language's words for it are cut short; its
// count, which the spanned row has no column for, is said in the words ("2 unassigned comments").
// QTreeView asks each row whether it spans while it lays the list out, and while one row does, each question makes and
// drops a persistent index: some 10–14 ms of the GUI thread at 100,000 rows, on every reset, sort and search. So the
// layout the model's change left pending is done with no row spanning (the first call), and the flag is then set on
// the one row alone (the second: nothing is left to lay out).
void spanUnassignedEntry(QTreeView *view, const TutorialListModel *model)
{
    view->setFirstColumnSpanned(0, {}, false);
    if (model->hasUnassignedRow())
        view->setFirstColumnSpanned(0, {}, true);
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget *parent) : QMainWindow(parent)
{
    ui.setupUi(this);
    m_chooseFile = [this](FileMode mode, const QString &title, const QString &suggested, const QString &filter) {
        if (mode == FileMode::Open)
            return FileDialogs::openFile(this, title, suggested, filter);
        // "New" never empties an existing file, so it does not ask about replacing one: it offers to open it.
        return FileDialogs::saveFile(this, title, suggested, filter,
                                     mode == FileMode::SaveNew ? QFileDialog::DontConfirmOverwrite
                                                               : QFileDialog::Options());
    };
    createParts();
    wireActions();
    wirePanes();
    // File ▸ Print, Print Preview, Export PDF: a class of their own, which asks the window what it shows.
    auto *reports = new ReportActions(
        this,
        {[this] { return m_database; },
         [this] { return m_navigator->detail() == Navigator::Detail::Tutorial ? shownTutorialId() : std::nullopt; },
         [this] { return ReportActions::listQuery(*m_tutorials); }, [this] { return hasUnsavedChanges(); }});
    reports->addToMenu(ui.menuFile, ui.actionQuit);
    setupViews();
    restoreSettings();
    attachDatabase(std::move(database));
    m_switcher->remember(m_database->url());
}

MainWindow::~MainWindow()
{
    waitForBackgroundWork();
    m_writes->history()->disconnect(this);
    undoStack()->disconnect(this); // its clear() while the children go must not reach a half-destroyed window
    m_writes->shutDown(); // waits for the write on its way; the ones behind it were asked about (closeEvent)
    // The widgets would outlive the service (members go before children): take them down while it exists. An
    // open cell editor still commits, which saves that edit; the window no longer reacts to it.
    for (QObject *receiver :
         {static_cast<QObject *>(this), static_cast<QObject *>(m_navigator), static_cast<QObject *>(m_edits)}) {
        m_tutorials->disconnect(receiver);
        m_comments->disconnect(receiver);
    }
    delete takeCentralWidget();
}

// The parts of the window, and how they tell each other (and the window) what happened.
void MainWindow::createParts()
{
    m_writes = new WritePath(ui, this);
    m_navigator = new Navigator(ui, this);
    m_edits = new EditActions(ui, this, *m_navigator, *m_writes);
    m_actions = new WindowActions(ui, this);
    m_counts = new CountsLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_writes->connectionLabel());
    statusBar()->addPermanentWidget(m_writes->savedLabel());
    const auto chooseFile = [this](FileMode mode, const QString &title, const QString &suggested,
                                   const QString &filter) { return m_chooseFile(mode, title, suggested, filter); };
    const auto mayLeave = [this] { return m_edits->maybeSave(); };
    m_switcher = new DatabaseSwitcher(this, ui.menuRecent,
                                      {mayLeave, [this] { return m_writes->settlePending(); },
                                       [this](std::shared_ptr<Database> database) { attachDatabase(database); },
                                       [this] { return m_database->url(); }, chooseFile});
    m_transfers = new TransferActions(
        this, *m_navigator, *m_writes->history(),
        {mayLeave, [this] { return m_database; }, [this] { return m_tutorials->search(); }, chooseFile});
    m_navigator->setMayLeave(mayLeave);

    connect(m_writes->history(), &EditHistory::changed, this, &MainWindow::updateActions);
    for (auto changed : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(undoStack(), changed, this, &MainWindow::updateActions);
    for (auto changed : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(undoStack(), changed, this, &MainWindow::updateActions);
    connect(m_writes, &WritePath::stateChanged, this, &MainWindow::updateFormState);
    connect(m_writes, &WritePath::reconnected, this, [this] {
        m_navigator->afterChange({shownTutorialId(), {}, false});
    });
    connect(m_navigator, &Navigator::shownChanged, this, &MainWindow::updateFormState);
    connect(m_navigator, &Navigator::actionsChanged, this, &MainWindow::updateActions);
    connect(m_navigator, &Navigator::countsChanged, this, &MainWindow::updateCounts);
    connect(m_navigator, &Navigator::listRead, m_writes, &WritePath::databaseAnswered);
    connect(m_navigator, &Navigator::errorOccurred, this, &MainWindow::showError);
    connect(m_edits, &EditActions::formChanged, this, &MainWindow::updateFormState);
    connect(m_edits, &EditActions::countsChanged, this, &MainWindow::updateCounts);
    connect(m_edits, &EditActions::errorOccurred, this, &MainWindow::showError);
    connect(m_transfers, &TransferActions::errorOccurred, this, &MainWindow::showError);
}

// The menus' and the toolbar's actions, to what they do.
void MainWindow::wireActions()
{
    connect(m_actions->undo(), &QAction::triggered, m_edits, &EditActions::undo);
    connect(m_actions->redo(), &QAction::triggered, m_edits, &EditActions::redo);
    connect(m_actions->preferences(), &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        dialog.setObjectName(u"preferencesDialog"_s);
        if (dialog.exec() == QDialog::Accepted)
            m_navigator->setWatchInterval(PreferencesDialog::changeCheckInterval());
    });
    connect(m_actions->activity(), &QAction::triggered, this, [this] {
        if (!m_activity)
            m_activity = new ActivityWindow(this);
        m_activity->showFor(m_database->url(), shownTutorialId(), TutorialListModel::NoTutorial);
        m_activity->show();
        m_activity->raise();
        m_activity->activateWindow();
    });
    connect(m_actions, &WindowActions::sortRequested, this, [this](int column, Qt::SortOrder order) {
        ui.tutorialView->sortByColumn(column < 0 ? m_tutorials->sortColumn() : column, order);
    });
    connect(ui.actionNewDatabase, &QAction::triggered, m_switcher, &DatabaseSwitcher::newDatabase);
    connect(ui.actionOpenDatabase, &QAction::triggered, m_switcher, &DatabaseSwitcher::openDatabaseFile);
    connect(ui.actionConnect, &QAction::triggered, m_switcher, [this] { m_switcher->connectToServer(); });
    connect(ui.actionSave, &QAction::triggered, m_edits, &EditActions::save);
    connect(ui.actionRevert, &QAction::triggered, m_edits, &EditActions::revert);
    connect(ui.actionImportJson, &QAction::triggered, m_transfers, &TransferActions::importJson);
    connect(ui.actionExportJson, &QAction::triggered, m_transfers, &TransferActions::exportJson);
    connect(ui.actionExportCsv, &QAction::triggered, m_transfers, &TransferActions::exportCsv);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionNewTutorial, &QAction::triggered, m_edits, &EditActions::newTutorial);
    connect(ui.actionNewComment, &QAction::triggered, ui.commentsPane, &CommentPane::focusNewComment);
    connect(ui.actionMoveComments, &QAction::triggered, m_edits, &EditActions::moveComments);
    connect(ui.actionDelete, &QAction::triggered, m_edits, &EditActions::deleteSelected);
    connect(ui.actionFind, &QAction::triggered, this, [this] {
        ui.searchEdit->setFocus(Qt::ShortcutFocusReason);
        ui.searchEdit->selectAll();
    });
    connect(ui.actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(ui.actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui.actionShowCreated, &QAction::toggled, this,
            [this](bool show) { ui.tutorialView->setColumnHidden(TutorialListModel::CreatedColumn, !show); });
}

// The form's, the comment pane's, the search field's and the empty page's requests, to what they do.
void MainWindow::wirePanes()
{
    connect(ui.tutorialForm, &TutorialForm::saveRequested, m_edits, &EditActions::save);
    connect(ui.tutorialForm, &TutorialForm::revertRequested, m_edits, &EditActions::revert);
    connect(ui.tutorialForm, &TutorialForm::deleteRequested, m_edits, &EditActions::deleteTutorial);
    connect(ui.tutorialForm, &TutorialForm::theirsChosen, this, [this](bool deleted) {
        if (deleted)
            m_navigator->afterChange({std::nullopt, {}, true}); // their version is no tutorial at all
        else
            updateFormState();
    });
    connect(ui.tutorialForm, &TutorialForm::edited, this, &MainWindow::updateFormState);
    ui.tutorialForm->setCheck([this](const QString &title, const QString &description) {
        return m_service->validateTutorial(title, description);
    });
    connect(ui.loadSampleButton, &QPushButton::clicked, m_edits, &EditActions::loadSampleData);
    connect(ui.newTutorialButton, &QPushButton::clicked, m_edits, &EditActions::newTutorial);
    connect(ui.commentsPane, &CommentPane::addRequested, m_edits, &EditActions::addComment);
    connect(ui.commentsPane, &CommentPane::moveRequested, m_edits, &EditActions::moveComments);
    connect(ui.commentsPane, &CommentPane::deleteRequested, m_edits, &EditActions::deleteComments);
    connect(ui.commentsPane, &CommentPane::selectionChanged, this, &MainWindow::updateActions);
    connect(ui.commentsPane, &CommentPane::newCommentEdited, this, &MainWindow::updateFormState);
    // The field's clear button (Qt's, from clearButtonEnabled) has no words of its own: a screen reader would say
    // only "button" once something is typed.
    for (QAction *action : ui.searchEdit->findChildren<QAction *>()) {
        if (action->text().isEmpty())
            action->setText(tr("Clear search"));
    }
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    connect(ui.searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_tutorials->setSearch(ui.searchEdit->text());
        if (!m_tutorials->isLoading()) // read at once (no background loading): the rows are there already
            m_navigator->onListReloaded();
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The form's texts, then those set here in code; the panes translate themselves (their own changeEvent).
    ui.retranslateUi(this);
    statusBar()->clearMessage(); // a passing note in the old language
    m_counts->retranslate();
    m_writes->retranslate();
    m_actions->retranslate();
    updateTitle();
    m_navigator->updateEmptyPage();
    updateFormState(); // the saved label and the actions, Undo and Redo included
    updateCounts();
    // Column titles, the "Unassigned comments" entry and the dates in the new language's format.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_tutorials), static_cast<QAbstractItemModel *>(m_comments)}) {
        if (model && model->columnCount() > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
    }
    ui.tutorialView->viewport()->update();
    ui.commentsPane->view()->viewport()->update();
}

void MainWindow::waitForBackgroundWork()
{
    m_counts->waitForWork();
    QCoreApplication::sendPostedEvents(this); // deliver what they reported
}

QUndoStack *MainWindow::undoStack() const
{
    return m_writes->undoStack();
}

WriteQueue *MainWindow::writeQueue() const
{
    return m_writes->queue();
}

bool MainWindow::waitForWrites(int msecs)
{
    return m_writes->waitForWrites(msecs);
}

void MainWindow::setupViews()
{
    ui.tutorialView->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui.tutorialView->setItemDelegateForColumn(TutorialListModel::TitleColumn, new TitleDelegate(ui.tutorialView));
    ui.tutorialView->addActions({ui.actionNewTutorial, ui.actionDelete, ui.actionRefresh});
    ui.commentsPane->view()->addActions({ui.actionMoveComments, ui.actionDelete});
    connect(ui.tutorialView->header(), &QHeaderView::sortIndicatorChanged, this, &MainWindow::updateSortActions);
    // Every row is one line: the view needs no row's data to lay out 100,000 of them, and the model reads only the
    // rows shown.
    ui.tutorialView->setUniformRowHeights(true);
    ListAccessibility::enable(ui.tutorialView); // a screen reader is given the rows shown, not 100,000 rows' cells
}

void MainWindow::attachDatabase(std::shared_ptr<Database> database)
{
    waitForBackgroundWork();
    // Writes to the previous database were saved or dropped by now (the caller asked); its history goes with it.
    m_writes->detach();
    m_navigator->beginSwitch();

    // The views let go of the old models before the service they use goes away.
    std::unique_ptr<TutorialService> service = std::make_unique<TutorialService>(*database);
    // Read now, while the database has just answered: a check of a typed value must never wait on it later.
    (void)service->readColumnLimits();
    auto *newTutorials = new TutorialListModel(*service, this);
    auto *newComments = new CommentTableModel(*service, this);
    const int sortColumn = m_tutorials ? m_tutorials->sortColumn() : ui.tutorialView->header()->sortIndicatorSection();
    const Qt::SortOrder sortOrder
        = m_tutorials ? m_tutorials->sortOrder() : ui.tutorialView->header()->sortIndicatorOrder();
    newTutorials->sort(sortColumn, sortOrder);

    ui.tutorialView->setModel(newTutorials);
    ui.commentsPane->setModel(newComments);
    delete m_tutorials;
    delete m_comments;
    m_tutorials = newTutorials;
    m_comments = newComments;
    m_service = std::move(service);
    m_database = std::move(database);
    m_writes->attach(m_database);
    QTimer::singleShot(0, m_edits, &EditActions::offerLeftOverWrites); // once the window is up
    m_navigator->setModels(m_service.get(), m_tutorials, m_comments);
    m_edits->setModels(m_service.get(), m_tutorials, m_comments);
    connectModels();

    // The list is read in the background, the first rows with its order; the first row is selected once they are
    // in. An in-memory SQLite database exists only on this connection, so it has no background.
    m_tutorials->enableBackgroundLoading(m_database->url());
    const bool background = m_tutorials->hasBackgroundLoading();
    // In the background every keystroke may ask (the worker skips what a newer one overtook): no pause needed
    // beyond coalescing what arrives at once. Read on this thread, one query per pause in typing.
    m_searchTimer->setInterval(background ? 0 : 120);
    setUpListColumns();
    updateSortActions();
    m_navigator->showNewList(m_database->url());
    updateTitle();
    updateCounts();
    updateActions();
}

void MainWindow::connectModels()
{
    connect(m_tutorials, &TutorialListModel::commentsDropped, m_edits, [this](const QList<qint64> &ids, qint64 target) {
        // Queued: the drag is still running when the drop arrives; move after it has ended.
        QTimer::singleShot(0, m_edits, [this, ids, target] {
            m_edits->moveCommentsTo(ids,
                                    target == TutorialListModel::NoTutorial ? std::nullopt : std::optional(target));
        });
    });
    connect(m_tutorials, &TutorialListModel::reloaded, m_navigator, &Navigator::onListReloaded);
    for (auto changed : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_tutorials, changed, this, [this] { spanUnassignedEntry(ui.tutorialView, m_tutorials); });
    connect(m_tutorials, &QAbstractItemModel::modelReset, this,
            [this] { spanUnassignedEntry(ui.tutorialView, m_tutorials); });
    connect(m_tutorials, &QAbstractItemModel::layoutChanged, this,
            [this] { spanUnassignedEntry(ui.tutorialView, m_tutorials); });
    connect(m_tutorials, &TutorialListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        m_writes->setDatabaseFault(message);
    });
    connect(m_comments, &CommentTableModel::editRequested, m_edits, &EditActions::onCommentEditRequested);
    connect(m_comments, &CommentTableModel::editRejected, m_edits, &EditActions::onCommentEditRejected);
}

// The Created column as View ▸ Show Created says; the title takes the room, counts and times take what their text
// needs (measured on the loaded page only).
void MainWindow::setUpListColumns()
{
    ui.tutorialView->setColumnHidden(TutorialListModel::CreatedColumn, !ui.actionShowCreated->isChecked());
    QHeaderView *listHeader = ui.tutorialView->header();
    listHeader->setStretchLastSection(false);
    listHeader->setSectionResizeMode(TutorialListModel::TitleColumn, QHeaderView::Stretch);
    for (int column :
         {TutorialListModel::CommentCountColumn, TutorialListModel::UpdatedColumn, TutorialListModel::CreatedColumn})
        listHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    listHeader->setResizeContentsPrecision(64);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!ui.mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray()))
        ui.mainSplitter->setSizes({360, 640});
    if (!ui.detailSplitter->restoreState(settings.value(u"window/detailSplitter"_s).toByteArray()))
        ui.detailSplitter->setSizes({260, 380});
    ui.actionShowCreated->setChecked(settings.value(u"list/showCreated"_s, false).toBool());
    const int column = settings.value(u"list/sortColumn"_s, int(TutorialListModel::UpdatedColumn)).toInt();
    const auto order = Qt::SortOrder(settings.value(u"list/sortOrder"_s, int(Qt::DescendingOrder)).toInt());
    ui.tutorialView->header()->setSortIndicator(
        column >= 0 && column < TutorialListModel::ColumnCount ? column : int(TutorialListModel::UpdatedColumn),
        order == Qt::AscendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder);
    m_switcher->updateRecentMenu();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/mainSplitter"_s, ui.mainSplitter->saveState());
    settings.setValue(u"window/detailSplitter"_s, ui.detailSplitter->saveState());
    settings.setValue(u"list/showCreated"_s, ui.actionShowCreated->isChecked());
    settings.setValue(u"list/sortColumn"_s, m_tutorials->sortColumn());
    settings.setValue(u"list/sortOrder"_s, int(m_tutorials->sortOrder()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("Tutorial Desk — %1[*]").arg(m_database->url().displayName()));
}

bool MainWindow::openDatabase(const DatabaseUrl &url)
{
    return m_switcher->openDatabase(url);
}

std::optional<qint64> MainWindow::shownTutorialId() const
{
    return m_navigator->shownTutorialId();
}

bool MainWindow::isReadingDetail() const
{
    return m_navigator->isReading();
}

bool MainWindow::hasUnsavedChanges() const
{
    return m_navigator->hasUnsavedChanges();
}

void MainWindow::selectTutorial(qint64 id)
{
    m_navigator->selectTutorial(id);
}

void MainWindow::updateFormState()
{
    if (m_activity) // it follows the shown tutorial (and reads nothing when that has not changed)
        m_activity->showFor(m_database->url(), shownTutorialId(), TutorialListModel::NoTutorial);
    const Navigator::Detail detail = m_navigator->detail();
    const bool dirty = hasUnsavedChanges();
    const bool form = detail == Navigator::Detail::Tutorial || detail == Navigator::Detail::Draft;
    ui.actionSave->setEnabled(form && dirty);
    ui.actionRevert->setEnabled(form && (dirty || detail == Navigator::Detail::Draft));
    // A comment typed in the add line but not added is unsaved too (leaving asks about it).
    const bool pending = dirty || (detail == Navigator::Detail::Tutorial && ui.commentsPane->hasNewComment());
    setWindowModified(m_writes->showSaveState(pending)); // a change on its way is not in the database yet either
    updateActions();
}

void MainWindow::updateActions()
{
    const Navigator::Detail detail = m_navigator->detail();
    const bool commentSelected = ui.commentsPane->hasSelection();
    const bool canAddComment = detail == Navigator::Detail::Tutorial;
    ui.commentsPane->setCanAdd(canAddComment);
    ui.actionNewComment->setEnabled(canAddComment);
    ui.actionMoveComments->setEnabled(commentSelected);
    ui.actionDelete->setEnabled(commentSelected || detail == Navigator::Detail::Tutorial
                                || detail == Navigator::Detail::Draft);
    m_actions->updateUndoRedo(*m_writes->history());
}

void MainWindow::updateSortActions()
{
    if (!m_tutorials)
        return;
    m_actions->updateSortMarks();
    // A new order starts at the top; keep the shown tutorial selected when it is loaded.
    m_navigator->keepShownSelected();
}

void MainWindow::updateCounts()
{
    m_counts->count(m_database);
}

void MainWindow::showError(const Error &error)
{
    if (error.kind == Error::Kind::Connection) {
        m_writes->showConnectionLost(error.message);
        return;
    }
    if (error.kind == Error::Kind::Cancelled) {
        statusBar()->showMessage(error.message, 8000); // the person stopped it: no box to click away
        return;
    }
    if (error.kind == Error::Kind::Io)
        m_writes->setDatabaseFault(error.message);
    QMessageBox box(QMessageBox::Warning, tr("Tutorial Desk"), error.message, QMessageBox::Ok, this);
    box.setObjectName(u"errorBox"_s);
    box.exec();
}

void MainWindow::refresh()
{
    if (!m_edits->maybeSave())
        return;
    m_navigator->afterChange({shownTutorialId(), {}, false});
    statusBar()->showMessage(tr("Refreshed."), 2000);
}

void MainWindow::about()
{
    const QString server = m_database->serverVersion();
    QMessageBox::about(this, tr("About Tutorial Desk"),
                       tr("<h3>Tutorial Desk %1</h3>"
                          "<p>Browse and edit the tutorials and comments of the Sequelize one-to-many example.</p>"
                          "<p>Qt %2<br>Database: %3<br>Server: %4</p>")
                               .arg(QStringLiteral(TUTORIALDESK_VERSION), QString::fromLatin1(qVersion()),
                                    m_database->url().displayName().toHtmlEscaped(),
                                    server.isEmpty() ? tr("not connected") : server.toHtmlEscaped())
                           + tr("<p>Tutorial Desk is free software under the GNU General Public License, version 3 or "
                                "later (GPL-3.0-or-later), and comes with no warranty. "
                                "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">The licence</a></p>"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_edits->maybeSave() || !m_writes->settlePending()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}
