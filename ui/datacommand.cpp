#include "datacommand.h"

DataCommand::DataCommand(const QString &text, Step apply, Step revert, ErrorHandler onError, bool alreadyApplied)
    : QUndoCommand(text), m_apply(std::move(apply)), m_revert(std::move(revert)), m_onError(std::move(onError)),
      m_skipNextRedo(alreadyApplied)
{
}

void DataCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(m_apply);
}

void DataCommand::undo()
{
    if (m_skipNextUndo) {
        m_skipNextUndo = false;
        return;
    }
    run(m_revert);
}

Result<void> DataCommand::undoFirst()
{
    Result<void> result = m_revert();
    m_skipNextUndo = result.ok();
    return result;
}

Result<void> DataCommand::redoFirst()
{
    Result<void> result = m_apply();
    m_skipNextRedo = result.ok();
    return result;
}

void DataCommand::run(const Step &step)
{
    const Result<void> result = step();
    if (result)
        return;
    m_failed = true;
    setObsolete(true);
    if (m_onError)
        m_onError(result.error());
}
