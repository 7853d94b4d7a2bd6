#include "editactions.h"

#include "commentpane.h"
#include "commenttablemodel.h"
#include "editcommands.h"
#include "movecommentdialog.h"
#include "questions.h"
#include "sampledata.h"
#include "tutorialform.h"
#include "tutoriallistmodel.h"
#include "ui_mainwindow.h"
#include "wording.h"
#include "writepath.h"

#include <QMainWindow>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

EditActions::EditActions(Ui::MainWindow &ui, QMainWindow *window, Navigator &navigator, WritePath &writes)
    : QObject(window), ui(ui), m_window(window), m_navigator(navigator), m_writes(writes)
{
}

void EditActions::setModels(TutorialService *service, TutorialListModel *tutorials, CommentTableModel *comments)
{
    m_service = service;
    m_tutorials = tutorials;
    m_comments = comments;
}

QStatusBar *EditActions::statusBar() const
{
    return m_window->statusBar();
}

void EditActions::offerLeftOverWrites()
{
    m_writes.offerLeftOver([this](const Result<EditOutcome> &result) {
        if (!result)
            return failedWrite(result.error());
        m_navigator.followWrite(*result, false);
    });
}

bool EditActions::save()
{
    if (m_navigator.detail() != Detail::Tutorial && m_navigator.detail() != Detail::Draft)
        return true;
    if (!m_navigator.hasUnsavedChanges())
        return true; // (a new tutorial already on its way is no new edit)
    const QString title = ui.tutorialForm->title();
    const QString description = ui.tutorialForm->description();
    const bool draft = m_navigator.detail() == Detail::Draft && !ui.tutorialForm->isSaving();
    if (m_navigator.detail() == Detail::Draft && !draft) {
        // Typed while the new tutorial is being created: saved as an edit of it once it exists.
        m_saveWhenCreated = true;
        return true;
    }
    // Checked first, so an invalid value is shown at its field and nothing is written. An edit checks only what the
    // person changed: a title the Node.js service stored blank does not stop the description being saved. (A check
    // that cannot reach the database, a lost server, is made again by the write itself.)
    const Result<void> valid = draft
        ? m_service->validateTutorial(title, description)
        : m_service->validateTutorialChanges(ui.tutorialForm->row(), ui.tutorialForm->changes());
    if (!valid && valid.error().kind != Error::Kind::Connection && valid.error().kind != Error::Kind::Busy) {
        if (!ui.tutorialForm->showFieldError(valid.error()))
            showError(valid.error());
        return false;
    }
    ui.tutorialForm->clearFieldErrors();
    if (!draft)
        return saveTutorialEdit(/*overwrite=*/false);
    return saveNewTutorial(title, description);
}

bool EditActions::saveNewTutorial(const QString &title, const QString &description)
{
    const quint64 draftId = m_navigator.draftId();
    ui.tutorialForm->beginSave();
    m_writes.submit(new CreateTutorialCommand(tr("create tutorial “%1”").arg(title), title, description),
                    [this, draftId, title](const Result<EditOutcome> &result) {
                        // The person may have moved on while it was on its way: then only the list follows.
                        const bool stillHere
                            = m_navigator.detail() == Detail::Draft && m_navigator.draftId() == draftId;
                        if (!result) {
                            if (stillHere)
                                ui.tutorialForm->endSave(std::nullopt); // the text stays, unsaved
                            if (!stillHere || !ui.tutorialForm->showFieldError(result.error()))
                                showError(result.error());
                            emit formChanged();
                            return;
                        }
                        if (!m_savedFirstNoteShown)
                            statusBar()->showMessage(tr("Saved “%1”.").arg(TutorialForm::displayTitle(title)), 4000);
                        if (!stillHere) {
                            m_navigator.followWrite(*result, false);
                            return;
                        }
                        ui.tutorialForm->endSave(result->tutorial);
                        m_navigator.draftCreated();
                        m_navigator.followWrite(*result, true);
                        if (std::exchange(m_saveWhenCreated, false) && m_navigator.hasUnsavedChanges())
                            save();
                    });
    emit formChanged();
    return true;
}

bool EditActions::saveTutorialEdit(bool overwrite)
{
    const TutorialRow before = ui.tutorialForm->row();
    const QString title = TutorialForm::displayTitle(ui.tutorialForm->title());
    const TutorialService::TutorialChanges changes = ui.tutorialForm->changes();
    const TutorialService::TutorialChanges previous = ui.tutorialForm->previousValues();
    ui.tutorialForm->beginSave();
    submitTutorialEdit(before, changes, previous, overwrite, title);
    emit formChanged();
    return true;
}

void EditActions::submitTutorialEdit(const TutorialRow &before, const TutorialService::TutorialChanges &changes,
                                     const TutorialService::TutorialChanges &previous, bool overwrite,
                                     const QString &title)
{
    const qint64 id = before.id;
    m_writes.submit(new EditTutorialCommand(tr("edit tutorial “%1”").arg(title), before, changes, previous, overwrite),
                    [this, before, changes, previous, id, title](const Result<EditOutcome> &result) {
                        const bool shown = m_navigator.isShowing(id);
                        if (shown)
                            ui.tutorialForm->endSave(result ? result->tutorial : std::nullopt);
                        if (result) {
                            if (!m_savedFirstNoteShown) // (the note about the next Undo press stays until that press)
                                statusBar()->showMessage(tr("Saved “%1”.").arg(title), 4000);
                            m_navigator.followWrite(*result, shown);
                            return;
                        }
                        const Error &failure = result.error();
                        if (failure.kind != Error::Kind::Conflict && failure.kind != Error::Kind::NotFound) {
                            if (!shown || !ui.tutorialForm->showFieldError(failure))
                                showError(failure);
                            emit formChanged();
                            return;
                        }
                        answerConflict(failure, before, changes, previous, title);
                        emit formChanged();
                    });
}

void EditActions::answerConflict(const Error &failure, const TutorialRow &before,
                                 const TutorialService::TutorialChanges &changes,
                                 const TutorialService::TutorialChanges &previous, const QString &title)
{
    const qint64 id = before.id;
    // Someone else changed or deleted the tutorial since it was read: the person decides, once; nothing is
    // lost unasked, even when they have moved on to another tutorial meanwhile.
    switch (Questions::conflict(m_window, failure)) {
    case Questions::ConflictAnswer::Overwrite:
        if (m_navigator.isShowing(id))
            saveTutorialEdit(true);
        else
            submitTutorialEdit(before, changes, previous, true, title);
        break;
    case Questions::ConflictAnswer::Reload:
        if (m_navigator.isShowing(id)) {
            ui.tutorialForm->discardEdits(); // not edited any more, so the reload below may replace it
            m_navigator.afterChange({failure.kind == Error::Kind::NotFound ? std::nullopt : std::optional<qint64>(id),
                                     {},
                                     failure.kind == Error::Kind::NotFound});
        }
        break;
    case Questions::ConflictAnswer::KeepEditing:
        if (failure.kind == Error::Kind::Conflict && !m_navigator.isShowing(id)) {
            // Back to that tutorial, with the edits typed in again.
            if (maybeSave()) {
                m_navigator.selectTutorial(id);
                // Shown once it is read (a moment later: the window never waits for the database).
                m_navigator.whenShown(id, [this, changes] {
                    ui.tutorialForm->applyEdits(changes);
                    emit formChanged();
                });
            }
        }
        break;
    }
}

void EditActions::revert()
{
    if (m_navigator.detail() == Detail::Draft)
        m_navigator.showNothing(); // the draft is dropped: nothing was written
    else if (m_navigator.detail() == Detail::Tutorial) {
        // The edits go at once; the stored row follows when it is read (a read never replaces what is typed).
        ui.tutorialForm->discardEdits();
        emit formChanged();
        m_navigator.showTutorial(ui.tutorialForm->row().id);
    }
}

bool EditActions::maybeSave()
{
    // A comment cell still being edited is saved first, as leaving it would. One the service refused (now, or before
    // its editor closed as the person clicked elsewhere) is kept and asked about: never dropped unasked.
    ui.commentsPane->commitEdit();
    if (ui.commentsPane->hasRefusedEdit()) {
        if (!Questions::discardRefusedEdit(m_window, ui.commentsPane->refusedEditMessage())) {
            ui.commentsPane->reopenRefusedEdit();
            return false;
        }
        ui.commentsPane->discardRefusedEdit();
    }
    const bool formEdited = m_navigator.hasUnsavedChanges();
    const bool commentTyped = m_navigator.detail() == Detail::Tutorial && ui.commentsPane->hasNewComment();
    if (!formEdited && !commentTyped)
        return true;
    const QString what = m_navigator.detail() == Detail::Draft
        ? tr("the new tutorial")
        : tr("“%1”").arg(TutorialForm::displayTitle(ui.tutorialForm->row().title));
    switch (Questions::unsavedChanges(m_window, what, formEdited, commentTyped)) {
    case Questions::UnsavedAnswer::Save:
        if (formEdited && !save())
            return false;
        return !commentTyped || addComment(ui.commentsPane->newName(), ui.commentsPane->newText());
    case Questions::UnsavedAnswer::Discard:
        ui.tutorialForm->discardEdits();
        ui.commentsPane->discardNewComment();
        emit formChanged();
        return true;
    case Questions::UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

void EditActions::newTutorial()
{
    if (!maybeSave())
        return;
    m_navigator.startDraft();
    m_saveWhenCreated = false;
}

void EditActions::deleteSelected()
{
    const bool commentSelected = ui.commentsPane->hasSelection();
    if (commentSelected && ui.commentsPane->view()->hasFocus())
        deleteComments();
    else if (m_navigator.detail() == Detail::Draft) {
        if (!m_navigator.hasUnsavedChanges() || Questions::discardNewTutorial(m_window))
            revert();
    } else if (m_navigator.detail() == Detail::Tutorial)
        deleteTutorial();
    else if (commentSelected)
        deleteComments();
}

void EditActions::deleteTutorial()
{
    if (m_navigator.detail() != Detail::Tutorial)
        return;
    const TutorialRow row = ui.tutorialForm->row();
    const QString title = TutorialForm::displayTitle(row.title);
    // How many comments go with it: what the list counted (the pane may have only its first page).
    qint64 count = m_comments->rowCount();
    if (const int listRow = m_tutorials->rowOf(row.id); listRow >= 0)
        count = m_tutorials->index(listRow, TutorialListModel::CommentCountColumn).data().toLongLong();
    const std::optional<TutorialService::CommentsOnDelete> answer = Questions::deleteTutorial(m_window, title, count);
    if (!answer)
        return;
    // Gone from the detail at once ("Saving…" in the status bar); back if the database refuses.
    m_navigator.showNothing();
    m_writes.submit(new DeleteTutorialCommand(tr("delete tutorial “%1”").arg(title), row.id, *answer),
                    [this](const Result<EditOutcome> &result) {
                        if (!result)
                            return failedWrite(result.error());
                        m_navigator.followWrite(*result, m_navigator.detail() == Detail::None);
                    });
}

bool EditActions::addComment(const QString &name, const QString &text)
{
    if (m_navigator.detail() != Detail::Tutorial)
        return false;
    if (auto valid = m_service->validateComment(name, text);
        !valid && valid.error().kind != Error::Kind::Connection && valid.error().kind != Error::Kind::Busy) {
        ui.commentsPane->showNewCommentError(valid.error());
        return false;
    }
    const qint64 tutorialId = ui.tutorialForm->row().id;
    ui.commentsPane->clearNewComment();
    m_writes.submit(new AddCommentCommand(tr("add comment by “%1”").arg(name), tutorialId, name, text),
                    [this, tutorialId, name, text](const Result<EditOutcome> &result) {
                        const bool here = m_navigator.isShowing(tutorialId);
                        if (!result) {
                            // The text back where it was typed, nothing lost.
                            if (here && !ui.commentsPane->hasNewComment()) {
                                ui.commentsPane->restoreNewComment(name, text);
                                ui.commentsPane->showNewCommentError(result.error());
                                emit formChanged();
                                return;
                            }
                            return failedWrite(result.error());
                        }
                        m_navigator.followWrite(*result, here);
                    });
    return true;
}

void EditActions::deleteComments()
{
    const QList<qint64> ids = ui.commentsPane->selectedCommentIds();
    if (ids.isEmpty())
        return;
    const std::optional<qint64> shownId = m_navigator.shownTutorialId();
    const std::optional<Comment> one = ids.size() == 1 ? ui.commentsPane->loadedComment(ids.first()) : std::nullopt;
    const QString text = one ? tr("delete comment by “%1”").arg(one->name)
                             : tr("delete %1").arg(Wording::comments(ids.size()));
    const int count = int(ids.size());
    // The comments themselves (for the undo) are read by the write, on the worker, as they are when deleted.
    m_writes.submit(
        new DeleteCommentsCommand(text, ids, shownId), [this, shownId, count](const Result<EditOutcome> &result) {
            if (!result)
                return failedWrite(result.error());
            statusBar()->showMessage(tr("Deleted %Ln comment(s). Undo brings them back.", nullptr, count), 5000);
            m_navigator.followWrite(*result, m_navigator.shownTutorialId() == shownId);
        });
}

void EditActions::moveComments()
{
    const QList<qint64> ids = ui.commentsPane->selectedCommentIds();
    if (ids.isEmpty())
        return;
    MoveCommentDialog dialog(*m_service, m_navigator.shownTutorialId(), int(ids.size()), m_window);
    dialog.setObjectName(u"moveCommentDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    moveCommentsTo(ids, dialog.target());
}

void EditActions::moveCommentsTo(const QList<qint64> &ids, std::optional<qint64> target)
{
    // Comments dropped where they are already: nothing to do. (Where each one is, for undo, is read by the write.)
    const std::optional<qint64> shownId = m_navigator.shownTutorialId();
    const std::optional<qint64> here = shownId == TutorialListModel::NoTutorial ? std::nullopt : shownId;
    if (ids.isEmpty() || (shownId && here == target))
        return;
    QString where = tr("unassigned");
    if (target) {
        const int row = m_tutorials->rowOf(*target);
        where = row >= 0 ? tr("“%1”").arg(m_tutorials->index(row, TutorialListModel::TitleColumn).data().toString())
                         : tr("tutorial %1").arg(*target);
    }
    const QString what = Wording::comments(ids.size());
    m_writes.submit(new MoveCommentsCommand(tr("move %1 to %2").arg(what, where), ids, target, shownId),
                    [this, shownId, what, where](const Result<EditOutcome> &result) {
                        if (!result)
                            return failedWrite(result.error());
                        statusBar()->showMessage(tr("Moved %1 to %2.").arg(what, where), 5000);
                        m_navigator.followWrite(*result, m_navigator.shownTutorialId() == shownId);
                    });
}

void EditActions::onCommentEditRequested(const Comment &before, const Comment &after)
{
    ui.commentsPane->clearError();
    TutorialService::CommentChanges redoChanges;
    TutorialService::CommentChanges undoChanges;
    int column = CommentTableModel::TextColumn;
    if (before.name != after.name || before.name.isNull() != after.name.isNull()) {
        redoChanges.name = after.name;
        undoChanges.name = before.name;
        column = CommentTableModel::NameColumn;
    }
    if (before.text != after.text || before.text.isNull() != after.text.isNull()) {
        redoChanges.text = after.text;
        undoChanges.text = before.text;
    }
    const QString value = column == CommentTableModel::NameColumn ? after.name : after.text;
    CommentTableModel *model = m_comments;
    m_writes.submit(
        new EditCommentCommand(tr("edit comment by “%1”").arg(after.name), before, redoChanges, undoChanges),
        [this, model, before, column, value](const Result<EditOutcome> &result) {
            if (model != m_comments)
                return; // another database by now
            if (result) {
                if (result->comment)
                    m_comments->editSaved(*result->comment);
                emit countsChanged();
                return;
            }
            m_comments->editFailed(before);
            const int row = m_comments->rowOf(before.id);
            if (row < 0)
                return failedWrite(result.error());
            // Refused: the reason, and the editor open again with what was typed.
            ui.commentsPane->keepRefusedEdit(m_comments->index(row, column), value, result.error().message);
        });
}

void EditActions::onCommentEditRejected(const QModelIndex &index, const QString &value, const Error &error)
{
    ui.commentsPane->keepRefusedEdit(index, value, error.message);
}

void EditActions::loadSampleData()
{
    // The Sequelize tutorials application's demo rows, added (never a reset: whatever is there stays), in one
    // transaction: all or none. Undo takes them away again, unless someone else changed them since.
    m_writes.submit(new CreateTutorialsCommand(
                        tr("load the sample data"), SampleData::seedDemo(),
                        tr("“%1” was changed by someone else since the sample data was loaded; undoing would delete "
                           "their work, so nothing was deleted.")),
                    [this](const Result<EditOutcome> &result) {
                        if (!result)
                            return failedWrite(result.error());
                        statusBar()->showMessage(tr("Loaded the sample data."), 5000);
                        m_navigator.followWrite(*result, m_navigator.detail() != Detail::Draft);
                    });
}

void EditActions::failedWrite(const Error &error)
{
    showError(error);
    m_navigator.afterChange(
        {m_navigator.shownTutorialId(), {}, false}); // the database may differ from what is shown: read it again
}

bool EditActions::saveBeforeUndoOrRedo()
{
    const int index = m_writes.undoStack()->index();
    const int count = m_writes.undoStack()->count();
    const int edits = m_writes.history()->pendingEdits();
    if (!maybeSave())
        return false;
    if (m_writes.undoStack()->index() == index && m_writes.undoStack()->count() == count
        && m_writes.history()->pendingEdits() == edits)
        return true;
    // Saving the pending edit (an open cell, the form, a typed comment) was a step of its own: that is what the
    // person asked for first. Undo and redo now apply to a different stack, so they wait for the next press.
    statusBar()->showMessage(tr("Your edit was saved first; press Undo again to take it back."), 6000);
    m_savedFirstNoteShown = true;
    return false;
}

void EditActions::undo()
{
    runStep(Direction::Undo);
}

void EditActions::redo()
{
    runStep(Direction::Redo);
}

void EditActions::runStep(Direction direction)
{
    const bool back = direction == Direction::Undo;
    if (m_inStep || !(back ? m_writes.history()->canUndo() : m_writes.history()->canRedo()) || !saveBeforeUndoOrRedo())
        return;
    if (m_writes.history()->pendingEdits() > 0) {
        // Undo takes back what is saved: the edit just made first has to be (usually a matter of milliseconds; the
        // window keeps answering meanwhile). During a fault it is said instead.
        const QScopedValueRollback stepping(m_inStep, true);
        if (!m_writes.waitBeforeStep()) {
            statusBar()->showMessage(tr("Undo waits until your changes are saved."), 6000);
            return;
        }
    }
    statusBar()->clearMessage(); // a note about the press before ("saved first; press Undo again") is done with
    m_savedFirstNoteShown = false;
    // The step is made on the write worker first; only when it worked does the history move. A refused one
    // (someone else's change) stays the next step: dropped, the next Undo would take back an older step instead.
    // A fault (a busy or lost database) is no answer: the step waits in the queue and is made once it answers.
    const EditHistory::Done done = [this](const Result<EditOutcome> &result) {
        if (result) {
            m_navigator.afterChange({result->tutorialId, result->commentIds, result->clearDetail});
            return;
        }
        if (result.error().kind == Error::Kind::Cancelled)
            return; // a press queued behind a refused step: void, and the refusal was said
        if (result.error().kind == Error::Kind::NotFound) {
            // A row the step needs is gone for good (someone deleted it): it can never run, and kept it would block
            // every step behind it. The history dropped it; said so.
            showError(Error::notFound(tr("%1 This step was taken off the undo list.").arg(result.error().message)));
        } else {
            showError(result.error());
        }
        m_navigator.afterChange({m_navigator.shownTutorialId(), {}, false}); // show what the database holds
    };
    if (back ? m_writes.history()->undo(done) : m_writes.history()->redo(done))
        statusBar()->showMessage(back ? tr("Undoing…") : tr("Redoing…"));
    emit formChanged();
}
