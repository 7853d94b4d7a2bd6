#include "mainwindow.h"

#include "changewatcher.h"
#include "commentpane.h"
#include "commenttablemodel.h"
#include "connectdialog.h"
#include "connectionbanner.h"
#include "database.h"
#include "datacommand.h"
#include "filedialogs.h"
#include "reportactions.h"
#include "shortcutsdialog.h"
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

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
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

QList<qint64> commentIds(const Tutorial &tutorial)
{
    QList<qint64> ids;
    for (const Comment &comment : tutorial.comments)
        ids.append(comment.id);
    return ids;
}

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
    m_undoStack = new QUndoStack(this);
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
    connect(ui.connectionBanner, &ConnectionBanner::retryRequested, this, &MainWindow::probeConnection);
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
    m_undoStack->disconnect(this); // its clear() while the children go must not reach a half-destroyed window
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
    m_undoStack->clear();
    m_detail = Detail::None;
    // A lost connection to the previous database is no longer this window's concern.
    ui.connectionBanner->dismiss();
    m_saveAfterReconnect = false;
    m_cellsAfterReconnect.clear();
    m_writtenTutorials.clear();
    m_writtenComments.clear();

    // The views let go of the old models before the service they use goes away.
    std::unique_ptr<TutorialService> service = std::make_unique<TutorialService>(*database);
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
    connect(m_comments, &CommentTableModel::commentEdited, this, &MainWindow::onCommentEdited);
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
    const bool dirty = hasUnsavedChanges();
    const bool form = m_detail == Detail::Tutorial || m_detail == Detail::Draft;
    ui.actionSave->setEnabled(form && dirty);
    ui.actionRevert->setEnabled(form && (dirty || m_detail == Detail::Draft));
    // A comment typed in the add line but not added is unsaved too (leaving asks about it).
    const bool pending = dirty || (m_detail == Detail::Tutorial && ui.commentsPane->hasNewComment());
    if (pending)
        m_savedLabel->setText(tr("Unsaved changes"));
    else if (!m_databaseFault.isEmpty())
        m_savedLabel->setText(tr("Database error: changes may not be saved"));
    else
        m_savedLabel->setText(tr("All changes saved"));
    m_savedLabel->setToolTip(m_databaseFault);
    setWindowModified(pending);
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
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
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
    const QString title = ui.tutorialForm->title();
    const QString description = ui.tutorialForm->description();
    // Checked first, so an invalid value is shown at its field and nothing is written. An edit checks only what the
    // person changed: a title the Node.js service stored blank does not stop the description being saved.
    const Result<void> valid = m_detail == Detail::Draft
        ? m_service->validateTutorial(title, description)
        : m_service->validateTutorialChanges(ui.tutorialForm->row(), ui.tutorialForm->changes());
    if (!valid) {
        // (Checking reads the column sizes from the database once: that read can meet a lost server too, and then
        // the edit is saved once it is back, like any other save that met it.)
        if (valid.error().kind == Error::Kind::Connection)
            m_saveAfterReconnect = true;
        if (!ui.tutorialForm->showFieldError(valid.error()))
            showError(valid.error());
        return false;
    }
    ui.tutorialForm->clearFieldErrors();
    // What the form holds is being written: afterChange() may refill it from the database.
    const QScopedValueRollback saving(m_saving, true);
    if (m_detail == Detail::Draft) {
        std::optional<Error> failure;
        auto created = std::make_shared<std::optional<Tutorial>>();
        const bool ok = pushCommand(
            tr("create tutorial “%1”").arg(title),
            [this, created, title, description]() -> Result<void> {
                if (*created) { // redo after undo: the same row again, same id
                    if (auto restored
                        = m_service->restoreTutorial(**created, TutorialService::CommentsOnDelete::Delete);
                        !restored)
                        return restored;
                    rememberRestored({**created});
                } else {
                    auto row = m_service->createTutorial(title, description);
                    if (!row)
                        return row.error();
                    Tutorial tutorial;
                    static_cast<TutorialRow &>(tutorial) = *row;
                    *created = tutorial;
                }
                afterChange({(*created)->id, {}, false});
                return {};
            },
            [this, created]() -> Result<void> {
                if (auto deleted = m_service->deleteTutorial((*created)->id, TutorialService::CommentsOnDelete::Delete);
                    !deleted)
                    return deleted.error();
                afterChange({std::nullopt, {}, true});
                return {};
            },
            false, &failure);
        if (!ok && failure) {
            if (failure->kind == Error::Kind::Connection)
                m_saveAfterReconnect = true; // the new tutorial stays in the form and is created once it is back
            showError(*failure);
        }
        return ok;
    }
    if (!hasUnsavedChanges())
        return true;
    return saveTutorialEdit(/*overwrite=*/false);
}

bool MainWindow::saveTutorialEdit(bool overwrite)
{
    const QString title = ui.tutorialForm->title();
    const TutorialRow before = ui.tutorialForm->row();
    const qint64 id = before.id;
    const TutorialService::TutorialChanges redoChanges = ui.tutorialForm->changes();
    TutorialService::TutorialChanges undoChanges = ui.tutorialForm->previousValues();
    undoChanges.origin = TutorialService::Origin::Kept; // undo may put back a blank title the row had
    // Each step saves only over the row as this window last saw it (two editors: someone else's change since then
    // is refused, not overwritten): the first time the row the form was filled from, then the row as this window
    // last wrote it, by whichever step (undoing an older edit after a newer one is not someone else's change).
    auto first = std::make_shared<bool>(true);
    auto step = [this, id, first, before, overwrite](TutorialService::TutorialChanges changes) -> Result<void> {
        if (std::exchange(*first, false))
            changes.expected = overwrite ? std::nullopt : std::optional(before);
        else
            changes.expected = m_writtenTutorials.contains(id) ? std::optional(m_writtenTutorials.value(id))
                                                               : std::nullopt;
        auto saved = m_service->updateTutorial(id, changes);
        if (!saved)
            return saved.error();
        m_writtenTutorials.insert(id, *saved);
        afterChange({id, {}, false});
        return {};
    };
    std::optional<Error> failure;
    const bool ok = pushCommand(
        tr("edit tutorial “%1”").arg(TutorialForm::displayTitle(title)),
        [step, redoChanges] { return step(redoChanges); },
        [step, undoChanges] { return step(undoChanges); }, false, &failure);
    if (ok) {
        statusBar()->showMessage(tr("Saved “%1”.").arg(TutorialForm::displayTitle(title)), 4000);
        return true;
    }
    if (!failure || (failure->kind != Error::Kind::Conflict && failure->kind != Error::Kind::NotFound)) {
        if (failure && failure->kind == Error::Kind::Connection)
            m_saveAfterReconnect = true; // the form keeps the edit; it is saved once the server answers again
        if (failure)
            showError(*failure);
        return false;
    }
    // Someone else changed or deleted the tutorial since it was read: the person decides, nothing is lost unasked.
    switch (Questions::conflict(this, *failure)) {
    case Questions::ConflictAnswer::Overwrite:
        return saveTutorialEdit(true);
    case Questions::ConflictAnswer::Reload:
        ui.tutorialForm->discardEdits(); // not edited any more, so the reload below may replace it
        afterChange({failure->kind == Error::Kind::NotFound ? std::nullopt : std::optional<qint64>(id),
                     {},
                     failure->kind == Error::Kind::NotFound});
        break;
    case Questions::ConflictAnswer::KeepEditing:
        break;
    }
    return false;
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

bool MainWindow::pushCommand(const QString &text, std::function<Result<void>()> apply,
                             std::function<Result<void>()> revert, bool alreadyApplied, std::optional<Error> *failure)
{
    auto pushing = std::make_shared<bool>(true);
    auto failed = std::make_shared<std::optional<Error>>();
    auto *command = new DataCommand(
        text, std::move(apply), std::move(revert),
        [this, pushing, failed, failure](const Error &error) {
            *failed = error;
            if (*pushing && failure)
                return; // the caller handles it (a save that met someone else's change)
            showError(error);
            // The database may differ from what is shown: read it again.
            afterChange({shownTutorialId(), {}, false});
        },
        alreadyApplied);
    m_undoStack->push(command); // runs apply(); a failed one is dropped by the stack
    *pushing = false;
    if (failure)
        *failure = *failed;
    return !failed->has_value();
}

void MainWindow::afterChange(const Focus &focus)
{
    // The list, the counts and the detail, read again; the selection follows the change.
    const bool keepForm = hasUnsavedChanges() && !m_saving;
    m_reselecting = true;
    // With background loading the list follows a moment later (onListReloaded selects then), so that a slow
    // order (by comment count over a million comments) never stalls an edit; the detail is read now.
    refreshList();
    std::optional<qint64> target = focus.tutorialId;
    if (!target && !focus.clearDetail)
        target = shownTutorialId();
    if (target && *target == TutorialListModel::NoTutorial) {
        auto orphans = m_service->countOrphanComments(); // the list may not know yet
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
    } else if (keepForm && m_detail == Detail::Tutorial && ui.tutorialForm->row().id == *target) {
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
}

void MainWindow::probeConnection()
{
    if (m_probing)
        return;
    m_probing = true;
    // On a worker with its own connection: a server that does not answer must not freeze the window for the
    // connect timeout.
    countInBackground([this](const std::shared_ptr<Database> &database, const Result<TutorialService::Counts> &counts) {
        m_probing = false;
        if (database != m_database)
            return;
        if (!counts) {
            ui.connectionBanner->showStillTrying(counts.error().message);
            return;
        }
        ui.connectionBanner->dismiss();
        const QString version = m_database->serverVersion();
        m_connectionLabel->setText(version.isEmpty()
                                       ? m_database->url().displayName()
                                       : tr("%1 (%2)").arg(m_database->url().displayName(), version));
        statusBar()->showMessage(tr("Reconnected to %1.").arg(m_database->url().location()), 5000);
        afterChange({shownTutorialId(), {}, false});
        if (std::exchange(m_saveAfterReconnect, false) && hasUnsavedChanges())
            save();
        // Every cell typed while the server was away, in order. The comments were read again: find each cell's row
        // by the comment's id.
        for (const PendingCell &cell : std::exchange(m_cellsAfterReconnect, {})) {
            const int row = m_comments->rowOf(cell.commentId);
            if (row >= 0) {
                m_comments->setData(m_comments->index(row, cell.column), cell.value, Qt::EditRole);
                continue;
            }
            // The person has moved on to another tutorial: saved all the same.
            TutorialService::CommentChanges changes;
            (cell.column == CommentTableModel::NameColumn ? changes.name : changes.text) = cell.value;
            if (auto saved = m_service->updateComment(cell.commentId, changes); !saved)
                showError(saved.error());
        }
    });
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
    auto tutorial = m_service->findTutorialById(ui.tutorialForm->row().id);
    if (!tutorial) {
        showError(tutorial.error());
        afterChange({std::nullopt, {}, true});
        return;
    }
    const QString title = TutorialForm::displayTitle(tutorial->title);
    const std::optional<TutorialService::CommentsOnDelete> answer
        = Questions::deleteTutorial(this, title, tutorial->comments.size());
    if (!answer)
        return;
    const TutorialService::CommentsOnDelete how = *answer;
    // Clean edits only from here: the form shows what is stored, and the row goes.
    const Tutorial row = *tutorial;
    pushCommand(
        tr("delete tutorial “%1”").arg(title),
        [this, row, how]() -> Result<void> {
            auto deleted = m_service->deleteTutorial(row.id, how);
            if (!deleted)
                return deleted.error();
            if (how == TutorialService::CommentsOnDelete::KeepAsOrphans)
                rememberWrittenComments(commentIds(row)); // detached: their rows changed
            afterChange({std::nullopt, {}, true});
            return {};
        },
        [this, row, how]() -> Result<void> {
            if (auto restored = m_service->restoreTutorial(row, how); !restored)
                return restored;
            if (how == TutorialService::CommentsOnDelete::KeepAsOrphans) {
                rememberRestored({row}, false);
                rememberWrittenComments(commentIds(row));
            } else {
                rememberRestored({row});
            }
            afterChange({row.id, {}, false});
            return {};
        });
}

bool MainWindow::addComment(const QString &name, const QString &text)
{
    if (m_detail != Detail::Tutorial)
        return false;
    if (auto valid = m_service->validateComment(name, text); !valid) {
        ui.commentsPane->showNewCommentError(valid.error());
        return false;
    }
    const qint64 tutorialId = ui.tutorialForm->row().id;
    auto created = std::make_shared<std::optional<Comment>>();
    const bool ok = pushCommand(
        tr("add comment by “%1”").arg(name),
        [this, created, tutorialId, name, text]() -> Result<void> {
            if (*created) {
                if (auto restored = m_service->restoreComments({**created}); !restored)
                    return restored;
                rememberRestored(QList<Comment> {**created});
            } else {
                auto comment = m_service->createComment(tutorialId, name, text);
                if (!comment)
                    return comment.error();
                *created = *comment;
            }
            afterChange({tutorialId, {(*created)->id}, false});
            return {};
        },
        [this, created, tutorialId]() -> Result<void> {
            if (auto deleted = m_service->deleteComment((*created)->id); !deleted)
                return deleted;
            afterChange({tutorialId, {}, false});
            return {};
        });
    if (ok)
        ui.commentsPane->clearNewComment();
    return ok;
}

void MainWindow::deleteComments()
{
    const QList<Comment> comments = ui.commentsPane->selectedComments();
    if (comments.isEmpty())
        return;
    QList<qint64> ids;
    for (const Comment &comment : comments)
        ids.append(comment.id);
    const std::optional<qint64> shownId = shownTutorialId();
    const QString text = comments.size() == 1 ? tr("delete comment by “%1”").arg(comments.first().name)
                                              : tr("delete %1").arg(Wording::comments(comments.size()));
    if (pushCommand(
            text,
            [this, ids, shownId]() -> Result<void> {
                if (auto deleted = m_service->deleteComments(ids); !deleted)
                    return deleted;
                afterChange({shownId, {}, false});
                return {};
            },
            [this, comments, ids, shownId]() -> Result<void> {
                if (auto restored = m_service->restoreComments(comments); !restored)
                    return restored;
                rememberRestored(comments);
                afterChange({shownId, ids, false});
                return {};
            }))
        statusBar()->showMessage(tr("Deleted %Ln comment(s). Undo brings them back.", nullptr, int(ids.size())), 5000);
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
    // Where each comment is now, for undo: read from the database, not from what happens to be shown.
    QList<Comment> before;
    for (const qint64 id : ids) {
        auto comment = m_service->findCommentById(id);
        if (!comment) {
            showError(comment.error());
            return;
        }
        if (comment->tutorialId != target)
            before.append(*comment);
    }
    if (before.isEmpty())
        return;
    QString where = tr("unassigned");
    if (target) {
        auto tutorial = m_service->findTutorialById(*target);
        where = tutorial ? tr("“%1”").arg(tutorial->title) : tr("tutorial %1").arg(*target);
    }
    const std::optional<qint64> shownId = shownTutorialId();
    QList<qint64> moved;
    for (const Comment &comment : before)
        moved.append(comment.id);
    if (pushCommand(
            tr("move %1 to %2").arg(Wording::comments(moved.size()), where),
            [this, moved, target, shownId]() -> Result<void> {
                if (auto done = m_service->moveComments(moved, target); !done)
                    return done;
                rememberWrittenComments(moved);
                afterChange({shownId, {}, false});
                return {};
            },
            [this, before, shownId]() -> Result<void> {
                QList<TutorialService::Placement> placements;
                QList<qint64> ids;
                for (const Comment &comment : before) {
                    placements.append({comment.id, comment.tutorialId});
                    ids.append(comment.id);
                }
                if (auto done = m_service->placeComments(placements); !done) // all back, or none
                    return done;
                rememberWrittenComments(ids);
                afterChange({shownId, ids, false});
                return {};
            }))
        statusBar()->showMessage(tr("Moved %1 to %2.").arg(Wording::comments(moved.size()), where), 5000);
}

void MainWindow::rememberRestored(const QList<Tutorial> &tutorials, bool withComments)
{
    // Put back exactly as they were, timestamps included: that is what the next step finds.
    for (const Tutorial &tutorial : tutorials) {
        m_writtenTutorials.insert(tutorial.id, static_cast<const TutorialRow &>(tutorial));
        if (!withComments)
            continue;
        for (Comment comment : tutorial.comments) {
            comment.tutorialId = tutorial.id;
            comment.tutorial.reset();
            m_writtenComments.insert(comment.id, comment);
        }
    }
}

void MainWindow::rememberRestored(const QList<Comment> &comments)
{
    for (Comment comment : comments) {
        comment.tutorial.reset();
        m_writtenComments.insert(comment.id, comment);
    }
}

void MainWindow::rememberWrittenComments(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        if (!m_writtenComments.contains(id))
            continue;
        if (auto comment = m_service->findCommentById(id)) {
            comment->tutorial.reset();
            m_writtenComments.insert(id, *comment);
        }
    }
}

void MainWindow::onCommentEdited(const Comment &before, const Comment &after)
{
    ui.commentsPane->clearError();
    TutorialService::CommentChanges redoChanges;
    TutorialService::CommentChanges undoChanges;
    if (before.name != after.name || before.name.isNull() != after.name.isNull()) {
        redoChanges.name = after.name;
        undoChanges.name = before.name;
    }
    if (before.text != after.text || before.text.isNull() != after.text.isNull()) {
        redoChanges.text = after.text;
        undoChanges.text = before.text;
    }
    undoChanges.origin = TutorialService::Origin::Kept; // undo may put back a blank the row had
    const qint64 id = after.id;
    const std::optional<qint64> shownId = shownTutorialId();
    // As for the tutorial form: each step writes only over the row as this window last wrote it.
    m_writtenComments.insert(id, after);
    auto step = [this, id, shownId, after](TutorialService::CommentChanges changes) -> Result<void> {
        changes.expected = m_writtenComments.value(id, after);
        auto saved = m_service->updateComment(id, changes);
        if (!saved)
            return saved.error();
        m_writtenComments.insert(id, *saved);
        afterChange({shownId, {id}, false});
        return {};
    };
    pushCommand(
        tr("edit comment by “%1”").arg(after.name), [step, redoChanges] { return step(redoChanges); },
        [step, undoChanges] { return step(undoChanges); }, true);
    updateCounts();
}

void MainWindow::onCommentEditRejected(const QModelIndex &index, const QString &value, const Error &error)
{
    if (error.kind == Error::Kind::Connection) {
        // Not refused, only not yet saved: kept, and saved by itself once the window has reconnected.
        const PendingCell cell{index.data(CommentTableModel::IdRole).toLongLong(), index.column(), value};
        m_cellsAfterReconnect.removeIf([&cell](const PendingCell &pending) {
            return pending.commentId == cell.commentId && pending.column == cell.column;
        });
        m_cellsAfterReconnect.append(cell);
        showConnectionLost(error.message);
        return;
    }
    ui.commentsPane->keepRefusedEdit(index, value, error.message);
}

void MainWindow::loadSampleData()
{
    // The seed's server.js demo rows, added (never a reset: whatever is there stays), in one transaction: all or
    // none. Undo takes them away again.
    auto created = std::make_shared<QList<Tutorial>>();
    const bool ok = pushCommand(
        tr("load the sample data"),
        [this, created]() -> Result<void> {
            if (!created->isEmpty()) { // redo after undo: the same rows again, same ids
                if (auto restored = m_service->restoreTutorials(*created, TutorialService::CommentsOnDelete::Delete);
                    !restored)
                    return restored;
                rememberRestored(*created);
            } else {
                auto rows = m_service->createTutorials(SampleData::seedDemo());
                if (!rows)
                    return rows.error();
                *created = *rows;
            }
            afterChange({created->first().id, {}, false});
            return {};
        },
        [this, created]() -> Result<void> {
            // Only what the sample put there goes: a sample tutorial someone else changed since, or gave a comment,
            // is refused (steps this window made after loading it are undone before this one).
            QList<qint64> ids;
            for (const Tutorial &tutorial : std::as_const(*created)) {
                auto now = m_service->findTutorialById(tutorial.id);
                if (!now)
                    return now.error();
                const TutorialRow expected = m_writtenTutorials.value(tutorial.id, tutorial);
                if (static_cast<const TutorialRow &>(*now) != expected || commentIds(*now) != commentIds(tutorial))
                    return Error::conflict(tr("“%1” was changed by someone else since the sample data was loaded; "
                                              "undoing would delete their work, so nothing was deleted.")
                                               .arg(tutorial.title));
                ids.append(tutorial.id);
            }
            if (auto deleted = m_service->deleteTutorials(ids, TutorialService::CommentsOnDelete::Delete); !deleted)
                return deleted;
            afterChange({std::nullopt, {}, true});
            return {};
        });
    if (ok)
        statusBar()->showMessage(tr("Loaded the sample data."), 5000);
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
    pushCommand(
        tr("import %1").arg(QFileInfo(path).fileName()),
        [this, stored]() -> Result<void> {
            if (auto restored = m_service->restoreTutorials(*stored, TutorialService::CommentsOnDelete::Delete);
                !restored)
                return restored;
            rememberRestored(*stored);
            afterChange({shownTutorialId(), {}, false});
            return {};
        },
        [this, stored]() -> Result<void> {
            // The rows as this window last wrote them: its own later edits were undone before this step, and an
            // undone edit leaves a new updatedAt behind. Anything else is someone else's work.
            QList<Tutorial> expected = *stored;
            for (Tutorial &tutorial : expected) {
                static_cast<TutorialRow &>(tutorial) = m_writtenTutorials.value(tutorial.id, tutorial);
                for (Comment &comment : tutorial.comments)
                    comment = m_writtenComments.value(comment.id, comment);
            }
            if (auto deleted = m_service->deleteImported(expected); !deleted)
                return deleted;
            *stored = expected; // what Redo puts back
            afterChange({shownTutorialId(), {}, false});
            return {};
        },
        /*alreadyApplied=*/true);
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
    if (!maybeSave())
        return false;
    if (m_undoStack->index() == index && m_undoStack->count() == count)
        return true;
    // Saving the pending edit (an open cell, the form, a typed comment) was a step of its own: that is what the
    // person asked for first. Undo and redo now apply to a different stack, so they wait for the next press.
    statusBar()->showMessage(tr("Your edit was saved first; press Undo again to take it back."), 6000);
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
    if (!(back ? m_undoStack->canUndo() : m_undoStack->canRedo()) || !saveBeforeUndoOrRedo())
        return;
    statusBar()->clearMessage(); // a note about the press before ("saved first; press Undo again") is done with
    // The step runs first; only when it worked does the stack move. A failed one (someone else's change, a busy or
    // lost database) stays the next step: dropped, the next Undo would take back an older step instead.
    const int at = back ? m_undoStack->index() - 1 : m_undoStack->index();
    auto *command = static_cast<DataCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(at)));
    const Result<void> done = back ? command->undoFirst() : command->redoFirst();
    const auto move = [this, back] { back ? m_undoStack->undo() : m_undoStack->redo(); };
    if (!done) {
        failedStep(command, done.error(), move);
        return;
    }
    move();
}

void MainWindow::failedStep(DataCommand *command, const Error &error, const std::function<void()> &move)
{
    if (error.kind == Error::Kind::NotFound) {
        // A row the step needs is gone for good (someone deleted it): it can never run, and kept it would block every
        // step behind it. Dropped, and said so.
        command->setObsolete(true);
        move(); // an obsolete command is taken off the stack without running
        showError(Error::notFound(tr("%1 This step was taken off the undo list.").arg(error.message)));
    } else {
        showError(error);
    }
    afterChange({shownTutorialId(), {}, false}); // show what the database holds
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
        if (counts->orphans > 0)
            text += tr(", %1 unassigned").arg(counts->orphans);
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
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}
