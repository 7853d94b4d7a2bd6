#pragma once

#include "edithistory.h"
#include "entities.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>
#include <utility>

class ChangeWatcher;
class CommentTableModel;
class DatabaseUrl;
class QMainWindow;
class QModelIndex;
class QStatusBar;
class TutorialListModel;
class QTimer;
class TutorialService;
namespace Ui {
class MainWindow;
}

// What the right side of the window shows — a tutorial, a new one being written, the unassigned comments, or
// nothing — and the tutorial list following it: a row chosen (unsaved edits asked about first), a search or a sort
// answered, a change made here, or one another program made (found by the change watcher); and the empty page's
// words. It reads; the writes are EditActions'.
class Navigator : public QObject
{
    Q_OBJECT

public:
    enum class Detail { None, Tutorial, Draft, Unassigned };
    // Where the window goes after a change.
    struct Focus
    {
        std::optional<qint64> tutorialId; // select this tutorial (NoTutorial: the unassigned entry)
        QList<qint64> commentIds; // and select these comments
        bool clearDetail = false; // the shown tutorial is gone
    };

    Navigator(Ui::MainWindow &ui, QMainWindow *window);

    // Asked before what is shown is left while it has unsaved edits; false: the person stays.
    void setMayLeave(std::function<bool()> mayLeave) { m_mayLeave = std::move(mayLeave); }

    // Another database: nothing shown, and the list's selection changes are not the person's until showNewList().
    void beginSwitch();
    void setModels(TutorialService *service, TutorialListModel *tutorials, CommentTableModel *comments);
    // The new database's list is read, its first row shown once it is in; other programs' changes followed.
    void showNewList(const DatabaseUrl &url);
    void setWatchInterval(int milliseconds);

    Detail detail() const { return m_detail; }
    // The shown tutorial's id; TutorialListModel::NoTutorial for the unassigned comments; nullopt for none/new.
    std::optional<qint64> shownTutorialId() const;
    bool isShowing(qint64 tutorialId) const; // the form shows this tutorial (a write answered later asks)
    // A tutorial (or the unassigned comments) chosen to be shown is being read: nothing can be edited until it is in.
    bool isReading() const { return m_awaitedDetail.has_value(); }
    bool hasUnsavedChanges() const;

    void selectTutorial(qint64 id);
    // Runs `then` once tutorial `id` is shown (at once when it is): showing reads on a worker, after this returns.
    // Dropped when something else is shown first (the person moved on, or it could not be read).
    void whenShown(qint64 id, std::function<void()> then);
    void showTutorial(qint64 id);
    void showUnassigned();
    void showNothing();
    // A new tutorial in the form, nothing selected; `draftId` tells a create answered later which one it was.
    void startDraft();
    quint64 draftId() const { return m_draftId; }
    void draftCreated() { m_detail = Detail::Tutorial; } // the new tutorial exists now: it is the shown one

    // After a change: the list, the counts and the detail read again; the selection follows `focus`.
    void afterChange(const Focus &focus);
    // After a write was made: the window follows it (`follow`: the person is still where it was asked for), or only
    // the list, the counts and what is shown do.
    void followWrite(const EditOutcome &outcome, bool follow);
    // Reads the list again in the background (at once without background loading), the shown rows first.
    void refreshList();
    void onListReloaded();
    void updateEmptyPage();
    // A new order or search: the shown tutorial stays selected when it is among the loaded rows.
    void keepShownSelected();

signals:
    void shownChanged(); // what is shown, or whether it is edited: the window's save state and actions follow
    void actionsChanged();
    void countsChanged(); // the status bar's counts may be out of date
    void errorOccurred(const Error &error);
    void listRead(); // the database answered a read of the list

private:
    // How long what was shown before stays in sight (not editable) while the next is read, before the detail says
    // "Reading…": longer than the usual answer (a few milliseconds), so a click never flashes an empty page, and
    // short enough that a database that does not answer is said at once.
    static constexpr int ReadingDelayMs = 150;
    void onCurrentTutorialChanged(const QModelIndex &current);
    void showReading();
    void sayReading(); // the delay is over and the answer has not come
    void endReading(); // the answer is in (or nothing is shown): the detail takes input and paints again
    void restoreFocus();
    void onDetailShown(std::optional<qint64> tutorialId, const std::optional<TutorialRow> &tutorial,
                       const std::optional<Error> &error);
    // What another program changed, found by the change watcher: read again only that, keeping the selection, the
    // scroll position, an open cell editor and unsaved text.
    void onChangedElsewhere(int changes);
    // The shown tutorial's row as another program left it (std::nullopt: deleted): shown, or, over unsaved edits,
    // announced in the form with the choice.
    void takeChangeElsewhere(qint64 id, const std::optional<TutorialRow> &theirs);
    void startWatching(const DatabaseUrl &url);
    bool maybeSave() { return m_mayLeave ? m_mayLeave() : true; }
    void showError(const Error &error) { emit errorOccurred(error); }
    QStatusBar *statusBar() const;

    Ui::MainWindow &ui;
    QMainWindow *m_window = nullptr;
    TutorialService *m_service = nullptr;
    TutorialListModel *m_tutorials = nullptr;
    CommentTableModel *m_comments = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    std::function<bool()> m_mayLeave;
    Detail m_detail = Detail::None;
    quint64 m_draftId = 0; // which new tutorial the form shows (a create answered later finds it, or not)
    bool m_reselecting = false; // the list is being reset or the selection restored
    bool m_selectFirstRow = false; // once the list is read: select its first row (a database just opened)
    std::optional<qint64> m_awaitedDetail; // the tutorial (NoTutorial: the unassigned comments) being read to show
    QTimer *m_readingTimer = nullptr; // ReadingDelayMs after a read started: "Reading…" if it is still on its way
    std::optional<std::pair<qint64, std::function<void()>>> m_whenShown; // whenShown()'s, until that one is shown
    QPointer<QWidget> m_focusBeforeReading; // the detail's field that had the keyboard focus: it gets it back
    QList<qint64> m_commentsToSelect; // selected once it is shown (a change answered while it was read)
};
