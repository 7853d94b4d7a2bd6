#pragma once

#include "editcommands.h"
#include "result.h"
#include "writtenrows.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QUndoStack;
class WriteJournal;
#include "writequeue.h"

// The window's undo history over the ordered write queue: every step — a new edit, an undo, a redo — is made on the
// queue's worker, and the stack moves only once the database has answered. So:
// - a new edit is the next to undo once it is made; one refused (someone else's change, a value the database cannot
//   hold) never enters the history;
// - an undo or redo refused stays the next step (a later press tries the same step again, never an older one);
//   one whose rows are gone for good (NotFound) can never run and is taken off the history instead;
// - a fault (a lost or frozen server, a busy file) is not an answer: the queue keeps the step and tries again.
// Undo and redo presses queue up (each takes back the step before the last one asked for); a refused step cancels
// the presses queued behind it, so the history never skips over it. They wait while a new edit is on its way: they
// take back what is saved.
class EditHistory : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<EditOutcome> &result)>;

    explicit EditHistory(QObject *parent = nullptr);
    ~EditHistory() override;

    // The queue the steps go through (one per database); the history starts empty with it.
    void setQueue(WriteQueue *queue);
    WriteQueue *queue() const { return m_queue; }
    QUndoStack *stack() const { return m_stack; }
    WrittenRows &rows() { return *m_rows; }

    // New edits are also kept in this journal (for `database`, its address without a password) until answered.
    void setJournal(WriteJournal *journal, const QString &database);

    // Makes a new edit (behind every write queued before it); `done` hears the answer, once.
    void submit(EditCommand *command, Done done);
    // An edit already made (an import, by the transfer's own worker): only recorded.
    void record(EditCommand *command);

    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const; // what the next undo press takes back
    QString redoText() const;
    bool isStepping() const { return m_pendingSteps > 0; }
    int pendingEdits() const { return m_pendingEdits; } // new edits not answered yet (Undo takes them back once made)
    // Queue the next undo or redo; false when there is none now (nothing to take back, or new edits still on their
    // way: canUndo() is true then, and the caller waits for them first).
    bool undo(Done done);
    bool redo(Done done);

signals:
    void changed(); // what can be undone or redone, or its text

private:
    bool step(bool back, Done done);
    int plannedIndex() const;

    QUndoStack *m_stack = nullptr;
    QPointer<WriteQueue> m_queue;
    std::shared_ptr<WrittenRows> m_rows;
    WriteJournal *m_journal = nullptr;
    QString m_journalDatabase;
    int m_pendingSteps = 0; // undo and redo presses on their way
    int m_pendingEdits = 0; // new edits on their way
    int m_plannedIndex = 0; // where the stack will be once the pending steps are made
    std::shared_ptr<std::atomic<bool>> m_stepsCancelled; // set when a pending step was refused
    quint64 m_generation = 0; // a new queue: answers about the old one are ignored
};
