#pragma once

#include "edithistory.h"

#include <QObject>
#include <QString>
#include <memory>

class Database;
class EditCommand;
class QLabel;
class QMainWindow;
class QUndoStack;
class Reconnector;
class WriteJournal;
class WriteQueue;
namespace Ui {
class MainWindow;
}

// Every change on its way to the database, and what the window says about it: the ordered write queue (a worker
// thread), the undo history that moves once the database answered, the journal that keeps unanswered writes on disk
// (and offers those a crashed run left), the banner while the database does not answer with the reconnector behind
// it, and the status bar's save state ("Saving…", "not saved yet", "All changes saved") and connection.
class WritePath : public QObject
{
    Q_OBJECT

public:
    WritePath(Ui::MainWindow &ui, QMainWindow *window);
    ~WritePath() override;

    EditHistory *history() const { return m_history; }
    QUndoStack *undoStack() const;
    WriteQueue *queue() const { return m_writes.get(); }
    QLabel *savedLabel() const { return m_savedLabel; }
    QLabel *connectionLabel() const { return m_connectionLabel; }

    // The previous database's writes were saved or dropped by now (the caller asked): its queue, history and
    // banner go; the next database's come with attach().
    void detach();
    void attach(std::shared_ptr<Database> database);
    // The window closes: the write on its way is waited for, nothing reaches the window any more.
    void shutDown();

    // Every write: made on the write queue's worker, in order; `done` hears the answer on this thread, once.
    void submit(EditCommand *command, EditHistory::Done done);
    // Before closing or opening another database: writes still on their way are waited for, dropped or kept (the
    // person is asked unless they are answered within moments); false: stay.
    bool settlePending();
    // Changes an earlier run of Tutorial Desk left unsaved for this database (it crashed, or was killed): offered,
    // and when the person wants them, submitted again with `done` hearing each answer.
    void offerLeftOver(const EditHistory::Done &done);
    // Runs the event loop until every write was answered (or `msecs` passed); true when none is left.
    bool waitForWrites(int msecs);
    // Undo waits for an edit just made (the window answering); false during a fault or when it takes too long.
    bool waitBeforeStep();

    // A lost connection is a banner, not a dialog per failure: it retries on a worker thread until the server
    // answers, then says reconnected().
    void showConnectionLost(const QString &message);
    // A read or write failed for a reason other than a refusal (a disk I/O error): until the database answers again
    // (databaseAnswered), the window never claims that everything is saved.
    void setDatabaseFault(const QString &message);
    void databaseAnswered();
    // The status bar's save state; `unsaved`: the person has edits not submitted yet. True when anything is not
    // in the database yet.
    bool showSaveState(bool unsaved);
    void retranslate();

signals:
    void stateChanged(); // writes submitted or answered, or the database's fault changed
    void reconnected(); // the server answers again: what is shown should be read again

private:
    void connectQueue();
    void updateWriteState();
    void onWriteFault(const QString &message);
    void onReconnected(const QString &serverVersion);
    void showConnection(const QString &serverVersion);

    Ui::MainWindow &ui;
    QMainWindow *m_window = nullptr;
    std::shared_ptr<Database> m_database;
    EditHistory *m_history = nullptr;
    std::unique_ptr<WriteQueue> m_writes;
    std::unique_ptr<Reconnector> m_reconnector; // a lost server: tries until it answers again
    std::unique_ptr<WriteJournal> m_journal; // the writes on their way, on disk until answered
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QString m_databaseFault;
};
