#pragma once

#include "databaseurl.h"
#include "filedialogs.h"
#include "ui_mainwindow.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class ActivityWindow;
class CommentTableModel;
class CountsLabel;
class Database;
class DatabaseSwitcher;
class EditActions;
struct Error;
class Navigator;
class QTimer;
class QUndoStack;
class TransferActions;
class TutorialListModel;
class TutorialService;
class WindowActions;
class WritePath;
class WriteQueue;

// The window: the tutorial list on the left; on the right the selected tutorial (TutorialForm) and its comments
// (CommentPane). It holds the database, its service and item models, and wires classes with one job each:
// Navigator (what is shown and the list following it), EditActions (every edit the person makes, through the undo
// history), WritePath (writes on their way: the queue, the journal, the banner, the save state), WindowActions (the
// menus), DatabaseSwitcher (New, Open, Connect, Recent), TransferActions (import and export) and ReportActions
// (print and PDF); the questions they ask are Questions'.
//
// Editing model: the tutorial form has explicit Save (Ctrl+S) and Revert; a comment cell is saved as soon as its
// edit is committed (Enter or leaving the cell). Unsaved form edits are never dropped silently: changing the
// selection, opening another database, undoing or closing asks Save / Discard / Cancel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Takes a database whose schema is ready (Schema::init succeeded).
    explicit MainWindow(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() { return *m_database; }
    std::shared_ptr<Database> sharedDatabase() const { return m_database; } // for work on other threads
    TutorialService &service() { return *m_service; }
    QUndoStack *undoStack() const;
    TutorialListModel *tutorialModel() const { return m_tutorials; }
    CommentTableModel *commentModel() const { return m_comments; }

    // Switches the window to another database; false (the reason shown to the person) when it cannot be used.
    bool openDatabase(const DatabaseUrl &url);
    // The shown tutorial's id; TutorialListModel::NoTutorial for the unassigned comments; nullopt for none/new.
    std::optional<qint64> shownTutorialId() const;
    // A tutorial (or the unassigned comments) chosen to be shown is still being read: shown when it is in.
    bool isReadingDetail() const;
    bool hasUnsavedChanges() const;
    void selectTutorial(qint64 id);
    // Waits for background work (counts) to end; tests call it before checking the status bar.
    void waitForBackgroundWork();
    // Every change goes to the database through this queue, on a worker thread, in order.
    WriteQueue *writeQueue() const;
    // Runs the event loop until every write was answered (or `msecs` passed); true when none is left.
    bool waitForWrites(int msecs = 10000);

    // How the window asks for a file name (open or save); empty: cancelled. Tests answer without a dialog.
    using FileMode = FileDialogs::Mode;
    using FileChooser = FileDialogs::Chooser;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override; // a language chosen in Preferences: every text again

private:
    void createParts();
    void wireActions();
    void wirePanes();
    void setupViews();
    void attachDatabase(std::shared_ptr<Database> database);
    void connectModels();
    void setUpListColumns();
    void restoreSettings();
    void saveSettings();
    void updateTitle();
    void updateFormState();
    void updateActions();
    void updateSortActions();
    void updateCounts();
    void showError(const Error &error);
    void refresh();
    void about();

    Ui::MainWindow ui;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service;
    TutorialListModel *m_tutorials = nullptr;
    CommentTableModel *m_comments = nullptr;
    // The parts, each with one job (see above); children of the window.
    WritePath *m_writes = nullptr;
    Navigator *m_navigator = nullptr;
    EditActions *m_edits = nullptr;
    WindowActions *m_actions = nullptr;
    DatabaseSwitcher *m_switcher = nullptr;
    TransferActions *m_transfers = nullptr;
    CountsLabel *m_counts = nullptr;
    QTimer *m_searchTimer = nullptr;
    FileChooser m_chooseFile;
    ActivityWindow *m_activity = nullptr; // View ▸ Activity, made when first opened
};
