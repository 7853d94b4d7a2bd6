#include "transferactions.h"

#include "editcommands.h"
#include "edithistory.h"
#include "filetransfers.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

using namespace Qt::StringLiterals;

TransferActions::TransferActions(QMainWindow *window, Navigator &navigator, EditHistory &history, Window hooks)
    : QObject(window), m_window(window), m_navigator(navigator), m_history(history), m_hooks(std::move(hooks))
{
}

void TransferActions::importJson()
{
    if (!m_hooks.mayLeave())
        return;
    const QString path = m_hooks.chooseFile(FileDialogs::Mode::Open, tr("Import JSON"), QString(),
                                            tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // One step on the undo list, as the README promises: Undo deletes exactly what the import added (refused when
    // someone else changed those rows since), Redo puts the same rows back with the same ids.
    auto stored = std::make_shared<ImportedRows>();
    auto imported = FileTransfers::importJson(m_window, m_hooks.database(), path, stored.get());
    if (!imported) {
        emit errorOccurred(imported.error());
        return;
    }
    const std::optional<qint64> shownId = m_navigator.shownTutorialId();
    if (stored->isEmpty()) { // an empty file: nothing to undo
        m_navigator.afterChange({shownId, {}, false});
        m_window->statusBar()->showMessage(*imported, 8000);
        return;
    }
    m_history.record(new ImportCommand(tr("import %1").arg(QFileInfo(path).fileName()), *stored, shownId));
    m_navigator.afterChange({shownId, {}, false});
    m_window->statusBar()->showMessage(tr("%1 Undo takes the import back.").arg(*imported), 8000);
}

void TransferActions::exportJson()
{
    const QString path = m_hooks.chooseFile(FileDialogs::Mode::Save, tr("Export JSON"), u"tutorials.json"_s,
                                            tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        said(FileTransfers::exportJson(m_window, m_hooks.database(), path, m_hooks.search()));
}

void TransferActions::exportCsv()
{
    const QString path = m_hooks.chooseFile(FileDialogs::Mode::Save, tr("Export comments as CSV"), u"comments.csv"_s,
                                            tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        said(FileTransfers::exportCommentsCsv(m_window, m_hooks.database(), path));
}

void TransferActions::said(const Result<QString> &outcome)
{
    if (!outcome)
        emit errorOccurred(outcome.error());
    else
        m_window->statusBar()->showMessage(*outcome, 8000);
}
