#include "windowactions.h"

#include "edithistory.h"
#include "shortcutsdialog.h"
#include "tutoriallistmodel.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The icon theme's icon, else the style's own picture. The style's is made only when the theme has none: it is drawn in
// every size up front (some 10 ms of the window's start for the dozen actions, all thrown away where the theme has them).
QIcon themed(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    const QIcon icon = QIcon::fromTheme(QString::fromLatin1(name));
    return icon.isNull() || icon.availableSizes().isEmpty() ? style->standardIcon(fallback) : icon;
}

} // namespace

WindowActions::WindowActions(Ui::MainWindow &ui, QMainWindow *window) : QObject(window), ui(ui), m_window(window)
{
    setIcons();
    addUndoRedo();
    addPreferencesAndActivity();
    setUpSorting();
    connect(ui.actionShortcuts, &QAction::triggered, this, &WindowActions::showShortcuts);
}

void WindowActions::setIcons()
{
    const QStyle *s = m_window->style();
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
}

void WindowActions::addUndoRedo()
{
    const QStyle *s = m_window->style();
    // Undo and redo ask about unsaved form edits first, so they are our own actions that follow the stack.
    m_undo = new QAction(themed("edit-undo", QStyle::SP_ArrowBack, s), tr("&Undo"), m_window);
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(themed("edit-redo", QStyle::SP_ArrowForward, s), tr("&Redo"), m_window);
    m_redo->setObjectName(u"actionRedo"_s);
    // The platform's redo keys (Ctrl+Shift+Z here) first, as the menu shows them, and Ctrl+Y too, which many
    // people learnt elsewhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y); !redoKeys.contains(ctrlY))
        redoKeys.append(ctrlY);
    m_redo->setShortcuts(redoKeys);
    ui.menuEdit->insertActions(ui.actionNewTutorial, {m_undo, m_redo});
    ui.menuEdit->insertSeparator(ui.actionNewTutorial);
    ui.mainToolBar->insertActions(ui.actionRefresh, {m_undo, m_redo});
    ui.mainToolBar->insertSeparator(ui.actionRefresh);
}

void WindowActions::addPreferencesAndActivity()
{
    // Edit ▸ Preferences: made here, not in the form, so that it takes the platform's own shortcut.
    m_preferences = new QAction(tr("&Preferences…"), m_window);
    m_preferences->setObjectName(u"actionPreferences"_s);
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    ui.menuEdit->addSeparator();
    ui.menuEdit->addAction(m_preferences);

    m_activity = new QAction(tr("&Activity…"), m_window);
    m_activity->setObjectName(u"actionActivity"_s);
    m_activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    ui.menuView->addSeparator();
    ui.menuView->addAction(m_activity);
}

void WindowActions::setUpSorting()
{
    const std::pair<QAction *, int> sorts[] = {{ui.actionSortTitle, TutorialListModel::TitleColumn},
                                               {ui.actionSortComments, TutorialListModel::CommentCountColumn},
                                               {ui.actionSortUpdated, TutorialListModel::UpdatedColumn},
                                               {ui.actionSortCreated, TutorialListModel::CreatedColumn}};
    auto *sortGroup = new QActionGroup(this);
    for (const auto &[action, column] : sorts) {
        sortGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, column = column] {
            emit sortRequested(column, ui.actionSortDescending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
    }
    connect(ui.actionSortDescending, &QAction::triggered, this,
            [this](bool descending) { emit sortRequested(-1, descending ? Qt::DescendingOrder : Qt::AscendingOrder); });
}

void WindowActions::showShortcuts()
{
    // Every action of the menus, submenus included, in the menus' order.
    QList<QAction *> actions;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &items) {
        for (QAction *action : items) {
            actions << action;
            if (action->menu())
                collect(action->menu()->actions());
        }
    };
    collect(m_window->menuBar()->actions());
    ShortcutsDialog dialog(actions, m_window);
    dialog.exec();
}

void WindowActions::updateUndoRedo(const EditHistory &history)
{
    // Undo and redo take back what is saved: they wait while writes are on their way.
    m_undo->setEnabled(history.canUndo());
    m_redo->setEnabled(history.canRedo());
    m_undo->setText(history.canUndo() ? tr("&Undo %1").arg(history.undoText()) : tr("&Undo"));
    m_redo->setText(history.canRedo() ? tr("&Redo %1").arg(history.redoText()) : tr("&Redo"));
    // The menu says what would be undone; the toolbar stays short and says it in the tooltip.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    m_undo->setToolTip(QString(m_undo->text()).remove(u'&'));
    m_redo->setToolTip(QString(m_redo->text()).remove(u'&'));
}

void WindowActions::updateSortMarks()
{
    const int column = ui.tutorialView->header()->sortIndicatorSection();
    ui.actionSortTitle->setChecked(column == TutorialListModel::TitleColumn);
    ui.actionSortComments->setChecked(column == TutorialListModel::CommentCountColumn);
    ui.actionSortUpdated->setChecked(column == TutorialListModel::UpdatedColumn);
    ui.actionSortCreated->setChecked(column == TutorialListModel::CreatedColumn);
    ui.actionSortDescending->setChecked(ui.tutorialView->header()->sortIndicatorOrder() == Qt::DescendingOrder);
}

void WindowActions::retranslate()
{
    m_preferences->setText(tr("&Preferences…"));
    m_activity->setText(tr("&Activity…"));
}
