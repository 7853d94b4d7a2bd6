#include "questions.h"

#include "wording.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

std::optional<CommentsOnDelete> Questions::deleteTutorial(QWidget *parent, const QString &title,
                                                                           qint64 commentCount)
{
    QMessageBox box(QMessageBox::Question, tr("Delete tutorial"), QString(), QMessageBox::NoButton, parent);
    box.setObjectName(u"deleteTutorialBox"_s);
    QPushButton *deleteComments = nullptr;
    QPushButton *keepComments = nullptr;
    if (commentCount == 0) {
        box.setText(tr("Delete the tutorial “%1”? It has no comments.").arg(title));
        deleteComments = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    } else {
        box.setText(tr("Delete the tutorial “%1” and its %2?").arg(title, Wording::comments(commentCount)));
        box.setInformativeText(tr("Its comments can be deleted with it, or kept as unassigned comments that "
                                  "belong to no tutorial."));
        deleteComments = box.addButton(tr("Delete with its &comments"), QMessageBox::DestructiveRole);
        keepComments = box.addButton(tr("&Keep comments unassigned"), QMessageBox::AcceptRole);
        keepComments->setObjectName(u"keepCommentsButton"_s);
    }
    deleteComments->setObjectName(u"deleteCommentsButton"_s);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() == deleteComments)
        return CommentsOnDelete::Delete;
    if (keepComments && box.clickedButton() == keepComments)
        return CommentsOnDelete::KeepUnassigned;
    return std::nullopt;
}

Questions::ConflictAnswer Questions::conflict(QWidget *parent, const Error &failure)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), failure.message, QMessageBox::NoButton,
                    parent);
    box.setObjectName(u"conflictBox"_s);
    QPushButton *overwrite = nullptr;
    if (failure.kind == Error::Kind::Conflict) {
        box.setInformativeText(tr("Save your version over theirs, reload theirs (your edits are dropped), or keep "
                                  "editing."));
        overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        overwrite->setObjectName(u"overwriteButton"_s);
    }
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::ResetRole);
    reload->setObjectName(u"reloadButton"_s);
    QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    box.setDefaultButton(keep);
    box.exec();
    if (overwrite && box.clickedButton() == overwrite)
        return ConflictAnswer::Overwrite;
    if (box.clickedButton() == reload)
        return ConflictAnswer::Reload;
    return ConflictAnswer::KeepEditing;
}

Questions::PendingAnswer Questions::pendingWrites(QWidget *parent, const QStringList &pending, const QString &fault)
{
    QMessageBox box(QMessageBox::Warning, tr("Changes not saved yet"),
                    tr("%n change(s) are not saved in the database yet.", nullptr, int(pending.size())),
                    QMessageBox::NoButton, parent);
    box.setObjectName(u"pendingWritesBox"_s);
    QString details = fault.isEmpty() ? QString() : tr("The database does not answer: %1").arg(fault) + u"\n\n"_s;
    box.setInformativeText(tr("Wait until they are saved, quit and drop them, or go back."));
    box.setDetailedText(details + pending.join(u'\n'));
    QPushButton *wait = box.addButton(tr("&Wait for them"), QMessageBox::AcceptRole);
    wait->setObjectName(u"waitButton"_s);
    QPushButton *drop = box.addButton(tr("&Drop them"), QMessageBox::DestructiveRole);
    drop->setObjectName(u"dropButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box.setDefaultButton(wait);
    box.exec();
    if (box.clickedButton() == wait)
        return PendingAnswer::Wait;
    if (box.clickedButton() == drop)
        return PendingAnswer::Drop;
    return PendingAnswer::Cancel;
}

Questions::ReplayAnswer Questions::replayWrites(QWidget *parent, const QStringList &pending)
{
    QMessageBox box(QMessageBox::Question, tr("Changes from the last session"),
                    tr("Tutorial Desk stopped before %n change(s) to this database were saved.", nullptr,
                       int(pending.size())),
                    QMessageBox::NoButton, parent);
    box.setObjectName(u"replayWritesBox"_s);
    box.setInformativeText(tr("Save them now? Each is checked against what the database holds now: a row someone "
                              "else changed since is not overwritten."));
    box.setDetailedText(pending.join(u'\n'));
    QPushButton *replay = box.addButton(tr("&Save them"), QMessageBox::AcceptRole);
    replay->setObjectName(u"replayButton"_s);
    QPushButton *discard = box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton *later = box.addButton(tr("Ask &later"), QMessageBox::RejectRole);
    later->setObjectName(u"laterButton"_s);
    box.setDefaultButton(replay);
    box.exec();
    if (box.clickedButton() == replay)
        return ReplayAnswer::Replay;
    if (box.clickedButton() == discard)
        return ReplayAnswer::Discard;
    return ReplayAnswer::Later;
}

Questions::UnsavedAnswer Questions::unsavedChanges(QWidget *parent, const QString &what, bool formEdited,
                                                   bool commentTyped)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), tr("Save the changes to %1?").arg(what),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(u"unsavedChangesBox"_s);
    if (formEdited && commentTyped)
        box.setInformativeText(tr("The title or description was edited, and a new comment was typed but not added. "
                                  "Save keeps both."));
    else if (commentTyped)
        box.setInformativeText(tr("A new comment was typed but not added. Save adds it."));
    else
        box.setInformativeText(tr("The title or description was edited but not saved."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedAnswer::Save;
    case QMessageBox::Discard:
        return UnsavedAnswer::Discard;
    default:
        return UnsavedAnswer::Cancel;
    }
}

bool Questions::discardRefusedEdit(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Comment not saved"),
                    tr("Your edit of a comment could not be saved: %1").arg(message),
                    QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(u"refusedEditBox"_s);
    box.setInformativeText(tr("Keep editing to fix it, or discard the edit: the comment stays as it was."));
    box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

bool Questions::discardNewTutorial(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Discard the new tutorial"),
                    tr("Discard the new tutorial? It was never saved, so Undo cannot bring it back."),
                    QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(u"discardNewTutorialBox"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}
