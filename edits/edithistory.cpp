#include "edithistory.h"

#include "writejournal.h"
#include "writequeue.h"

#include <QUndoStack>

EditHistory::EditHistory(QObject *parent)
    : QObject(parent), m_stack(new QUndoStack(this)), m_rows(std::make_shared<WrittenRows>())
{
    connect(m_stack, &QUndoStack::indexChanged, this, &EditHistory::changed);
    connect(m_stack, &QUndoStack::cleanChanged, this, &EditHistory::changed);
}

EditHistory::~EditHistory() = default;

void EditHistory::setQueue(WriteQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    ++m_generation;
    if (m_journal)
        m_journal->clear(); // writes of a queue that is gone were saved, or dropped by the person
    m_pendingSteps = 0;
    m_pendingEdits = 0;
    m_stack->clear();
    m_rows = std::make_shared<WrittenRows>(); // steps still on the old queue keep the record they were made with
    if (m_queue)
        connect(m_queue, &WriteQueue::pendingChanged, this, &EditHistory::changed);
    emit changed();
}

void EditHistory::setJournal(WriteJournal *journal, const QString &database)
{
    m_journal = journal;
    m_journalDatabase = database;
}

void EditHistory::submit(EditCommand *command, Done done)
{
    // On disk until the database has answered: after a crash the next start offers it again.
    quint64 journaled = 0;
    if (m_journal) {
        if (const QJsonObject edit = command->toJson(); !edit.isEmpty())
            journaled = m_journal->add(m_journalDatabase, command->text(), edit);
    }
    // Owned by the write until the stack takes it: dropped with it if the queue goes first.
    auto owned = std::make_shared<std::unique_ptr<EditCommand>>(command);
    auto outcome = std::make_shared<EditOutcome>();
    std::shared_ptr<WrittenRows> rows = m_rows;
    const quint64 generation = m_generation;
    ++m_pendingEdits;
    m_queue->enqueue(
        command->text(),
        [owned, outcome, rows](TutorialService &service) -> Result<QVariant> {
            auto made = (*owned)->apply(service, *rows);
            if (!made)
                return made.error();
            *outcome = *made;
            return QVariant();
        },
        [this, owned, outcome, generation, journaled, done = std::move(done)](const Result<QVariant> &result) {
            if (generation != m_generation)
                return;
            if (journaled && m_journal)
                m_journal->remove(journaled); // answered: made, or refused (and said so)
            --m_pendingEdits;
            if (!result) {
                emit changed();
                done(result.error());
                return;
            }
            m_stack->push(owned->release()); // its redo() only moves the stack: the edit is made
            emit changed();
            done(*outcome);
        });
}

void EditHistory::record(EditCommand *command)
{
    m_stack->push(command);
}

int EditHistory::plannedIndex() const
{
    return m_pendingSteps > 0 ? m_plannedIndex : m_stack->index();
}

bool EditHistory::canUndo() const
{
    return m_queue && (m_pendingEdits > 0 || plannedIndex() > 0);
}

bool EditHistory::canRedo() const
{
    return m_queue && m_pendingEdits == 0 && plannedIndex() < m_stack->count();
}

QString EditHistory::undoText() const
{
    return m_pendingEdits == 0 && plannedIndex() > 0 ? m_stack->text(plannedIndex() - 1) : QString();
}

QString EditHistory::redoText() const
{
    return canRedo() ? m_stack->text(plannedIndex()) : QString();
}

bool EditHistory::undo(Done done)
{
    return m_queue && m_pendingEdits == 0 && plannedIndex() > 0 && step(true, std::move(done));
}

bool EditHistory::redo(Done done)
{
    return canRedo() && step(false, std::move(done));
}

bool EditHistory::step(bool back, Done done)
{
    const int planned = plannedIndex();
    const int at = back ? planned - 1 : planned;
    auto *command = static_cast<EditCommand *>(const_cast<QUndoCommand *>(m_stack->command(at)));
    if (!command)
        return false;
    if (m_pendingSteps == 0)
        m_stepsCancelled = std::make_shared<std::atomic<bool>>(false);
    ++m_pendingSteps;
    m_plannedIndex = back ? at : at + 1;
    auto outcome = std::make_shared<EditOutcome>();
    std::shared_ptr<WrittenRows> rows = m_rows;
    std::shared_ptr<std::atomic<bool>> cancelled = m_stepsCancelled;
    const quint64 generation = m_generation;
    // The stack changes only as these steps are answered, in order, and nothing else is pushed meanwhile (new
    // edits queue behind them and are pushed once made), so the command outlives its work.
    m_queue->enqueue(
        back ? tr("Undo %1").arg(command->text()) : tr("Redo %1").arg(command->text()),
        [command, back, outcome, rows, cancelled](TutorialService &service) -> Result<QVariant> {
            if (*cancelled) // a step asked for before this one was refused: this one would skip over it
                return Error::cancelled(tr("Not done: the step before it was refused."));
            auto made = back ? command->revert(service, *rows) : command->apply(service, *rows);
            if (!made)
                return made.error();
            *outcome = *made;
            return QVariant();
        },
        [this, command, back, outcome, generation, cancelled, done = std::move(done)](const Result<QVariant> &result) {
            if (generation != m_generation)
                return;
            --m_pendingSteps;
            if (!result && result.error().kind == Error::Kind::Cancelled) {
                // (its press is void: the history stays where the refused step left it)
            } else if (!result) {
                *cancelled = true; // the presses queued behind it are void
                if (result.error().kind == Error::Kind::NotFound) {
                    // A row the step needs is gone for good: it can never run, and kept it would block every step
                    // behind it. An obsolete command is taken off the stack as it moves, without running.
                    command->setObsolete(true);
                    back ? m_stack->undo() : m_stack->redo();
                }
            } else {
                back ? m_stack->undo() : m_stack->redo(); // only moves: the step is made
            }
            if (m_pendingSteps == 0)
                m_plannedIndex = m_stack->index();
            emit changed();
            if (!result)
                done(result.error());
            else
                done(*outcome);
        });
    emit changed();
    return true;
}
