#pragma once

#include "entities.h"
#include "importedrows.h"
#include "result.h"
#include "writtenrows.h"

#include <QJsonObject>
#include <QUndoCommand>

#include <optional>

// Where the window looks once a step is done, and what the step left in the database.
struct EditOutcome
{
    std::optional<qint64> tutorialId; // show this tutorial (TutorialListModel::NoTutorial: the unassigned comments)
    QList<qint64> commentIds; // and select these comments
    bool clearDetail = false; // the shown tutorial is gone
    std::optional<TutorialRow> tutorial; // a tutorial row as the step wrote it
    std::optional<Comment> comment; // a comment row as the step wrote it
};

// One kind of edit, as a step of the undo history. apply() makes it and revert() takes it back; both run on the
// write worker (EditHistory hands them to the WriteQueue), never on the GUI thread, and may run more than once
// when a fault (a lost server, a busy file) made an earlier try fail without writing. QUndoStack's own redo() and
// undo() only move the stack: EditHistory moves it once the step was made, so that a refused step stays the next.
class TutorialService;

class EditCommand : public QUndoCommand
{
public:
    explicit EditCommand(const QString &text) : QUndoCommand(text) { }

    virtual Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) = 0;
    virtual Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) = 0;

    // The edit as data, for the journal of writes on their way (WriteJournal); empty: not journaled. fromJson()
    // makes it again, as it was first asked for (so a replay meets the same conflict check); nullptr when unknown.
    virtual QJsonObject toJson() const { return {}; }
    static EditCommand *fromJson(const QJsonObject &object, const QString &text);

    void redo() override { }
    void undo() override { }
};

// A new tutorial; its redo after an undo puts the same row back, same id.
class CreateTutorialCommand : public EditCommand
{
public:
    CreateTutorialCommand(const QString &text, const QString &title, const QString &description);
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;
    QJsonObject toJson() const override;

private:
    QString m_title;
    QString m_description;
    std::optional<Tutorial> m_created;
};

// An edit of a tutorial's title or description. Each step saves only over the row as this window last saw it: the
// first time the row the form was filled from (unless the person chose to overwrite), then the row as this window
// last wrote it, by whichever step (undoing an older edit after a newer one is not someone else's change).
class EditTutorialCommand : public EditCommand
{
public:
    EditTutorialCommand(const QString &text, const TutorialRow &before, TutorialChanges redo,
                        TutorialChanges undo, bool overwrite);
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;
    QJsonObject toJson() const override;

private:
    Result<EditOutcome> step(TutorialService &service, WrittenRows &rows, TutorialChanges changes);

    TutorialRow m_before;
    TutorialChanges m_redo;
    TutorialChanges m_undo;
    bool m_first = true;
    bool m_overwrite;
};

// A tutorial deleted, its comments with it or left unassigned. The rows are read on the worker when it is first
// made, for the undo.
class DeleteTutorialCommand : public EditCommand
{
public:
    DeleteTutorialCommand(const QString &text, qint64 id, CommentsOnDelete how);
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;
    QJsonObject toJson() const override;

private:
    qint64 m_id;
    CommentsOnDelete m_how;
    std::optional<Tutorial> m_row;
};

class AddCommentCommand : public EditCommand
{
public:
    AddCommentCommand(const QString &text, qint64 tutorialId, const QString &name, const QString &commentText);
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;
    QJsonObject toJson() const override;

private:
    qint64 m_tutorialId;
    QString m_name;
    QString m_text;
    std::optional<Comment> m_created;
};

// A comment's name or text, edited in its cell; saved only over the row as the table read it (then as this window
// last wrote it).
class EditCommentCommand : public EditCommand
{
public:
    EditCommentCommand(const QString &text, const Comment &before, CommentChanges redo,
                       CommentChanges undo);
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;
    QJsonObject toJson() const override;

private:
    Result<EditOutcome> step(TutorialService &service, WrittenRows &rows, CommentChanges changes);

    Comment m_before;
    CommentChanges m_redo;
    CommentChanges m_undo;
    bool m_first = true;
};

class DeleteCommentsCommand : public EditCommand
{
public:
    // The comments are read on the worker when first deleted (as they are then, for the undo); or given (a journal
    // written before that read kept them).
    DeleteCommentsCommand(const QString &text, const QList<qint64> &ids, std::optional<qint64> shownId,
                          const QList<Comment> &comments = {});
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;
    QJsonObject toJson() const override;

private:
    QList<Comment> m_comments; // what the undo puts back: empty until the first apply has read them
    QList<qint64> m_ids;
    std::optional<qint64> m_shownId;
};

// Comments moved to a tutorial, or detached (nullopt); the undo puts each back where it was. Where each one was is
// read on the worker when the move is first made (not from what happens to be shown).
class MoveCommentsCommand : public EditCommand
{
public:
    MoveCommentsCommand(const QString &text, const QList<qint64> &ids, std::optional<qint64> target,
                        std::optional<qint64> shownId);
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;
    QJsonObject toJson() const override;

private:
    QList<qint64> m_ids;
    std::optional<qint64> m_target;
    std::optional<qint64> m_shownId;
    std::optional<QList<Comment>> m_before; // the comments that were elsewhere, as they were
};

// New tutorials with their comments in one transaction (the sample data): all or none. Undo deletes only what it
// put there; a tutorial someone else changed since, or gave a comment, refuses it with `conflict` (%1: the title).
class CreateTutorialsCommand : public EditCommand
{
public:
    CreateTutorialsCommand(const QString &text, const QList<Tutorial> &tutorials, const QString &conflict);
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;
    int count() const { return int(m_tutorials.size()); }

private:
    QList<Tutorial> m_tutorials;
    QString m_conflict;
    QList<Tutorial> m_created;
};

// An import, made before it is recorded (by the transfer's own worker): undo deletes exactly its rows, refused when
// someone else changed those rows since; redo puts the same rows back with the same ids. While the import is done,
// only its rows' fingerprints are kept; the rows themselves only while it is undone (they are what a redo needs).
class ImportCommand : public EditCommand
{
public:
    ImportCommand(const QString &text, const ImportedRows &stored, std::optional<qint64> shownId);
    Result<EditOutcome> apply(TutorialService &service, WrittenRows &rows) override;
    Result<EditOutcome> revert(TutorialService &service, WrittenRows &rows) override;

private:
    ImportedRows m_stored; // while done: as this window last wrote them
    QList<Tutorial> m_deleted; // while undone
    std::optional<qint64> m_shownId;
};
