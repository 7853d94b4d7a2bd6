#pragma once

#include "entities.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

// The questions the window asks before it changes or drops something. Each names what it is about and has
// as its default an answer that loses nothing (Cancel, Keep editing, Save).
class Questions
{
    Q_DECLARE_TR_FUNCTIONS(Questions)

public:
    // Delete a tutorial with `commentCount` comments: with them, or keeping them unassigned; nullopt: cancelled.
    static std::optional<CommentsOnDelete> deleteTutorial(QWidget *parent, const QString &title,
                                                                           qint64 commentCount);

    // A save met someone else's change (Error::Kind::Conflict) or delete (NotFound).
    enum class ConflictAnswer { Overwrite, Reload, KeepEditing };
    static ConflictAnswer conflict(QWidget *parent, const Error &failure);

    // Unsaved edits of `what` ("“Title”", "the new tutorial") before something replaces them: the form's
    // title or description, a new comment typed but not added, or both.
    enum class UnsavedAnswer { Save, Discard, Cancel };
    static UnsavedAnswer unsavedChanges(QWidget *parent, const QString &what, bool formEdited, bool commentTyped);
    // A comment cell edit that was refused (the message says why) is still pending: true to discard it, false to keep
    // editing it.
    static bool discardRefusedEdit(QWidget *parent, const QString &message);
    // Changes still on their way to the database (a lost server, a busy file) when the window closes or opens
    // another database: wait for them, drop them, or stay.
    enum class PendingAnswer { Wait, Drop, Cancel };
    static PendingAnswer pendingWrites(QWidget *parent, const QStringList &pending, const QString &fault);
    // Changes a previous run left unsaved (it stopped before the database answered them): make them now, drop them,
    // or ask again next time.
    enum class ReplayAnswer { Replay, Discard, Later };
    static ReplayAnswer replayWrites(QWidget *parent, const QStringList &pending);
    // Delete pressed on a new tutorial that has text: throw it away? (It was never saved, so no undo brings it back.)
    static bool discardNewTutorial(QWidget *parent);
};
