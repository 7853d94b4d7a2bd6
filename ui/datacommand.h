#pragma once

#include "result.h"

#include <QUndoCommand>
#include <functional>

// One change to the database as an undoable step: `apply` makes it, `revert` takes it back, both through
// TutorialService. A step that fails reports its Error and makes the command obsolete, so QUndoStack drops it
// instead of keeping a step that did not happen. `alreadyApplied` is for a change the model made itself (a
// comment cell saved when the edit was committed): the first redo() then only records it.
class DataCommand : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;
    using ErrorHandler = std::function<void(const Error &)>;

    DataCommand(const QString &text, Step apply, Step revert, ErrorHandler onError, bool alreadyApplied = false);

    void redo() override;
    void undo() override;

    bool failed() const { return m_failed; }

    // Run the step the stack's next undo() (or redo()) would run, now, and answer how it went; on success the
    // stack's own call then only moves its index. A failure changes nothing, so the step stays where it is and the
    // person can try again (QUndoStack would have dropped an obsolete step and undone an older one next).
    Result<void> undoFirst();
    Result<void> redoFirst();

private:
    void run(const Step &step);

    Step m_apply;
    Step m_revert;
    ErrorHandler m_onError;
    bool m_skipNextRedo;
    bool m_skipNextUndo = false;
    bool m_failed = false;
};
