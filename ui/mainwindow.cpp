#include "mainwindow.h"

#include "changewatcher.h"
#include "commentpane.h"
#include "commenttablemodel.h"
#include "connectdialog.h"
#include "connectionbanner.h"
#include "database.h"
#include "edithistory.h"
#include "filedialogs.h"
#include "reportactions.h"
#include "shortcutsdialog.h"
#include "activitywindow.h"
#include "filetransfers.h"
#include "movecommentdialog.h"
#include "passwordstore.h"
#include "preferencesdialog.h"
#include "sampledata.h"
#include "titledelegate.h"
#include "questions.h"
#include "schema.h"
#include "tutoriallistmodel.h"
#include "tutorialform.h"
#include "tutorialservice.h"
#include "wording.h"
#include "reconnector.h"
#include "writejournal.h"
#include "writequeue.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRecentDatabases = 8;

QIcon themed(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QString::fromLatin1(name), style->standardIcon(fallback));
}

// The "Unassigned comments" entry spans the list's row, so that no language's words for it are cut short; its
// count, which the spanned row has no column for, is said in the words ("2 unassigned comments").
void spanUnassignedEntry(QTreeView *view, const TutorialListModel *model)
{
    view->setFirstColumnSpanned(0, {}, model->hasUnassignedRow());
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget *parent) : QMainWindow(parent)
{
    ui.setupUi(this);
    m_history = new EditHistory(this);
    m_journal = std::make_unique<WriteJournal>();
    m_undoStack = m_history->stack();
    connect(m_history, &EditHistory::changed, this, &MainWindow::updateActions);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setAccessibleName(tr("Row counts"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    m_savedLabel->setAccessibleName(tr("Save state"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_savedLabel);

    m_chooseFile = [this](FileMode mode, const QString &title, const QString &suggested, const QString &filter) {
        if (mode == FileMode::Open)
            return FileDialogs::openFile(this, title, suggested, filter);
        // "New" never empties an existing file, so it does not ask about replacing one: it offers to open it.
        return FileDialogs::saveFile(this, title, suggested, filter,
                                     mode == FileMode::SaveNew ? QFileDialog::DontConfirmOverwrite
                                                               : QFileDialog::Options());
    };
    connect(ui.connectionBanner, &ConnectionBanner::retryRequested, this, [this] {
        if (m_reconnector)
            m_reconnector->retryNow();
        if (m_writes)
            m_writes->retryNow();
    });
    setupActions();
    // File ▸ Print, Print Preview, Export PDF: a class of their own, which asks the window what it shows.
    auto *reports = new ReportActions(this, {[this] { return m_database; },
                                             [this] {
                                                 return m_detail == Detail::Tutorial ? shownTutorialId() : std::nullopt;
                                             },
                                             [this] { return ReportActions::listQuery(*m_tutorials); },
                                             [this] { return hasUnsavedChanges(); }});
    reports->addToMenu(ui.menuFile, ui.actionQuit);
    setupViews();
    restoreSettings();
    attachDatabase(std::move(database));
    rememberDatabase(m_database->url());
}

MainWindow::~MainWindow()
{
    waitForBackgroundWork();
    m_history->disconnect(this);
    m_undoStack->disconnect(this); // its clear() while the children go must not reach a half-destroyed window
    m_history->setQueue(nullptr);
    m_writes.reset(); // waits for the write on its way; the ones behind it were asked about (closeEvent)
    m_reconnector.reset();
    // The widgets would outlive the service (members go before children): take them down while it exists. An
    // open cell editor still commits, which saves that edit; the window no longer reacts to it.
    m_tutorials->disconnect(this);
    m_comments->disconnect(this);
    delete takeCentralWidget();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The form's texts, then those set here in code; the panes translate themselves (their own changeEvent).
    ui.retranslateUi(this);
    statusBar()->clearMessage(); // a passing note in the old language
    m_countsLabel->setAccessibleName(tr("Row counts"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_savedLabel->setAccessibleName(tr("Save state"));
    if (auto *preferences = findChild<QAction *>(u"actionPreferences"_s))
        preferences->setText(tr("&Preferences…"));
    if (auto *activity = findChild<QAction *>(u"actionActivity"_s))
        activity->setText(tr("&Activity…"));
    updateTitle();
    updateEmptyPage();
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
    for (QThread *worker : std::as_const(m_workers))
        worker->wait();
    QCoreApplication::sendPostedEvents(this); // deliver what they reported
}

void MainWindow::setupActions()
{
    const QStyle *s = style();
    ui.actionNewDatabase->setIcon(themed("document-new", QStyle::SP_FileIcon, s));
    ui.actionOpenDatabase->setIcon(themed("document-open", QStyle::SP_DialogOpenButton, s));
    ui.actionOpenDatabase->setShortcut(QKeySequence::Open);
    ui.actionConnect->setIcon(themed("network-server", QStyle::SP_DriveNetIcon, s));
    ui.actionConnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    ui.actionSave->setIcon(themed("document-save", QStyle::SP_DialogSaveButton, s));
    ui.actionSave->setShortcut(QKeySequence::Save);
    ui.actionRevert->setIcon(themed("document-revert", QStyle::SP_DialogResetButton, s));
    ui.actionQuit->setIcon(themed("application-exit", QStyle::SP_DialogCloseButton, s));
    ui.actionQuit->setShortcut(QKeySequence::Quit);
    ui.actionNewTutorial->setIcon(themed("list-add", QStyle::SP_FileIcon, s));
    ui.actionNewTutorial->setShortcut(QKeySequence::New);
    ui.actionNewComment->setIcon(themed("mail-message-new", QStyle::SP_FileDialogNewFolder, s));
    ui.actionNewComment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    ui.actionMoveComments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    ui.actionDelete->setIcon(themed("edit-delete", QStyle::SP_TrashIcon, s));
    ui.actionDelete->setShortcut(QKeySequence::Delete);
    ui.actionFind->setIcon(themed("edit-find", QStyle::SP_FileDialogContentsView, s));
    ui.actionFind->setShortcut(QKeySequence::Find);
    ui.actionRefresh->setIcon(themed("view-refresh", QStyle::SP_BrowserReload, s));
    ui.actionRefresh->setShortcut(QKeySequence::Refresh);
    ui.actionAbout->setIcon(themed("help-about", QStyle::SP_MessageBoxInformation, s));

    // Undo and redo ask about unsaved form edits first, so they are our own actions that follow the stack.
    m_undoAction = new QAction(themed("edit-undo", QStyle::SP_ArrowBack, s), tr("&Undo"), this);
    m_undoAction->setObjectName(u"actionUndo"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(themed("edit-redo", QStyle::SP_ArrowForward, s), tr("&Redo"), this);
    m_redoAction->setObjectName(u"actionRedo"_s);
    // The platform's redo keys (Ctrl+Shift+Z here) first, as the menu shows them, and Ctrl+Y too, which many
    // people learnt elsewhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y); !redoKeys.contains(ctrlY))
        redoKeys.append(ctrlY);
    m_redoAction->setShortcuts(redoKeys);
    ui.menuEdit->insertActions(ui.actionNewTutorial, {m_undoAction, m_redoAction});
    ui.menuEdit->insertSeparator(ui.actionNewTutorial);
    ui.mainToolBar->insertActions(ui.actionRefresh, {m_undoAction, m_redoAction});
    ui.mainToolBar->insertSeparator(ui.actionRefresh);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);

    connect(ui.actionNewDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    {
        // Edit ▸ Preferences: made here, not in the form, so that it takes the platform's own shortcut.
        auto *preferences = new QAction(tr("&Preferences…"), this);
        preferences->setObjectName(u"actionPreferences"_s);
        preferences->setShortcut(QKeySequence::Preferences);
        preferences->setMenuRole(QAction::PreferencesRole);
        ui.menuEdit->addSeparator();
        ui.menuEdit->addAction(preferences);
        connect(preferences, &QAction::triggered, this, [this] {
            PreferencesDialog dialog(this);
            dialog.setObjectName(u"preferencesDialog"_s);
            if (dialog.exec() == QDialog::Accepted && m_watcher)
                m_watcher->setInterval(PreferencesDialog::changeCheckInterval());
        });
    }
    {
        auto *activity = new QAction(tr("&Activity…"), this);
        activity->setObjectName(u"actionActivity"_s);
        activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        ui.menuView->addSeparator();
        ui.menuView->addAction(activity);
        connect(activity, &QAction::triggered, this, [this] {
            if (!m_activity)
                m_activity = new ActivityWindow(this);
            m_activity->showFor(m_database->url(), shownTutorialId(), TutorialListModel::NoTutorial);
            m_activity->show();
            m_activity->raise();
            m_activity->activateWindow();
        });
    }
    connect(ui.actionOpenDatabase, &QAction::triggered, this, &MainWindow::openDatabaseFile);
    connect(ui.actionConnect, &QAction::triggered, this, [this] { connectToServer(); });
    connect(ui.actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(ui.actionRevert, &QAction::triggered, this, &MainWindow::revert);
    connect(ui.actionImportJson, &QAction::triggered, this, &MainWindow::importJson);
    connect(ui.actionExportJson, &QAction::triggered, this, &MainWindow::exportJson);
    connect(ui.actionExportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionNewTutorial, &QAction::triggered, this, &MainWindow::newTutorial);
    connect(ui.actionNewComment, &QAction::triggered, ui.commentsPane, &CommentPane::focusNewComment);
    connect(ui.actionMoveComments, &QAction::triggered, this, &MainWindow::moveComments);
    connect(ui.actionDelete, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(ui.actionFind, &QAction::triggered, this, [this] {
        ui.searchEdit->setFocus(Qt::ShortcutFocusReason);
        ui.searchEdit->selectAll();
    });
    connect(ui.actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(ui.actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui.actionShortcuts, &QAction::triggered, this, [this] {
        // Every action of the menus, submenus included, in the menus' order.
        QList<QAction *> actions;
        std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &items) {
            for (QAction *action : items) {
                actions << action;
                if (action->menu())
                    collect(action->menu()->actions());
            }
        };
        collect(menuBar()->actions());
        ShortcutsDialog dialog(actions, this);
        dialog.exec();
    });

    const std::pair<QAction *, int> sorts[] = {{ui.actionSortTitle, TutorialListModel::TitleColumn},
                                               {ui.actionSortComments, TutorialListModel::CommentCountColumn},
                                               {ui.actionSortUpdated, TutorialListModel::UpdatedColumn},
                                               {ui.actionSortCreated, TutorialListModel::CreatedColumn}};
    auto *sortGroup = new QActionGroup(this);
    for (const auto &[action, column] : sorts) {
        sortGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, column = column] {
            setSort(column, ui.actionSortDescending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
    }
    connect(ui.actionSortDescending, &QAction::triggered, this, [this](bool descending) {
        setSort(m_tutorials->sortColumn(), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(ui.actionShowCreated, &QAction::toggled, this,
            [this](bool show) { ui.tutorialView->setColumnHidden(TutorialListModel::CreatedColumn, !show); });

    connect(ui.tutorialForm, &TutorialForm::saveRequested, this, &MainWindow::save);
    connect(ui.tutorialForm, &TutorialForm::revertRequested, this, &MainWindow::revert);
    connect(ui.tutorialForm, &TutorialForm::deleteRequested, this, &MainWindow::deleteTutorial);
    connect(ui.tutorialForm, &TutorialForm::theirsChosen, this, [this](bool deleted) {
        if (deleted)
            afterChange({std::nullopt, {}, true}); // their version is no tutorial at all
        else
            updateFormState();
    });
    connect(ui.tutorialForm, &TutorialForm::edited, this, &MainWindow::updateFormState);
    ui.tutorialForm->setCheck([this](const QString &title, const QString &description) {
        return m_service->validateTutorial(title, description);
    });
    connect(ui.loadSampleButton, &QPushButton::clicked, this, &MainWindow::loadSampleData);
    connect(ui.newTutorialButton, &QPushButton::clicked, this, &MainWindow::newTutorial);
    connect(ui.commentsPane, &CommentPane::addRequested, this, &MainWindow::addComment);
    connect(ui.commentsPane, &CommentPane::moveRequested, this, &MainWindow::moveComments);
    connect(ui.commentsPane, &CommentPane::deleteRequested, this, &MainWindow::deleteComments);
    connect(ui.commentsPane, &CommentPane::selectionChanged, this, &MainWindow::updateActions);
    connect(ui.commentsPane, &CommentPane::newCommentEdited, this, &MainWindow::updateFormState);
    connect(ui.searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_tutorials->setSearch(ui.searchEdit->text());
        if (!m_tutorials->isLoading()) // read at once (no background loading): the rows are there already
            onListReloaded();
    });
}

void MainWindow::setupViews()
{
    ui.tutorialView->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui.tutorialView->setItemDelegateForColumn(TutorialListModel::TitleColumn, new TitleDelegate(ui.tutorialView));
    ui.tutorialView->addActions({ui.actionNewTutorial, ui.actionDelete, ui.actionRefresh});
    ui.commentsPane->view()->addActions({ui.actionMoveComments, ui.actionDelete});
    // Enter on a tutorial goes to its title.
    connect(ui.tutorialView, &QTreeView::activated, this, [this] {
        if (m_detail == Detail::Tutorial)
            ui.tutorialForm->focusTitle();
    });
    connect(ui.tutorialView->header(), &QHeaderView::sortIndicatorChanged, this, &MainWindow::updateSortActions);
    // Every row is one line: the view needs no row's data to lay out 100,000 of them, and the model reads only the
    // rows shown.
    ui.tutorialView->setUniformRowHeights(true);
}

void MainWindow::attachDatabase(std::shared_ptr<Database> database)
{
    waitForBackgroundWork();
    // Writes to the previous database were saved or dropped by now (the caller asked); its history goes with it.
    m_history->setQueue(nullptr);
    m_writes.reset();
    m_reconnector.reset();
    m_detail = Detail::None;
    // A lost connection to the previous database is no longer this window's concern.
    ui.connectionBanner->dismiss();

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

    m_reselecting = true;
    ui.tutorialView->setModel(newTutorials);
    ui.commentsPane->setModel(newComments);
    delete m_tutorials;
    delete m_comments;
    m_tutorials = newTutorials;
    m_comments = newComments;
    m_service = std::move(service);
    m_database = std::move(database);
    m_writes = std::make_unique<WriteQueue>(m_database);
    m_history->setJournal(m_journal.get(), m_database->url().toString(false));
    m_reconnector = std::make_unique<Reconnector>(m_database);
    connect(m_reconnector.get(), &Reconnector::stillDown, ui.connectionBanner, &ConnectionBanner::showStillTrying);
    connect(m_reconnector.get(), &Reconnector::reconnected, this, &MainWindow::onReconnected);
    connectWriteQueue();
    QTimer::singleShot(0, this, &MainWindow::offerLeftOverWrites); // once the window is up

    connect(ui.tutorialView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentTutorialChanged(current); });
    connect(m_tutorials, &TutorialListModel::commentsDropped, this, [this](const QList<qint64> &ids, qint64 target) {
        // Queued: the drag is still running when the drop arrives; move after it has ended.
        QTimer::singleShot(0, this, [this, ids, target] {
            moveCommentsTo(ids, target == TutorialListModel::NoTutorial ? std::nullopt : std::optional<qint64>(target));
        });
    });
    connect(m_tutorials, &TutorialListModel::reloaded, this, &MainWindow::onListReloaded);
    for (auto changed : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_tutorials, changed, this, [this] { spanUnassignedEntry(ui.tutorialView, m_tutorials); });
    connect(m_tutorials, &QAbstractItemModel::modelReset, this,
            [this] { spanUnassignedEntry(ui.tutorialView, m_tutorials); });
    connect(m_tutorials, &QAbstractItemModel::layoutChanged, this,
            [this] { spanUnassignedEntry(ui.tutorialView, m_tutorials); });
    connect(m_tutorials, &TutorialListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        m_databaseFault = message;
        updateFormState();
    });
    connect(m_comments, &CommentTableModel::editRequested, this, &MainWindow::onCommentEditRequested);
    connect(m_comments, &CommentTableModel::editRejected, this, &MainWindow::onCommentEditRejected);

    // The list is read in the background, the first rows with its order; the first row is selected once they are
    // in. An in-memory SQLite database exists only on this connection, so it has no background.
    const bool background = !(m_database->url().isSqlite() && m_database->url().isInMemory());
    if (background)
        m_tutorials->enableBackgroundLoading(m_database->url());
    m_selectFirstRow = true;
    m_reselecting = false;
    refreshList();
    // In the background every keystroke may ask (the worker skips what a newer one overtook): no pause needed
    // beyond coalescing what arrives at once. Read on this thread, one query per pause in typing.
    m_searchTimer->setInterval(background ? 0 : 120);
    ui.tutorialView->setColumnHidden(TutorialListModel::CreatedColumn, !ui.actionShowCreated->isChecked());
    // The title takes the room; counts and times take what their text needs (measured on the loaded page only).
    QHeaderView *listHeader = ui.tutorialView->header();
    listHeader->setStretchLastSection(false);
    listHeader->setSectionResizeMode(TutorialListModel::TitleColumn, QHeaderView::Stretch);
    for (int column :
         {TutorialListModel::CommentCountColumn, TutorialListModel::UpdatedColumn, TutorialListModel::CreatedColumn})
        listHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    listHeader->setResizeContentsPrecision(64);
    updateSortActions();
    showNothing();
    if (m_selectFirstRow && !m_tutorials->isLoading())
        onListReloaded(); // read at once (no background loading)
    updateTitle();
    const QString version = m_database->serverVersion();
    m_connectionLabel->setText(version.isEmpty() ? m_database->url().displayName()
                                                 : tr("%1 (%2)").arg(m_database->url().displayName(), version));
    m_connectionLabel->setToolTip(m_database->url().location());
    updateCounts();
    updateActions();
    startWatching();
}

void MainWindow::startWatching()
{
    delete m_watcher;
    m_watcher = nullptr;
    if (m_database->url().isSqlite() && m_database->url().isInMemory())
        return; // nobody else can change it
    m_watcher = new ChangeWatcher(m_database->url(), this);
    m_watcher->setShownProvider([this] {
        ChangeWatcher::Shown shown;
        QTreeView *list = ui.tutorialView;
        const int first = list->indexAt(QPoint(1, 1)).row();
        if (first >= 0) {
            const QModelIndex bottom = list->indexAt(QPoint(1, list->viewport()->height() - 2));
            const int last = bottom.isValid() ? bottom.row() : m_tutorials->rowCount() - 1;
            for (int row = first; row <= last; ++row) {
                if (const auto summary = m_tutorials->summaryAt(row))
                    shown.tutorials.append({summary->id, summary->updatedAt, 0});
            }
        }
        if (m_detail == Detail::Tutorial) {
            const TutorialRow &row = ui.tutorialForm->row();
            shown.tutorial = TutorialService::RowStamp{
                row.id, row.updatedAt, m_comments->hasMore() ? -1 : qint64(m_comments->rowCount())};
        }
        if (m_detail == Detail::Tutorial || m_detail == Detail::Unassigned) {
            QTableView *view = ui.commentsPane->view();
            const int top = view->rowAt(0);
            const int bottom = view->rowAt(view->viewport()->height() - 1);
            for (int row = std::max(top, 0); top >= 0 && row <= (bottom < 0 ? m_comments->rowCount() - 1 : bottom);
                 ++row) {
                const Comment comment = m_comments->commentAt(row);
                shown.comments.append({comment.id, comment.updatedAt, comment.tutorialId.value_or(0)});
            }
        }
        return shown;
    });
    connect(m_watcher, &ChangeWatcher::changed, this,
            [this](ChangeWatcher::Changes changes) { onChangedElsewhere(int(changes)); });
    m_watcher->setInterval(PreferencesDialog::changeCheckInterval());
}

void MainWindow::refreshList()
{
    QTreeView *list = ui.tutorialView;
    const int first = list->indexAt(QPoint(1, 1)).row();
    const QModelIndex bottom = list->indexAt(QPoint(1, list->viewport()->height() - 2));
    m_tutorials->setVisibleRows(std::max(first, 0), bottom.isValid() ? bottom.row() : std::max(first, 0) + 64);
    if (m_tutorials->hasBackgroundLoading())
        m_tutorials->refreshInBackground();
    else if (auto loaded = m_tutorials->refresh(); !loaded)
        showError(loaded.error());
}

void MainWindow::onChangedElsewhere(int changes)
{
    if (changes & (ChangeWatcher::ListChanged | ChangeWatcher::CountsChanged))
        refreshList(); // the orphan count and the scrollbar's length come with it
    if (changes & ChangeWatcher::CountsChanged)
        updateCounts();
    if (m_detail == Detail::Tutorial && (changes & ChangeWatcher::TutorialChanged)) {
        const qint64 id = ui.tutorialForm->row().id;
        auto row = m_service->findTutorialRowById(id);
        if (!row && row.error().kind != Error::Kind::NotFound)
            return; // a busy or lost database: the next check tries again
        const std::optional<TutorialRow> theirs = row ? std::optional(*row) : std::nullopt;
        if (theirs && *theirs == ui.tutorialForm->row()) {
            // What the form shows already (its own save, seen by the watcher).
        } else if (ui.tutorialForm->isSaving()) {
            // A save of the form is on its way: its answer (saved, or a conflict asked about) comes by itself.
        } else if (hasUnsavedChanges()) {
            ui.tutorialForm->showChangedElsewhere(theirs); // said at once; the person chooses
        } else if (theirs) {
            ui.tutorialForm->showRow(*theirs);
        } else {
            showNothing();
            statusBar()->showMessage(tr("The tutorial you were looking at was deleted elsewhere."), 8000);
        }
    }
    if ((changes & ChangeWatcher::CommentsChanged) && (m_detail == Detail::Tutorial || m_detail == Detail::Unassigned))
        (void)m_comments->update(); // rows added, removed or changed in place: an open editor stays
    updateActions();
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
    updateRecentMenu();
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

void MainWindow::rememberDatabase(const DatabaseUrl &url)
{
    // Never the password: toString() leaves it out unless asked.
    const QString text = url.toString();
    QSettings settings;
    settings.setValue(u"database/last"_s, text);
    QStringList recent = settings.value(u"database/recent"_s).toStringList();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > MaxRecentDatabases)
        recent.removeLast();
    settings.setValue(u"database/recent"_s, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    ui.menuRecent->clear();
    const QStringList recent = QSettings().value(u"database/recent"_s).toStringList();
    for (const QString &text : recent) {
        auto url = DatabaseUrl::parse(text);
        if (!url)
            continue;
        QAction *action = ui.menuRecent->addAction(url->displayName());
        action->setToolTip(url->location());
        action->setStatusTip(url->location());
        connect(action, &QAction::triggered, this, [this, url = *url] {
            if (!maybeSave())
                return;
            openDatabase(url);
        });
    }
    ui.menuRecent->setEnabled(!ui.menuRecent->isEmpty());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("Tutorial Desk — %1[*]").arg(m_database->url().displayName()));
}

bool MainWindow::openDatabase(const DatabaseUrl &given)
{
    if (!settlePendingWrites()) // changes still on their way to this database: asked about first
        return false;
    DatabaseUrl url = given;
    PasswordStore::fillIn(url); // a recent server's password, if the person had it kept in the keychain
    auto database = std::make_shared<Database>(url);
    if (auto state = Schema::init(*database); !state) {
        if (url.isMySql() && state.error().kind == Error::Kind::Connection) {
            connectToServer(state.error().message);
            return false;
        }
        QMessageBox::warning(this, tr("Cannot open the database"), state.error().message);
        return false;
    }
    attachDatabase(std::move(database));
    rememberDatabase(url);
    statusBar()->showMessage(tr("Opened %1").arg(url.location()), 5000);
    return true;
}

std::optional<qint64> MainWindow::shownTutorialId() const
{
    switch (m_detail) {
    case Detail::Tutorial:
        return ui.tutorialForm->row().id;
    case Detail::Unassigned:
        return TutorialListModel::NoTutorial;
    default:
        return std::nullopt;
    }
}

bool MainWindow::isShowing(qint64 tutorialId) const
{
    return m_detail == Detail::Tutorial && ui.tutorialForm->row().id == tutorialId;
}

bool MainWindow::hasUnsavedChanges() const
{
    return (m_detail == Detail::Tutorial || m_detail == Detail::Draft) && ui.tutorialForm->isModified();
}

void MainWindow::selectTutorial(qint64 id)
{
    const int row = m_tutorials->rowOf(id);
    if (row >= 0) {
        ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
        ui.tutorialView->scrollTo(m_tutorials->index(row, 0));
    } else if (id == TutorialListModel::NoTutorial) {
        showNothing();
    } else {
        // Not among the loaded rows (filtered out, or further down): show it anyway.
        ui.tutorialView->clearSelection();
        showTutorial(id);
    }
}

void MainWindow::onCurrentTutorialChanged(const QModelIndex &current)
{
    if (m_reselecting || !current.isValid())
        return; // a reset or a restored selection, or nothing: keep what is shown
    const qint64 id = m_tutorials->idAt(current.row());
    if (shownTutorialId() == id)
        return;
    if (!maybeSave()) {
        // Cancelled: the selection goes back to what the form still shows.
        m_reselecting = true;
        const int row = m_detail == Detail::Tutorial ? m_tutorials->rowOf(ui.tutorialForm->row().id)
            : m_detail == Detail::Unassigned       ? m_tutorials->rowOf(TutorialListModel::NoTutorial)
                                                   : -1;
        QTimer::singleShot(0, this, [this, row] {
            m_reselecting = true;
            if (row >= 0) {
                ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
            } else { // a new tutorial, or the unassigned comments: no row stays current, so a click is a change
                ui.tutorialView->selectionModel()->clearCurrentIndex();
                ui.tutorialView->clearSelection();
            }
            m_reselecting = false;
        });
        m_reselecting = false;
        return;
    }
    // Saving may have read the list again (and moved rows): select the chosen one anew.
    m_reselecting = true;
    if (const int row = m_tutorials->rowOf(id); row >= 0)
        ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
    m_reselecting = false;
    if (id == TutorialListModel::NoTutorial)
        showUnassigned();
    else
        showTutorial(id);
}

void MainWindow::showTutorial(qint64 id)
{
    // The row, then its comments a page at a time: a tutorial may have a million of them.
    auto tutorial = m_service->findTutorialRowById(id);
    if (!tutorial) {
        if (tutorial.error().kind == Error::Kind::Connection) {
            showError(tutorial.error()); // keep what is shown, edits included, until the server is back
            return;
        }
        showNothing();
        if (tutorial.error().kind != Error::Kind::NotFound)
            showError(tutorial.error());
        return;
    }
    // The same tutorial read again (after an edit, an undo): as many comments as were loaded, so the scroll position
    // and a selection far down survive.
    const bool same = m_detail == Detail::Tutorial && m_comments->tutorialId() == id;
    if (auto loaded = m_comments->load(id, same ? m_comments->rowCount() : CommentTableModel::PageSize); !loaded) {
        if (loaded.error().kind == Error::Kind::Connection) {
            showError(loaded.error()); // as above: nothing shown changes
            return;
        }
        m_comments->clear(); // never the previous tutorial's comments under this one
        showError(loaded.error());
    }
    if (shownTutorialId() != id)
        ui.commentsPane->discardNewComment(); // typed for another tutorial (the person was asked, or it was deleted)
    m_detail = Detail::Tutorial;
    ui.tutorialForm->showRow(*tutorial);
    ui.detailStack->setCurrentWidget(ui.tutorialForm);
    ui.commentsPane->setEnabled(true);
    ui.commentsPane->clearError();
    updateFormState();
}

void MainWindow::showUnassigned()
{
    if (auto loaded = m_comments->load(std::nullopt); !loaded) {
        showError(loaded.error());
        return;
    }
    m_detail = Detail::Unassigned;
    ui.commentsPane->discardNewComment(); // nothing to add to here
    ui.detailStack->setCurrentWidget(ui.unassignedPage);
    ui.commentsPane->setEnabled(true);
    ui.commentsPane->clearError();
    updateFormState();
}

void MainWindow::showNothing()
{
    m_detail = Detail::None;
    m_comments->clear();
    ui.commentsPane->discardNewComment();
    ui.commentsPane->setEnabled(false);
    ui.detailStack->setCurrentWidget(ui.emptyPage);
    updateEmptyPage();
    updateFormState();
}

void MainWindow::onListReloaded()
{
    if (!m_databaseFault.isEmpty()) { // the database answers again
        m_databaseFault.clear();
        updateFormState();
    }
    if (std::exchange(m_selectFirstRow, false) && m_detail == Detail::None && m_tutorials->rowCount() > 0)
        ui.tutorialView->setCurrentIndex(m_tutorials->index(0, 0)); // a database just opened: its first row shown
    if (m_detail == Detail::Unassigned && !m_tutorials->hasUnassignedRow())
        showNothing(); // the last unassigned comment went meanwhile
    // A search or sort answered: the shown tutorial stays selected when it is among the rows.
    if (const std::optional<qint64> shownId = shownTutorialId()) {
        if (const int row = m_tutorials->rowOf(*shownId); row >= 0) {
            m_reselecting = true;
            ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
            m_reselecting = false;
        }
    }
    updateEmptyPage();
}

void MainWindow::updateEmptyPage()
{
    const bool empty = m_tutorials->isEmpty() && m_tutorials->search().isEmpty();
    ui.loadSampleButton->setVisible(empty && m_tutorials->isLoaded());
    if (!m_tutorials->isLoaded())
        ui.emptyLabel->setText(tr("Reading the tutorial list…"));
    else if (empty)
        ui.emptyLabel->setText(tr("This database has no tutorials yet. Create one, or load the sample data: the two "
                                  "demo tutorials of the Sequelize tutorials application, with their comments."));
    else if (m_tutorials->isEmpty())
        ui.emptyLabel->setText(tr("No tutorial matches “%1”.").arg(m_tutorials->search()));
    else
        ui.emptyLabel->setText(tr("Select a tutorial on the left, or create one."));
    // Said where the list is too: the right side may still show the tutorial chosen before the search.
    const bool noMatch = m_tutorials->isEmpty() && !m_tutorials->search().isEmpty();
    ui.noMatchLabel->setText(noMatch ? tr("No tutorial matches “%1”.").arg(m_tutorials->search()) : QString());
    ui.noMatchLabel->setVisible(noMatch);
}

void MainWindow::updateFormState()
{
    if (m_activity) // it follows the shown tutorial (and reads nothing when that has not changed)
        m_activity->showFor(m_database->url(), shownTutorialId(), TutorialListModel::NoTutorial);
    const bool dirty = hasUnsavedChanges();
    const bool form = m_detail == Detail::Tutorial || m_detail == Detail::Draft;
    ui.actionSave->setEnabled(form && dirty);
    ui.actionRevert->setEnabled(form && (dirty || m_detail == Detail::Draft));
    // A comment typed in the add line but not added is unsaved too (leaving asks about it).
    const bool pending = dirty || (m_detail == Detail::Tutorial && ui.commentsPane->hasNewComment());
    const int writing = m_writes ? m_writes->pendingCount() : 0;
    if (pending)
        m_savedLabel->setText(tr("Unsaved changes"));
    else if (writing > 0 && m_writes && !m_writes->fault().isEmpty())
        m_savedLabel->setText(tr("Waiting for the database: %n change(s) not saved yet", nullptr, writing));
    else if (writing > 0)
        m_savedLabel->setText(tr("Saving %n change(s)…", nullptr, writing));
    else if (!m_databaseFault.isEmpty())
        m_savedLabel->setText(tr("Database error: changes may not be saved"));
    else
        m_savedLabel->setText(tr("All changes saved"));
    m_savedLabel->setToolTip(writing > 0 ? m_writes->pendingDescriptions().join(u'\n') : m_databaseFault);
    setWindowModified(pending || writing > 0); // a change on its way is not in the database yet either
    updateActions();
}

void MainWindow::updateActions()
{
    const bool commentSelected = ui.commentsPane->hasSelection();
    const bool canAddComment = m_detail == Detail::Tutorial;
    ui.commentsPane->setCanAdd(canAddComment);
    ui.actionNewComment->setEnabled(canAddComment);
    ui.actionMoveComments->setEnabled(commentSelected);
    ui.actionDelete->setEnabled(commentSelected || m_detail == Detail::Tutorial || m_detail == Detail::Draft);
    // Undo and redo take back what is saved: they wait while writes are on their way.
    m_undoAction->setEnabled(m_history->canUndo());
    m_redoAction->setEnabled(m_history->canRedo());
    m_undoAction->setText(m_history->canUndo() ? tr("&Undo %1").arg(m_history->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_history->canRedo() ? tr("&Redo %1").arg(m_history->redoText()) : tr("&Redo"));
    // The menu says what would be undone; the toolbar stays short and says it in the tooltip.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    m_undoAction->setToolTip(QString(m_undoAction->text()).remove(u'&'));
    m_redoAction->setToolTip(QString(m_redoAction->text()).remove(u'&'));
}

bool MainWindow::save()
{
    if (m_detail != Detail::Tutorial && m_detail != Detail::Draft)
        return true;
    if (!hasUnsavedChanges())
        return true; // (a new tutorial already on its way is no new edit)
    const QString title = ui.tutorialForm->title();
    const QString description = ui.tutorialForm->description();
    const bool draft = m_detail == Detail::Draft && !ui.tutorialForm->isSaving();
    if (m_detail == Detail::Draft && !draft) {
        // Typed while the new tutorial is being created: saved as an edit of it once it exists.
        m_saveWhenCreated = true;
        return true;
    }
    // Checked first, so an invalid value is shown at its field and nothing is written. An edit checks only what the
    // person changed: a title the Node.js service stored blank does not stop the description being saved. (A check
    // that cannot reach the database, a lost server, is made again by the write itself.)
    const Result<void> valid = draft
        ? m_service->validateTutorial(title, description)
        : m_service->validateTutorialChanges(ui.tutorialForm->row(), ui.tutorialForm->changes());
    if (!valid && valid.error().kind != Error::Kind::Connection && valid.error().kind != Error::Kind::Busy) {
        if (!ui.tutorialForm->showFieldError(valid.error()))
            showError(valid.error());
        return false;
    }
    ui.tutorialForm->clearFieldErrors();
    if (!draft)
        return saveTutorialEdit(/*overwrite=*/false);
    const quint64 draftId = m_draftId;
    ui.tutorialForm->beginSave();
    submitEdit(new CreateTutorialCommand(tr("create tutorial “%1”").arg(title), title, description),
               [this, draftId, title](const Result<EditOutcome> &result) {
                   // The person may have moved on while it was on its way: then only the list follows.
                   const bool stillHere = m_detail == Detail::Draft && m_draftId == draftId;
                   if (!result) {
                       if (stillHere)
                           ui.tutorialForm->endSave(std::nullopt); // the text stays, unsaved
                       if (!stillHere || !ui.tutorialForm->showFieldError(result.error()))
                           showError(result.error());
                       updateFormState();
                       return;
                   }
                   if (!m_savedFirstNoteShown)
                       statusBar()->showMessage(tr("Saved “%1”.").arg(TutorialForm::displayTitle(title)), 4000);
                   if (!stillHere) {
                       followWrite(*result, false);
                       return;
                   }
                   ui.tutorialForm->endSave(result->tutorial);
                   m_detail = Detail::Tutorial;
                   followWrite(*result, true);
                   if (std::exchange(m_saveWhenCreated, false) && hasUnsavedChanges())
                       save();
               });
    updateFormState();
    return true;
}

bool MainWindow::saveTutorialEdit(bool overwrite)
{
    const TutorialRow before = ui.tutorialForm->row();
    const QString title = TutorialForm::displayTitle(ui.tutorialForm->title());
    const TutorialService::TutorialChanges changes = ui.tutorialForm->changes();
    const TutorialService::TutorialChanges previous = ui.tutorialForm->previousValues();
    ui.tutorialForm->beginSave();
    submitTutorialEdit(before, changes, previous, overwrite, title);
    updateFormState();
    return true;
}

void MainWindow::submitTutorialEdit(const TutorialRow &before, const TutorialService::TutorialChanges &changes,
                                    const TutorialService::TutorialChanges &previous, bool overwrite,
                                    const QString &title)
{
    const qint64 id = before.id;
    submitEdit(
        new EditTutorialCommand(tr("edit tutorial “%1”").arg(title), before, changes, previous, overwrite),
        [this, before, changes, previous, id, title](const Result<EditOutcome> &result) {
            const bool shown = isShowing(id);
            if (shown)
                ui.tutorialForm->endSave(result ? result->tutorial : std::nullopt);
            if (result) {
                if (!m_savedFirstNoteShown) // (the note about the next Undo press stays until that press)
                    statusBar()->showMessage(tr("Saved “%1”.").arg(title), 4000);
                followWrite(*result, shown);
                return;
            }
            const Error &failure = result.error();
            if (failure.kind != Error::Kind::Conflict && failure.kind != Error::Kind::NotFound) {
                if (!shown || !ui.tutorialForm->showFieldError(failure))
                    showError(failure);
                updateFormState();
                return;
            }
            // Someone else changed or deleted the tutorial since it was read: the person decides, once; nothing is
            // lost unasked, even when they have moved on to another tutorial meanwhile.
            switch (Questions::conflict(this, failure)) {
            case Questions::ConflictAnswer::Overwrite:
                if (isShowing(id))
                    saveTutorialEdit(true);
                else
                    submitTutorialEdit(before, changes, previous, true, title);
                break;
            case Questions::ConflictAnswer::Reload:
                if (isShowing(id)) {
                    ui.tutorialForm->discardEdits(); // not edited any more, so the reload below may replace it
                    afterChange({failure.kind == Error::Kind::NotFound ? std::nullopt : std::optional<qint64>(id),
                                 {},
                                 failure.kind == Error::Kind::NotFound});
                }
                break;
            case Questions::ConflictAnswer::KeepEditing:
                if (failure.kind == Error::Kind::Conflict && !isShowing(id)) {
                    // Back to that tutorial, with the edits typed in again.
                    if (maybeSave()) {
                        selectTutorial(id);
                        if (isShowing(id))
                            ui.tutorialForm->applyEdits(changes);
                    }
                }
                break;
            }
            updateFormState();
        });
}

void MainWindow::submitEdit(EditCommand *command, EditHistory::Done done)
{
    m_history->submit(command, [this, done = std::move(done)](const Result<EditOutcome> &result) {
        done(result);
        updateWriteState();
    });
    updateWriteState();
}

void MainWindow::followWrite(const EditOutcome &outcome, bool follow)
{
    if (follow) {
        afterChange({outcome.tutorialId, outcome.commentIds, outcome.clearDetail});
        return;
    }
    // The person has moved on since the write was asked for: the list, the counts and what is shown follow, the
    // selection stays where they put it.
    refreshList();
    if (m_detail == Detail::Tutorial || m_detail == Detail::Unassigned)
        (void)m_comments->update();
    updateCounts();
    updateActions();
}

void MainWindow::failedWrite(const Error &error)
{
    showError(error);
    afterChange({shownTutorialId(), {}, false}); // the database may differ from what is shown: read it again
}

void MainWindow::updateWriteState()
{
    if (m_writes && !m_writes->fault().isEmpty() && m_writes->pendingCount() > 0)
        ui.connectionBanner->showWaiting(m_writes->fault(), m_writes->pendingCount()); // the count follows
    updateActions();
    updateFormState();
}

void MainWindow::onWriteFault(const QString &message)
{
    if (message.isEmpty()) {
        ui.connectionBanner->dismiss();
        return;
    }
    // A state, not a question: the writes wait, in order, and are made by themselves once the database answers (the
    // status bar's save state says so too).
    ui.connectionBanner->showWaiting(message, m_writes->pendingCount());
    updateFormState();
}

bool MainWindow::settlePendingWrites()
{
    if (!m_writes || m_writes->pendingCount() == 0)
        return true;
    // A save made a moment ago is usually answered in milliseconds: give it that, with the window answering.
    if (m_writes->fault().isEmpty() && m_writes->waitForIdle(1500))
        return true;
    switch (Questions::pendingWrites(this, m_writes->pendingDescriptions(), m_writes->fault())) {
    case Questions::PendingAnswer::Wait: {
        // Until they are saved (by the queue's own retries, or "Retry now" in the banner behind) or the person stops
        // waiting; the window keeps answering meanwhile.
        QProgressDialog progress(tr("Waiting for the changes to be saved…"), tr("Stop waiting"), 0, 0, this);
        progress.setObjectName(u"waitForWritesDialog"_s);
        progress.setWindowTitle(tr("Saving"));
        progress.setMinimumDuration(0);
        connect(m_writes.get(), &WriteQueue::pendingChanged, &progress, [&progress](int count) {
            if (count == 0)
                progress.accept();
        });
        if (m_writes->pendingCount() == 0)
            return true;
        return progress.exec() == QDialog::Accepted && m_writes->pendingCount() == 0;
    }
    case Questions::PendingAnswer::Drop:
        m_history->setQueue(nullptr);
        m_writes.reset();
        m_writes = std::make_unique<WriteQueue>(m_database);
        connectWriteQueue();
        return true;
    case Questions::PendingAnswer::Cancel:
        break;
    }
    return false;
}

void MainWindow::offerLeftOverWrites()
{
    const QString database = m_database->url().toString(false);
    const QList<WriteJournal::Entry> left = m_journal->leftOver(database);
    if (left.isEmpty())
        return;
    QStringList what;
    for (const WriteJournal::Entry &entry : left)
        what << entry.what;
    switch (Questions::replayWrites(this, what)) {
    case Questions::ReplayAnswer::Replay:
        // In order, through the write queue like any edit: each meets the usual conflict check (a row someone else
        // changed since is refused and said so, never overwritten).
        for (const WriteJournal::Entry &entry : left) {
            EditCommand *command = EditCommand::fromJson(entry.edit, entry.what);
            if (!command)
                continue;
            submitEdit(command, [this](const Result<EditOutcome> &result) {
                if (!result)
                    return failedWrite(result.error());
                followWrite(*result, false);
            });
        }
        m_journal->forgetLeftOver(database); // in this run's own journal now
        statusBar()->showMessage(tr("Saving %n change(s) from the last session.", nullptr, int(left.size())), 6000);
        break;
    case Questions::ReplayAnswer::Discard:
        m_journal->forgetLeftOver(database);
        break;
    case Questions::ReplayAnswer::Later:
        break;
    }
}

void MainWindow::connectWriteQueue()
{
    m_writes->setObjectName(u"writeQueue"_s);
    connect(m_writes.get(), &WriteQueue::pendingChanged, this, &MainWindow::updateWriteState);
    connect(m_writes.get(), &WriteQueue::faultChanged, this, &MainWindow::onWriteFault);
    m_history->setQueue(m_writes.get());
}

bool MainWindow::waitForWrites(int msecs)
{
    return !m_writes || m_writes->waitForIdle(msecs);
}

void MainWindow::revert()
{
    if (m_detail == Detail::Draft)
        showNothing(); // the draft is dropped: nothing was written
    else if (m_detail == Detail::Tutorial)
        showTutorial(ui.tutorialForm->row().id);
}

bool MainWindow::maybeSave()
{
    // A comment cell still being edited is saved first, as leaving it would. One the service refused (now, or before
    // its editor closed as the person clicked elsewhere) is kept and asked about: never dropped unasked.
    ui.commentsPane->commitEdit();
    if (ui.commentsPane->hasRefusedEdit()) {
        if (!Questions::discardRefusedEdit(this, ui.commentsPane->refusedEditMessage())) {
            ui.commentsPane->reopenRefusedEdit();
            return false;
        }
        ui.commentsPane->discardRefusedEdit();
    }
    const bool formEdited = hasUnsavedChanges();
    const bool commentTyped = m_detail == Detail::Tutorial && ui.commentsPane->hasNewComment();
    if (!formEdited && !commentTyped)
        return true;
    const QString what = m_detail == Detail::Draft
        ? tr("the new tutorial")
        : tr("“%1”").arg(TutorialForm::displayTitle(ui.tutorialForm->row().title));
    switch (Questions::unsavedChanges(this, what, formEdited, commentTyped)) {
    case Questions::UnsavedAnswer::Save:
        if (formEdited && !save())
            return false;
        return !commentTyped || addComment(ui.commentsPane->newName(), ui.commentsPane->newText());
    case Questions::UnsavedAnswer::Discard:
        ui.tutorialForm->discardEdits();
        ui.commentsPane->discardNewComment();
        updateFormState();
        return true;
    case Questions::UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

void MainWindow::afterChange(const Focus &focus)
{
    // The list, the counts and the detail, read again; the selection follows the change.
    // What the person typed, or a save of it on its way, is never replaced by a read.
    const bool keepForm = hasUnsavedChanges() || ui.tutorialForm->isSaving();
    m_reselecting = true;
    // With background loading the list follows a moment later (onListReloaded selects then), so that a slow
    // order (by comment count over a million comments) never stalls an edit; the detail is read now.
    refreshList();
    std::optional<qint64> target = focus.tutorialId;
    if (!target && !focus.clearDetail)
        target = shownTutorialId();
    if (target && *target == TutorialListModel::NoTutorial) {
        auto orphans = m_service->countUnassignedComments(); // the list may not know yet
        if (!orphans || *orphans == 0)
            target.reset();
    }
    if (target) {
        const int row = m_tutorials->rowOf(*target);
        if (row >= 0) {
            ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
            ui.tutorialView->scrollTo(m_tutorials->index(row, 0));
        }
    }
    m_reselecting = false;
    if (!target) {
        if (m_detail != Detail::Draft || focus.clearDetail)
            showNothing();
    } else if (*target == TutorialListModel::NoTutorial) {
        showUnassigned();
    } else if (keepForm && isShowing(*target)) {
        // Never overwrite what the person is typing: only the comments are read again.
        (void)m_comments->reload();
    } else {
        showTutorial(*target);
    }
    ui.commentsPane->selectComments(focus.commentIds);
    updateEmptyPage();
    updateCounts();
    updateActions();
}

void MainWindow::showConnectionLost(const QString &message)
{
    ui.connectionBanner->showLost(message);
    m_connectionLabel->setText(tr("Disconnected"));
    m_reconnector->start(); // tries on its own worker until the server answers
}

void MainWindow::onReconnected(const QString &version)
{
    ui.connectionBanner->dismiss();
    m_connectionLabel->setText(version.isEmpty() ? m_database->url().displayName()
                                                 : tr("%1 (%2)").arg(m_database->url().displayName(), version));
    statusBar()->showMessage(tr("Reconnected to %1.").arg(m_database->url().location()), 5000);
    afterChange({shownTutorialId(), {}, false});
    m_writes->retryNow(); // writes waiting for the server: now, not at their next try
}

void MainWindow::showError(const Error &error)
{
    if (error.kind == Error::Kind::Connection) {
        showConnectionLost(error.message);
        return;
    }
    if (error.kind == Error::Kind::Cancelled) {
        statusBar()->showMessage(error.message, 8000); // the person stopped it: no box to click away
        return;
    }
    if (error.kind == Error::Kind::Io) {
        m_databaseFault = error.message;
        updateFormState();
    }
    QMessageBox box(QMessageBox::Warning, tr("Tutorial Desk"), error.message, QMessageBox::Ok, this);
    box.setObjectName(u"errorBox"_s);
    box.exec();
}

void MainWindow::newTutorial()
{
    if (!maybeSave())
        return;
    m_reselecting = true;
    ui.tutorialView->clearSelection();
    ui.tutorialView->setCurrentIndex({});
    m_reselecting = false;
    m_detail = Detail::Draft;
    ui.tutorialForm->startDraft();
    ++m_draftId;
    m_saveWhenCreated = false;
    m_comments->clear();
    ui.commentsPane->setEnabled(false);
    ui.detailStack->setCurrentWidget(ui.tutorialForm);
    ui.tutorialForm->focusTitle();
    updateFormState();
}

void MainWindow::deleteSelected()
{
    const bool commentSelected = ui.commentsPane->hasSelection();
    if (commentSelected && ui.commentsPane->view()->hasFocus())
        deleteComments();
    else if (m_detail == Detail::Draft) {
        if (!hasUnsavedChanges() || Questions::discardNewTutorial(this))
            revert();
    }
    else if (m_detail == Detail::Tutorial)
        deleteTutorial();
    else if (commentSelected)
        deleteComments();
}

void MainWindow::deleteTutorial()
{
    if (m_detail != Detail::Tutorial)
        return;
    const TutorialRow row = ui.tutorialForm->row();
    const QString title = TutorialForm::displayTitle(row.title);
    // How many comments go with it: what the list counted (the pane may have only its first page).
    qint64 count = m_comments->rowCount();
    if (const int listRow = m_tutorials->rowOf(row.id); listRow >= 0)
        count = m_tutorials->index(listRow, TutorialListModel::CommentCountColumn).data().toLongLong();
    const std::optional<TutorialService::CommentsOnDelete> answer = Questions::deleteTutorial(this, title, count);
    if (!answer)
        return;
    // Gone from the detail at once ("Saving…" in the status bar); back if the database refuses.
    showNothing();
    submitEdit(new DeleteTutorialCommand(tr("delete tutorial “%1”").arg(title), row.id, *answer),
               [this](const Result<EditOutcome> &result) {
                   if (!result)
                       return failedWrite(result.error());
                   followWrite(*result, m_detail == Detail::None);
               });
}

bool MainWindow::addComment(const QString &name, const QString &text)
{
    if (m_detail != Detail::Tutorial)
        return false;
    if (auto valid = m_service->validateComment(name, text);
        !valid && valid.error().kind != Error::Kind::Connection && valid.error().kind != Error::Kind::Busy) {
        ui.commentsPane->showNewCommentError(valid.error());
        return false;
    }
    const qint64 tutorialId = ui.tutorialForm->row().id;
    ui.commentsPane->clearNewComment();
    submitEdit(new AddCommentCommand(tr("add comment by “%1”").arg(name), tutorialId, name, text),
               [this, tutorialId, name, text](const Result<EditOutcome> &result) {
                   const bool here = isShowing(tutorialId);
                   if (!result) {
                       // The text back where it was typed, nothing lost.
                       if (here && !ui.commentsPane->hasNewComment()) {
                           ui.commentsPane->restoreNewComment(name, text);
                           ui.commentsPane->showNewCommentError(result.error());
                           updateFormState();
                           return;
                       }
                       return failedWrite(result.error());
                   }
                   followWrite(*result, here);
               });
    return true;
}

void MainWindow::deleteComments()
{
    const QList<Comment> comments = ui.commentsPane->selectedComments();
    if (comments.isEmpty())
        return;
    const std::optional<qint64> shownId = shownTutorialId();
    const QString text = comments.size() == 1 ? tr("delete comment by “%1”").arg(comments.first().name)
                                              : tr("delete %1").arg(Wording::comments(comments.size()));
    const int count = int(comments.size());
    submitEdit(new DeleteCommentsCommand(text, comments, shownId),
               [this, shownId, count](const Result<EditOutcome> &result) {
                   if (!result)
                       return failedWrite(result.error());
                   statusBar()->showMessage(tr("Deleted %Ln comment(s). Undo brings them back.", nullptr, count),
                                            5000);
                   followWrite(*result, shownTutorialId() == shownId);
               });
}

void MainWindow::moveComments()
{
    const QList<Comment> comments = ui.commentsPane->selectedComments();
    if (comments.isEmpty())
        return;
    MoveCommentDialog dialog(*m_service, shownTutorialId(), int(comments.size()), this);
    dialog.setObjectName(u"moveCommentDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids;
    for (const Comment &comment : comments)
        ids.append(comment.id);
    moveCommentsTo(ids, dialog.target());
}

void MainWindow::moveCommentsTo(const QList<qint64> &ids, std::optional<qint64> target)
{
    // Comments dropped where they are already: nothing to do. (Where each one is, for undo, is read by the write.)
    const std::optional<qint64> shownId = shownTutorialId();
    const std::optional<qint64> here
        = shownId == TutorialListModel::NoTutorial ? std::nullopt : shownId;
    if (ids.isEmpty() || (shownId && here == target))
        return;
    QString where = tr("unassigned");
    if (target) {
        const int row = m_tutorials->rowOf(*target);
        where = row >= 0 ? tr("“%1”").arg(m_tutorials->index(row, TutorialListModel::TitleColumn).data().toString())
                         : tr("tutorial %1").arg(*target);
    }
    const QString what = Wording::comments(ids.size());
    submitEdit(new MoveCommentsCommand(tr("move %1 to %2").arg(what, where), ids, target, shownId),
               [this, shownId, what, where](const Result<EditOutcome> &result) {
                   if (!result)
                       return failedWrite(result.error());
                   statusBar()->showMessage(tr("Moved %1 to %2.").arg(what, where), 5000);
                   followWrite(*result, shownTutorialId() == shownId);
               });
}

void MainWindow::onCommentEditRequested(const Comment &before, const Comment &after)
{
    ui.commentsPane->clearError();
    TutorialService::CommentChanges redoChanges;
    TutorialService::CommentChanges undoChanges;
    int column = CommentTableModel::TextColumn;
    if (before.name != after.name || before.name.isNull() != after.name.isNull()) {
        redoChanges.name = after.name;
        undoChanges.name = before.name;
        column = CommentTableModel::NameColumn;
    }
    if (before.text != after.text || before.text.isNull() != after.text.isNull()) {
        redoChanges.text = after.text;
        undoChanges.text = before.text;
    }
    const QString value = column == CommentTableModel::NameColumn ? after.name : after.text;
    CommentTableModel *model = m_comments;
    submitEdit(new EditCommentCommand(tr("edit comment by “%1”").arg(after.name), before, redoChanges, undoChanges),
               [this, model, before, column, value](const Result<EditOutcome> &result) {
                   if (model != m_comments)
                       return; // another database by now
                   if (result) {
                       if (result->comment)
                           m_comments->editSaved(*result->comment);
                       updateCounts();
                       return;
                   }
                   m_comments->editFailed(before);
                   const int row = m_comments->rowOf(before.id);
                   if (row < 0)
                       return failedWrite(result.error());
                   // Refused: the reason, and the editor open again with what was typed.
                   ui.commentsPane->keepRefusedEdit(m_comments->index(row, column), value, result.error().message);
               });
}

void MainWindow::onCommentEditRejected(const QModelIndex &index, const QString &value, const Error &error)
{
    ui.commentsPane->keepRefusedEdit(index, value, error.message);
}

void MainWindow::loadSampleData()
{
    // The Sequelize tutorials application's demo rows, added (never a reset: whatever is there stays), in one
    // transaction: all or none. Undo takes them away again, unless someone else changed them since.
    submitEdit(new CreateTutorialsCommand(
                       tr("load the sample data"), SampleData::seedDemo(),
                       tr("“%1” was changed by someone else since the sample data was loaded; undoing would delete "
                          "their work, so nothing was deleted.")),
               [this](const Result<EditOutcome> &result) {
                   if (!result)
                       return failedWrite(result.error());
                   statusBar()->showMessage(tr("Loaded the sample data."), 5000);
                   followWrite(*result, m_detail != Detail::Draft);
               });
}

void MainWindow::refresh()
{
    if (!maybeSave())
        return;
    afterChange({shownTutorialId(), {}, false});
    statusBar()->showMessage(tr("Refreshed."), 2000);
}

void MainWindow::newDatabase()
{
    if (!maybeSave())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_chooseFile(FileMode::SaveNew, tr("New database"), dir + u"/tutorials.sqlite"_s,
                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // "New" never empties an existing file: offer to open it as it is.
        if (QMessageBox::question(this, tr("New database"),
                                  tr("%1 already exists. Open it as it is?").arg(QFileInfo(path).fileName()))
            != QMessageBox::Yes)
            return;
    }
    openDatabase(DatabaseUrl::sqliteFile(path));
}

void MainWindow::openDatabaseFile()
{
    if (!maybeSave())
        return;
    const QString dir = m_database->url().isSqlite() && !m_database->url().isInMemory()
        ? QFileInfo(m_database->url().path()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = m_chooseFile(FileMode::Open, tr("Open database"), dir, tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(DatabaseUrl::sqliteFile(path));
}

void MainWindow::connectToServer(const QString &message)
{
    if (!maybeSave())
        return;
    ConnectDialog dialog(this);
    dialog.setObjectName(u"connectDialog"_s);
    if (m_database->url().isMySql())
        dialog.setUrl(m_database->url());
    if (!message.isEmpty())
        dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto url = dialog.url();
    if (!url || !openDatabase(*url))
        return;
    // Only once the password has worked; the settings never see it (rememberDatabase() leaves it out).
    if (dialog.savePassword() && url->hasPassword()) {
        if (auto saved = PasswordStore::save(*url, url->password()); !saved)
            QMessageBox::warning(this, tr("Password not saved"), saved.error().message);
    } else if (PasswordStore::isAvailable()) {
        (void)PasswordStore::remove(*url); // unticked: forget a password saved before
    }
}

void MainWindow::importJson()
{
    if (!maybeSave())
        return;
    const QString path
        = m_chooseFile(FileMode::Open, tr("Import JSON"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // One step on the undo list, as the README promises: Undo deletes exactly what the import added (refused when
    // someone else changed those rows since), Redo puts the same rows back with the same ids.
    auto stored = std::make_shared<QList<Tutorial>>();
    auto imported = FileTransfers::importJson(this, m_database, path, stored.get());
    if (!imported) {
        showError(imported.error());
        return;
    }
    if (stored->isEmpty()) { // an empty file: nothing to undo
        afterChange({shownTutorialId(), {}, false});
        statusBar()->showMessage(*imported, 8000);
        return;
    }
    m_history->record(new ImportCommand(tr("import %1").arg(QFileInfo(path).fileName()), *stored, shownTutorialId()));
    afterChange({shownTutorialId(), {}, false});
    statusBar()->showMessage(tr("%1 Undo takes the import back.").arg(*imported), 8000);
}

void MainWindow::exportJson()
{
    const QString path = m_chooseFile(FileMode::Save, tr("Export JSON"), u"tutorials.json"_s,
                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto exported = FileTransfers::exportJson(this, m_database, path, m_tutorials->search());
    if (!exported)
        showError(exported.error());
    else
        statusBar()->showMessage(*exported, 8000);
}

void MainWindow::exportCsv()
{
    const QString path = m_chooseFile(FileMode::Save, tr("Export comments as CSV"), u"comments.csv"_s,
                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto exported = FileTransfers::exportCommentsCsv(this, m_database, path);
    if (!exported)
        showError(exported.error());
    else
        statusBar()->showMessage(*exported, 8000);
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

bool MainWindow::saveBeforeUndoOrRedo()
{
    const int index = m_undoStack->index();
    const int count = m_undoStack->count();
    const int edits = m_history->pendingEdits();
    if (!maybeSave())
        return false;
    if (m_undoStack->index() == index && m_undoStack->count() == count && m_history->pendingEdits() == edits)
        return true;
    // Saving the pending edit (an open cell, the form, a typed comment) was a step of its own: that is what the
    // person asked for first. Undo and redo now apply to a different stack, so they wait for the next press.
    statusBar()->showMessage(tr("Your edit was saved first; press Undo again to take it back."), 6000);
    m_savedFirstNoteShown = true;
    return false;
}

void MainWindow::undo()
{
    runStep(Direction::Undo);
}

void MainWindow::redo()
{
    runStep(Direction::Redo);
}

void MainWindow::runStep(Direction direction)
{
    const bool back = direction == Direction::Undo;
    if (m_inStep || !(back ? m_history->canUndo() : m_history->canRedo()) || !saveBeforeUndoOrRedo())
        return;
    if (m_history->pendingEdits() > 0) {
        // Undo takes back what is saved: the edit just made first has to be (usually a matter of milliseconds; the
        // window keeps answering meanwhile). During a fault it is said instead.
        const QScopedValueRollback stepping(m_inStep, true);
        if (!m_writes->fault().isEmpty() || !m_writes->waitForIdle(2000)) {
            statusBar()->showMessage(tr("Undo waits until your changes are saved."), 6000);
            return;
        }
    }
    statusBar()->clearMessage(); // a note about the press before ("saved first; press Undo again") is done with
    m_savedFirstNoteShown = false;
    // The step is made on the write worker first; only when it worked does the history move. A refused one
    // (someone else's change) stays the next step: dropped, the next Undo would take back an older step instead.
    // A fault (a busy or lost database) is no answer: the step waits in the queue and is made once it answers.
    const EditHistory::Done done = [this](const Result<EditOutcome> &result) {
        if (result) {
            afterChange({result->tutorialId, result->commentIds, result->clearDetail});
            return;
        }
        if (result.error().kind == Error::Kind::Cancelled)
            return; // a press queued behind a refused step: void, and the refusal was said
        if (result.error().kind == Error::Kind::NotFound) {
            // A row the step needs is gone for good (someone deleted it): it can never run, and kept it would block
            // every step behind it. The history dropped it; said so.
            showError(Error::notFound(tr("%1 This step was taken off the undo list.").arg(result.error().message)));
        } else {
            showError(result.error());
        }
        afterChange({shownTutorialId(), {}, false}); // show what the database holds
    };
    if (back ? m_history->undo(done) : m_history->redo(done))
        statusBar()->showMessage(back ? tr("Undoing…") : tr("Redoing…"));
    updateActions();
}

void MainWindow::setSort(int column, Qt::SortOrder order)
{
    ui.tutorialView->sortByColumn(column, order);
}

void MainWindow::updateSortActions()
{
    if (!m_tutorials)
        return;
    const int column = ui.tutorialView->header()->sortIndicatorSection();
    ui.actionSortTitle->setChecked(column == TutorialListModel::TitleColumn);
    ui.actionSortComments->setChecked(column == TutorialListModel::CommentCountColumn);
    ui.actionSortUpdated->setChecked(column == TutorialListModel::UpdatedColumn);
    ui.actionSortCreated->setChecked(column == TutorialListModel::CreatedColumn);
    ui.actionSortDescending->setChecked(ui.tutorialView->header()->sortIndicatorOrder() == Qt::DescendingOrder);
    // A new order starts at the top; keep the shown tutorial selected when it is loaded.
    const std::optional<qint64> shownId = shownTutorialId();
    if (shownId) {
        const int row = m_tutorials->rowOf(*shownId);
        if (row >= 0) {
            m_reselecting = true;
            ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
            m_reselecting = false;
        }
    }
}

void MainWindow::updateCounts()
{
    // COUNT(*) over a million comments takes a while on InnoDB: on a worker thread with its own connection.
    countInBackground([this](const std::shared_ptr<Database> &database, const Result<TutorialService::Counts> &counts) {
        if (database != m_database)
            return; // an answer about the database this window no longer shows
        if (!counts) {
            m_countsLabel->setText(tr("Counts unavailable"));
            m_countsLabel->setToolTip(counts.error().message);
            return;
        }
        QString text = tr("%1, %2").arg(Wording::tutorials(counts->tutorials), Wording::comments(counts->comments));
        if (counts->unassigned > 0)
            text += tr(", %1 unassigned").arg(counts->unassigned);
        m_countsLabel->setText(text);
        m_countsLabel->setToolTip({});
    });
}

void MainWindow::countInBackground(
        std::function<void(const std::shared_ptr<Database> &, const Result<TutorialService::Counts> &)> done)
{
    std::shared_ptr<Database> database = m_database;
    QThread *worker = QThread::create([this, database, done = std::move(done)] {
        Result<TutorialService::Counts> counts = Error::database({});
        {
            TutorialService service(*database);
            counts = service.counts();
        }
        database->closeThreadConnection();
        QMetaObject::invokeMethod(this, [database, counts, done] { done(database, counts); }, Qt::QueuedConnection);
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeOne(worker);
        worker->deleteLater();
    });
    worker->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave() || !settlePendingWrites()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}
