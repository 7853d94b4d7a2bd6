#pragma once

#include "edithistory.h"
#include "entities.h"
#include "navigator.h"
#include "result.h"
#include "tutorialservice.h"

#include <QObject>
#include <optional>

class CommentTableModel;
class QMainWindow;
class QModelIndex;
class QStatusBar;
class TutorialListModel;
class WritePath;
namespace Ui {
class MainWindow;
}

// What the person's edits ask for, each an edit command through the write path, and the window following its
// answer: Save (a new tutorial, or an edit of one with the conflict question when someone else changed it), Revert,
// the question before unsaved edits are left, New tutorial, Add comment, a comment cell's edit, Delete, Move to…
// (and drops on the list), the sample data, and Undo and Redo (which save a pending edit first).
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(Ui::MainWindow &ui, QMainWindow *window, Navigator &navigator, WritePath &writes);

    void setModels(TutorialService *service, TutorialListModel *tutorials, CommentTableModel *comments);

    bool save(); // true: saved or on its way (or nothing to save); false: refused at once (shown)
    void revert();
    bool maybeSave(); // true: go on (saved or discarded); false: the person cancelled
    void newTutorial();
    void deleteSelected();
    void deleteTutorial();
    bool addComment(const QString &name, const QString &text); // false: refused (shown) or failed
    void deleteComments();
    void moveComments();
    void moveCommentsTo(const QList<qint64> &ids, std::optional<qint64> target);
    void onCommentEditRequested(const Comment &before, const Comment &after);
    void onCommentEditRejected(const QModelIndex &index, const QString &value, const Error &error);
    void loadSampleData();
    void undo();
    void redo();
    // Changes an earlier run left unsaved for this database: offered, and followed like any write.
    void offerLeftOverWrites();

signals:
    void formChanged(); // the form's or the add line's unsaved state: the window's save state and actions follow
    void countsChanged();
    void errorOccurred(const Error &error);

private:
    using Detail = Navigator::Detail;
    enum class Direction { Undo, Redo };

    bool saveNewTutorial(const QString &title, const QString &description);
    bool saveTutorialEdit(bool overwrite);
    void submitTutorialEdit(const TutorialRow &before, const TutorialService::TutorialChanges &changes,
                            const TutorialService::TutorialChanges &previous, bool overwrite, const QString &title);
    // Someone else changed or deleted the tutorial since it was read: the person decides, once.
    void answerConflict(const Error &failure, const TutorialRow &before,
                        const TutorialService::TutorialChanges &changes,
                        const TutorialService::TutorialChanges &previous, const QString &title);
    void failedWrite(const Error &error);
    void runStep(Direction direction);
    // Undo and redo first save a pending edit; false when that was done (a new step) or cancelled.
    bool saveBeforeUndoOrRedo();
    void showError(const Error &error) { emit errorOccurred(error); }
    void updateFormState() { emit formChanged(); }
    QStatusBar *statusBar() const;

    Ui::MainWindow &ui;
    QMainWindow *m_window = nullptr;
    Navigator &m_navigator;
    WritePath &m_writes;
    TutorialService *m_service = nullptr;
    TutorialListModel *m_tutorials = nullptr;
    CommentTableModel *m_comments = nullptr;
    bool m_savedFirstNoteShown = false; // "saved first; press Undo again" is said until the next press
    bool m_inStep = false; // waiting for an edit before an undo (presses meanwhile are ignored)
    bool m_saveWhenCreated = false; // Save pressed again while the new tutorial was being created
};
