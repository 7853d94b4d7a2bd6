#include "navigator.h"

#include "changewatcher.h"
#include "commentpane.h"
#include "commenttablemodel.h"
#include "databaseurl.h"
#include "preferencesdialog.h"
#include "tutorialform.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

Navigator::Navigator(Ui::MainWindow &ui, QMainWindow *window) : QObject(window), ui(ui), m_window(window)
{
    m_readingTimer = new QTimer(this);
    m_readingTimer->setSingleShot(true);
    m_readingTimer->setInterval(ReadingDelayMs);
    connect(m_readingTimer, &QTimer::timeout, this, &Navigator::sayReading);
    // Enter on a tutorial goes to its title.
    connect(ui.tutorialView, &QTreeView::activated, this, [this] {
        if (m_detail == Detail::Tutorial)
            this->ui.tutorialForm->focusTitle();
    });
}

QStatusBar *Navigator::statusBar() const
{
    return m_window->statusBar();
}

void Navigator::beginSwitch()
{
    m_detail = Detail::None;
    m_reselecting = true;
}

void Navigator::setModels(TutorialService *service, TutorialListModel *tutorials, CommentTableModel *comments)
{
    m_service = service;
    m_tutorials = tutorials;
    m_comments = comments;
    connect(m_comments, &CommentTableModel::detailShown, this, &Navigator::onDetailShown);
    connect(ui.tutorialView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentTutorialChanged(current); });
}

void Navigator::showNewList(const DatabaseUrl &url)
{
    m_selectFirstRow = true;
    m_reselecting = false;
    refreshList();
    showNothing();
    if (m_selectFirstRow && !m_tutorials->isLoading())
        onListReloaded(); // read at once (no background loading)
    startWatching(url);
}

void Navigator::startWatching(const DatabaseUrl &url)
{
    delete m_watcher;
    m_watcher = nullptr;
    if (url.isSqlite() && url.isInMemory())
        return; // nobody else can change it
    m_watcher = new ChangeWatcher(url, this);
    m_watcher->setShownProvider([this] {
        ChangeWatcher::Shown shown;
        QTreeView *list = ui.tutorialView;
        const int first = list->indexAt(QPoint(1, 1)).row();
        if (first >= 0) {
            const QModelIndex bottom = list->indexAt(QPoint(1, list->viewport()->height() - 2));
            const int last = bottom.isValid() ? bottom.row() : m_tutorials->rowCount() - 1;
            for (int row = first; row <= last; ++row) {
                if (const auto summary = m_tutorials->summaryAt(row))
                    shown.tutorials.append({summary->id, summary->updatedAt, 0});
            }
        }
        if (m_detail == Detail::Tutorial) {
            const TutorialRow &row = ui.tutorialForm->row();
            shown.tutorial = TutorialService::RowStamp {row.id, row.updatedAt,
                                                        m_comments->hasMore() ? -1 : qint64(m_comments->rowCount())};
        }
        if (m_detail == Detail::Tutorial || m_detail == Detail::Unassigned) {
            QTableView *view = ui.commentsPane->view();
            const int top = view->rowAt(0);
            const int bottom = view->rowAt(view->viewport()->height() - 1);
            for (int row = std::max(top, 0); top >= 0 && row <= (bottom < 0 ? m_comments->rowCount() - 1 : bottom);
                 ++row) {
                // The rows on screen that have been read (one still on its way is compared once it is shown).
                if (const std::optional<Comment> comment = m_comments->loadedCommentAt(row))
                    shown.comments.append({comment->id, comment->updatedAt, comment->tutorialId.value_or(0)});
            }
        }
        return shown;
    });
    connect(m_watcher, &ChangeWatcher::changed, this,
            [this](ChangeWatcher::Changes changes) { onChangedElsewhere(int(changes)); });
    m_watcher->setInterval(PreferencesDialog::changeCheckInterval());
}

void Navigator::setWatchInterval(int milliseconds)
{
    if (m_watcher)
        m_watcher->setInterval(milliseconds);
}

void Navigator::refreshList()
{
    QTreeView *list = ui.tutorialView;
    const int first = list->indexAt(QPoint(1, 1)).row();
    const QModelIndex bottom = list->indexAt(QPoint(1, list->viewport()->height() - 2));
    m_tutorials->setVisibleRows(std::max(first, 0), bottom.isValid() ? bottom.row() : std::max(first, 0) + 64);
    if (m_tutorials->hasBackgroundLoading())
        m_tutorials->refreshInBackground();
    else if (auto loaded = m_tutorials->refresh(); !loaded)
        showError(loaded.error());
}

void Navigator::onChangedElsewhere(int changes)
{
    if (changes & (ChangeWatcher::ListChanged | ChangeWatcher::CountsChanged))
        refreshList(); // the unassigned comments' count and the scrollbar's length come with it
    if (changes & ChangeWatcher::CountsChanged)
        emit countsChanged();
    const bool tutorialChanged = m_detail == Detail::Tutorial && (changes & ChangeWatcher::TutorialChanged);
    const bool commentsChanged
        = (changes & ChangeWatcher::CommentsChanged) && (m_detail == Detail::Tutorial || m_detail == Detail::Unassigned);
    if (m_awaitedDetail) {
        // Another tutorial is on its way to be shown (the person clicked it): reading this one again would overtake
        // it, and what comes is read after the change anyway.
    } else if (tutorialChanged) {
        // Its row with its comments, read on the pane's worker; onDetailShown() compares it with the form's.
        (void)m_comments->show(ui.tutorialForm->row().id, true, 0);
    } else if (commentsChanged) {
        // Rows added, removed or changed in place: an open editor stays.
        (void)m_comments->show(m_comments->tutorialId(), false, 0);
    }
    emit actionsChanged();
}

std::optional<qint64> Navigator::shownTutorialId() const
{
    switch (m_detail) {
    case Detail::Tutorial:
        return ui.tutorialForm->row().id;
    case Detail::Unassigned:
        return TutorialListModel::NoTutorial;
    default:
        return std::nullopt;
    }
}

bool Navigator::isShowing(qint64 tutorialId) const
{
    return m_detail == Detail::Tutorial && ui.tutorialForm->row().id == tutorialId;
}

bool Navigator::hasUnsavedChanges() const
{
    return (m_detail == Detail::Tutorial || m_detail == Detail::Draft) && ui.tutorialForm->isModified();
}

void Navigator::selectTutorial(qint64 id)
{
    const int row = m_tutorials->rowOf(id);
    if (row >= 0) {
        ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
        ui.tutorialView->scrollTo(m_tutorials->index(row, 0));
    } else if (id == TutorialListModel::NoTutorial) {
        showNothing();
    } else {
        // Not among the loaded rows (filtered out, or further down): show it anyway.
        ui.tutorialView->clearSelection();
        showTutorial(id);
    }
}

void Navigator::onCurrentTutorialChanged(const QModelIndex &current)
{
    if (m_reselecting || !current.isValid())
        return; // a reset or a restored selection, or nothing: keep what is shown
    const qint64 id = m_tutorials->idAt(current.row());
    if (shownTutorialId() == id)
        return;
    if (!maybeSave()) {
        // Cancelled: the selection goes back to what the form still shows.
        m_reselecting = true;
        const int row = m_detail == Detail::Tutorial ? m_tutorials->rowOf(ui.tutorialForm->row().id)
            : m_detail == Detail::Unassigned         ? m_tutorials->rowOf(TutorialListModel::NoTutorial)
                                                     : -1;
        QTimer::singleShot(0, this, [this, row] {
            m_reselecting = true;
            if (row >= 0) {
                ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
            } else { // a new tutorial, or the unassigned comments: no row stays current, so a click is a change
                ui.tutorialView->selectionModel()->clearCurrentIndex();
                ui.tutorialView->clearSelection();
            }
            m_reselecting = false;
        });
        m_reselecting = false;
        return;
    }
    // Saving may have read the list again (and moved rows): select the chosen one anew.
    m_reselecting = true;
    if (const int row = m_tutorials->rowOf(id); row >= 0)
        ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
    m_reselecting = false;
    if (id == TutorialListModel::NoTutorial)
        showUnassigned();
    else
        showTutorial(id);
}

void Navigator::showTutorial(qint64 id)
{
    // The row, its comments' ids and their first block, read on the comment pane's worker: the window never waits
    // for it (a frozen server, a locked file). onDetailShown() puts the answer in, usually a few milliseconds later;
    // a newer choice makes it of no use (the model's ticket), so quick clicks end on the last one.
    const bool same = isShowing(id);
    m_awaitedDetail = id;
    (void)m_comments->show(id, true, 0);
    if (m_comments->isShowing() && !same) // (the same one read again stays shown, and editable, until its answer)
        showReading();
}

void Navigator::showUnassigned()
{
    const bool same = m_detail == Detail::Unassigned;
    m_awaitedDetail = TutorialListModel::NoTutorial;
    (void)m_comments->show(std::nullopt, false, 0);
    if (m_comments->isShowing() && !same)
        showReading();
}

void Navigator::showReading()
{
    // Nothing to edit until it is read: no save, Delete or comment can reach the one shown before, and writes answered
    // meanwhile do not take it for the shown one (isShowing). It stays in sight, unchanged, for ReadingDelayMs (its
    // input off, its painting held, so the usual quick answer replaces it without a flash of grey or of an empty
    // page); then "Reading…".
    m_detail = Detail::None;
    ui.commentsPane->discardNewComment(); // (typed for the tutorial shown before: the person was asked)
    QWidget *focus = QApplication::focusWidget();
    if (focus && (ui.detailStack->isAncestorOf(focus) || ui.commentsPane->isAncestorOf(focus)))
        m_focusBeforeReading = focus; // (a disabled widget loses the focus)
    if (!m_readingTimer->isActive() && ui.detailStack->isEnabled()) {
        ui.detailStack->setUpdatesEnabled(false);
        ui.commentsPane->setUpdatesEnabled(false);
    }
    ui.detailStack->setEnabled(false);
    ui.commentsPane->setEnabled(false);
    m_readingTimer->start();
    updateEmptyPage();
    emit shownChanged();
}

void Navigator::sayReading()
{
    if (!m_awaitedDetail || m_detail != Detail::None)
        return;
    endReading();
    ui.commentsPane->setEnabled(false);
    ui.detailStack->setCurrentWidget(ui.emptyPage);
    updateEmptyPage();
}

void Navigator::endReading()
{
    m_readingTimer->stop();
    ui.detailStack->setEnabled(true);
    ui.detailStack->setUpdatesEnabled(true);
    ui.commentsPane->setUpdatesEnabled(true);
}

void Navigator::restoreFocus()
{
    QPointer<QWidget> focus = std::exchange(m_focusBeforeReading, nullptr);
    // Only where nothing took the focus meanwhile (the person may have moved it), and the field can take it again.
    if (focus && !m_window->focusWidget() && focus->isVisible() && focus->isEnabled())
        focus->setFocus(Qt::OtherFocusReason);
}

void Navigator::whenShown(qint64 id, std::function<void()> then)
{
    if (isShowing(id) && !isReading())
        then();
    else
        m_whenShown.emplace(id, std::move(then));
}

void Navigator::onDetailShown(std::optional<qint64> tutorialId, const std::optional<TutorialRow> &tutorial,
                              const std::optional<Error> &error)
{
    const qint64 id = tutorialId.value_or(TutorialListModel::NoTutorial);
    if (m_awaitedDetail != id) {
        // Not something the person asked to show: the shown comments read again, and, after a change elsewhere, the
        // shown tutorial's row with them (or NotFound: deleted). A busy or lost database: the next check tries again.
        if (tutorialId && (tutorial || (error && error->kind == Error::Kind::NotFound)))
            takeChangeElsewhere(*tutorialId, tutorial);
        return;
    }
    m_awaitedDetail.reset();
    endReading();
    auto then = std::exchange(m_whenShown, std::nullopt);
    if (error) {
        if (error->kind == Error::Kind::Connection && m_detail != Detail::None) {
            showError(*error); // keep what is shown, edits included, until the server is back
            return;
        }
        showNothing(); // never the previous tutorial's comments under this one
        if (error->kind != Error::Kind::NotFound)
            showError(*error);
        return;
    }
    if (!tutorialId && m_comments->rowCount() == 0) {
        showNothing(); // the last unassigned comment went (moved, or deleted): the list's entry goes with it
        return;
    }
    if (!tutorialId) {
        m_detail = Detail::Unassigned;
        ui.commentsPane->discardNewComment(); // nothing to add to here
        ui.detailStack->setCurrentWidget(ui.unassignedPage);
    } else {
        if (shownTutorialId() != id)
            ui.commentsPane->discardNewComment(); // typed for another tutorial (the person was asked, or it went)
        // The shown one read again, answered after the person typed or saved in it meanwhile: what they typed, or a
        // save of it on its way, is never replaced by a read (a change made elsewhere is announced instead).
        const bool keepForm = isShowing(id) && (hasUnsavedChanges() || ui.tutorialForm->isSaving());
        m_detail = Detail::Tutorial;
        if (tutorial && keepForm)
            takeChangeElsewhere(id, tutorial);
        else if (tutorial)
            ui.tutorialForm->showRow(*tutorial);
        ui.detailStack->setCurrentWidget(ui.tutorialForm);
    }
    ui.commentsPane->setEnabled(true);
    ui.commentsPane->clearError();
    if (!m_commentsToSelect.isEmpty())
        ui.commentsPane->selectComments(std::exchange(m_commentsToSelect, {}));
    restoreFocus();
    if (then && isShowing(then->first))
        then->second();
    emit shownChanged();
}

void Navigator::takeChangeElsewhere(qint64 id, const std::optional<TutorialRow> &theirs)
{
    if (m_detail != Detail::Tutorial || ui.tutorialForm->row().id != id)
        return; // the person moved on meanwhile
    if (theirs && *theirs == ui.tutorialForm->row()) {
        // What the form shows already (its own save, seen by the watcher).
    } else if (ui.tutorialForm->isSaving()) {
        // A save of the form is on its way: its answer (saved, or a conflict asked about) comes by itself.
    } else if (hasUnsavedChanges()) {
        ui.tutorialForm->showChangedElsewhere(theirs); // said at once; the person chooses
    } else if (theirs) {
        ui.tutorialForm->showRow(*theirs);
    } else {
        showNothing();
        statusBar()->showMessage(tr("The tutorial you were looking at was deleted elsewhere."), 8000);
    }
    emit actionsChanged();
}

void Navigator::showNothing()
{
    m_awaitedDetail.reset();
    m_whenShown.reset();
    m_focusBeforeReading = nullptr;
    endReading();
    m_commentsToSelect.clear();
    m_detail = Detail::None;
    m_comments->clear();
    ui.commentsPane->discardNewComment();
    ui.commentsPane->setEnabled(false);
    ui.detailStack->setCurrentWidget(ui.emptyPage);
    updateEmptyPage();
    emit shownChanged();
}

void Navigator::startDraft()
{
    m_reselecting = true;
    ui.tutorialView->clearSelection();
    ui.tutorialView->setCurrentIndex({});
    m_reselecting = false;
    m_detail = Detail::Draft;
    ui.tutorialForm->startDraft();
    ++m_draftId;
    m_comments->clear();
    m_awaitedDetail.reset(); // (the answer on its way was dropped with the comments)
    m_whenShown.reset();
    endReading();
    ui.commentsPane->setEnabled(false);
    ui.detailStack->setCurrentWidget(ui.tutorialForm);
    ui.tutorialForm->focusTitle();
    emit shownChanged();
}

void Navigator::onListReloaded()
{
    emit listRead();
    if (std::exchange(m_selectFirstRow, false) && m_detail == Detail::None && m_tutorials->rowCount() > 0)
        ui.tutorialView->setCurrentIndex(m_tutorials->index(0, 0)); // a database just opened: its first row shown
    if (m_detail == Detail::Unassigned && !m_tutorials->hasUnassignedRow())
        showNothing(); // the last unassigned comment went meanwhile
    // A search or sort answered: the shown tutorial stays selected when it is among the rows.
    keepShownSelected();
    updateEmptyPage();
}

void Navigator::keepShownSelected()
{
    if (const std::optional<qint64> shownId = m_awaitedDetail ? m_awaitedDetail : shownTutorialId()) {
        if (const int row = m_tutorials->rowOf(*shownId); row >= 0) {
            m_reselecting = true;
            ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
            m_reselecting = false;
        }
    }
}

void Navigator::updateEmptyPage()
{
    const bool empty = m_tutorials->isEmpty() && m_tutorials->search().isEmpty();
    ui.loadSampleButton->setVisible(empty && m_tutorials->isLoaded());
    if (m_awaitedDetail && m_detail == Detail::None)
        ui.emptyLabel->setText(*m_awaitedDetail == TutorialListModel::NoTutorial ? tr("Reading the unassigned comments…")
                                                                              : tr("Reading the tutorial…"));
    else if (!m_tutorials->isLoaded())
        ui.emptyLabel->setText(tr("Reading the tutorial list…"));
    else if (empty)
        ui.emptyLabel->setText(tr("This database has no tutorials yet. Create one, or load the sample data: the two "
                                  "demo tutorials of the Sequelize tutorials application, with their comments."));
    else if (m_tutorials->isEmpty())
        ui.emptyLabel->setText(tr("No tutorial matches “%1”.").arg(m_tutorials->search()));
    else
        ui.emptyLabel->setText(tr("Select a tutorial on the left, or create one."));
    // Said where the list is too: the right side may still show the tutorial chosen before the search.
    const bool noMatch = m_tutorials->isEmpty() && !m_tutorials->search().isEmpty();
    ui.noMatchLabel->setText(noMatch ? tr("No tutorial matches “%1”.").arg(m_tutorials->search()) : QString());
    ui.noMatchLabel->setVisible(noMatch);
}

void Navigator::afterChange(const Focus &focus)
{
    // The list, the counts and the detail, read again; the selection follows the change.
    // What the person typed, or a save of it on its way, is never replaced by a read.
    const bool keepForm = hasUnsavedChanges() || ui.tutorialForm->isSaving();
    m_reselecting = true;
    // With background loading the list follows a moment later (onListReloaded selects then), so that a slow
    // order (by comment count over a million comments) never stalls an edit; the detail is read now.
    refreshList();
    std::optional<qint64> target = focus.tutorialId;
    if (!target && m_awaitedDetail && !isShowing(*m_awaitedDetail))
        target = m_awaitedDetail; // the person's latest choice, on its way: read again after the change (or NotFound)
    else if (!target && !focus.clearDetail)
        target = shownTutorialId();
    if (target) {
        const int row = m_tutorials->rowOf(*target);
        if (row >= 0) {
            ui.tutorialView->setCurrentIndex(m_tutorials->index(row, 0));
            ui.tutorialView->scrollTo(m_tutorials->index(row, 0));
        }
    }
    m_reselecting = false;
    if (!target) {
        if (m_detail != Detail::Draft || focus.clearDetail)
            showNothing();
    } else if (*target == TutorialListModel::NoTutorial) {
        showUnassigned();
    } else if (keepForm && isShowing(*target)) {
        // Never overwrite what the person is typing: only the comments are read again.
        (void)m_comments->show(m_comments->tutorialId(), false, 0);
    } else {
        showTutorial(*target);
    }
    if (m_awaitedDetail) // still being read: selected when it is shown
        m_commentsToSelect = focus.commentIds;
    else
        ui.commentsPane->selectComments(focus.commentIds);
    updateEmptyPage();
    emit countsChanged();
    emit actionsChanged();
}

void Navigator::followWrite(const EditOutcome &outcome, bool follow)
{
    if (follow) {
        afterChange({outcome.tutorialId, outcome.commentIds, outcome.clearDetail});
        return;
    }
    // The person has moved on since the write was asked for: the list, the counts and what is shown follow, the
    // selection stays where they put it.
    refreshList();
    if ((m_detail == Detail::Tutorial || m_detail == Detail::Unassigned) && !m_awaitedDetail)
        (void)m_comments->show(m_comments->tutorialId(), false, 0);
    emit countsChanged();
    emit actionsChanged();
}
