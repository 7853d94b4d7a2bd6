#pragma once

#include "databaseurl.h"
#include "edithistory.h"
#include "entities.h"
#include "result.h"
#include "tutorialservice.h"
#include "ui_mainwindow.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPersistentModelIndex>
#include <functional>
#include <memory>
#include <optional>

class ActivityWindow;
class ChangeWatcher;
class CommentTableModel;
class Database;
class QAction;
class QLabel;
class QThread;
class QTimer;
class QUndoStack;
class TutorialListModel;
class TutorialService;
class WriteQueue;
class WriteJournal;

// The window: the tutorial list on the left; on the right the selected tutorial (TutorialForm) and its comments
// (CommentPane). It wires the panes to the item models and their requests to TutorialService, every change through
// the undo stack; the questions it asks are Questions', the file transfers FileTransfers'.
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
    QUndoStack *undoStack() const { return m_undoStack; }
    TutorialListModel *tutorialModel() const { return m_tutorials; }
    CommentTableModel *commentModel() const { return m_comments; }

    // Switches the window to another database; false (the reason shown to the person) when it cannot be used.
    bool openDatabase(const DatabaseUrl &url);
    // The shown tutorial's id; TutorialListModel::NoTutorial for the unassigned comments; nullopt for none/new.
    std::optional<qint64> shownTutorialId() const;
    bool hasUnsavedChanges() const;
    void selectTutorial(qint64 id);
    // Waits for background work (counts) to end; tests call it before checking the status bar.
    void waitForBackgroundWork();
    // Every change goes to the database through this queue, on a worker thread, in order.
    WriteQueue *writeQueue() const { return m_writes.get(); }
    // Runs the event loop until every write was answered (or `msecs` passed); true when none is left.
    bool waitForWrites(int msecs = 10000);

    // How the window asks for a file name (open or save); empty: cancelled. Tests answer without a dialog.
    enum class FileMode { Open, Save, SaveNew };
    using FileChooser
        = std::function<QString(FileMode mode, const QString &title, const QString &suggested, const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override; // a language chosen in Preferences: every text again

private:
    enum class Detail { None, Tutorial, Draft, Unassigned };
    struct Focus
    {
        std::optional<qint64> tutorialId; // select this tutorial (NoTutorial: the unassigned entry)
        QList<qint64> commentIds; // and select these comments
        bool clearDetail = false; // the shown tutorial is gone
    };

    void setupActions();
    void setupViews();
    void attachDatabase(std::shared_ptr<Database> database);
    void restoreSettings();
    void saveSettings();
    void rememberDatabase(const DatabaseUrl &url);
    void updateRecentMenu();
    void updateTitle();

    // The detail pane.
    void onCurrentTutorialChanged(const QModelIndex &current);
    void showTutorial(qint64 id);
    void showUnassigned();
    void showNothing();
    void updateFormState();
    bool isShowing(qint64 tutorialId) const; // the form shows this tutorial (a write answered later asks)
    void updateActions();
    void updateEmptyPage();
    void onListReloaded();
    // Reads the list again in the background (at once without background loading), the shown rows first.
    void refreshList();
    // What another program changed, found by the change watcher: read again only that, keeping the selection, the
    // scroll position, an open cell editor and unsaved text.
    void onChangedElsewhere(int changes);
    void startWatching();

    // Saving and asking.
    bool save(); // true: saved or on its way (or nothing to save); false: refused at once (shown) 
    void revert();
    bool maybeSave(); // true: go on (saved or discarded); false: the person cancelled
    bool saveTutorialEdit(bool overwrite);
    void submitTutorialEdit(const TutorialRow &before, const TutorialService::TutorialChanges &changes,
                            const TutorialService::TutorialChanges &previous, bool overwrite, const QString &title);
    // Every write: made on the write queue's worker, in order; `done` hears the answer on this thread, once.
    void submitEdit(EditCommand *command, EditHistory::Done done);
    // After a write was made: the window follows it (`follow`: the person is still where it was asked for), or only
    // the list, the counts and what is shown do.
    void followWrite(const EditOutcome &outcome, bool follow);
    void failedWrite(const Error &error);
    void updateWriteState();
    void onWriteFault(const QString &message);
    void connectWriteQueue();
    // Before closing or opening another database: writes still on their way are waited for, dropped or kept (the
    // person is asked unless they are answered within moments); false: stay.
    bool settlePendingWrites();
    // Changes an earlier run of Tutorial Desk left unsaved for this database (it crashed, or was killed): offered.
    void offerLeftOverWrites();
    void afterChange(const Focus &focus);
    void showError(const Error &error);
    // A lost connection is a banner, not a dialog per failure: it retries on a worker thread until the server
    // answers, then reads everything again.
    void showConnectionLost(const QString &message);
    void onReconnected(const QString &serverVersion);

    // Actions.
    void newTutorial();
    void deleteSelected();
    void deleteTutorial();
    bool addComment(const QString &name, const QString &text); // false: refused (shown) or failed
    void deleteComments();
    void moveComments();
    void moveCommentsTo(const QList<qint64> &ids, std::optional<qint64> target);
    void onCommentEditRequested(const Comment &before, const Comment &after);
    void onCommentEditRejected(const QModelIndex &index, const QString &value, const Error &error);
    void loadSampleData();
    void refresh();
    void newDatabase();
    void openDatabaseFile();
    void connectToServer(const QString &message = {});
    void importJson();
    void exportJson();
    void exportCsv();
    void about();
    void undo();
    void redo();
    enum class Direction { Undo, Redo };
    void runStep(Direction direction);
    // Undo and redo first save a pending edit; false when that was done (a new step) or cancelled.
    bool saveBeforeUndoOrRedo();
    void setSort(int column, Qt::SortOrder order);
    void updateSortActions();
    void updateCounts();
    // Counts the rows on a worker thread with a connection of its own (a lost server, or COUNT(*) over a million
    // rows, must not freeze the window) and hands the answer, with the database it is about, to `done` here.
    void countInBackground(
            std::function<void(const std::shared_ptr<Database> &, const Result<TutorialService::Counts> &)> done);

    Ui::MainWindow ui;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service;
    TutorialListModel *m_tutorials = nullptr;
    CommentTableModel *m_comments = nullptr;
    EditHistory *m_history = nullptr;
    QUndoStack *m_undoStack = nullptr; // the history's
    std::unique_ptr<WriteQueue> m_writes;
    std::unique_ptr<class Reconnector> m_reconnector; // a lost server: tries until it answers again
    std::unique_ptr<WriteJournal> m_journal; // the writes on their way, on disk until answered
    bool m_savedFirstNoteShown = false; // "saved first; press Undo again" is said until the next press
    bool m_inStep = false; // waiting for an edit before an undo (presses meanwhile are ignored)
    bool m_saveWhenCreated = false; // Save pressed again while the new tutorial was being created
    quint64 m_draftId = 0; // which new tutorial the form shows (a create answered later finds it, or not)
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QTimer *m_searchTimer = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    bool m_selectFirstRow = false; // once the list is read: select its first row (a database just opened)
    QLabel *m_countsLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    // The last read or write that failed for a reason other than a refusal (a disk I/O error): until the database
    // answers again, the window never claims that everything is saved.
    QString m_databaseFault;

    Detail m_detail = Detail::None;
    bool m_reselecting = false; // the list is being reset or the selection restored
    QList<QThread *> m_workers;
    FileChooser m_chooseFile;
    ActivityWindow *m_activity = nullptr; // View ▸ Activity, made when first opened
};
