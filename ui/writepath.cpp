#include "writepath.h"

#include "connectionbanner.h"
#include "database.h"
#include "questions.h"
#include "reconnector.h"
#include "ui_mainwindow.h"
#include "writejournal.h"
#include "writequeue.h"

#include <QLabel>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

WritePath::WritePath(Ui::MainWindow &ui, QMainWindow *window)
    : QObject(window), ui(ui), m_window(window), m_journal(std::make_unique<WriteJournal>())
{
    m_history = new EditHistory(window);
    m_connectionLabel = new QLabel(window);
    m_savedLabel = new QLabel(window);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    retranslate();
    connect(ui.connectionBanner, &ConnectionBanner::retryRequested, this, [this] {
        if (m_reconnector)
            m_reconnector->retryNow();
        if (m_writes)
            m_writes->retryNow();
    });
}

WritePath::~WritePath() = default;

void WritePath::retranslate()
{
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_savedLabel->setAccessibleName(tr("Save state"));
}

QUndoStack *WritePath::undoStack() const
{
    return m_history->stack();
}

void WritePath::shutDown()
{
    m_history->setQueue(nullptr);
    m_writes.reset(); // waits for the write on its way; the ones behind it were asked about (closeEvent)
    m_reconnector.reset();
}

void WritePath::detach()
{
    m_history->setQueue(nullptr);
    m_writes.reset();
    m_reconnector.reset();
    // A lost connection to the previous database is no longer this window's concern.
    ui.connectionBanner->dismiss();
}

void WritePath::attach(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    m_writes = std::make_unique<WriteQueue>(m_database);
    m_history->setJournal(m_journal.get(), m_database->url().toString(false));
    m_reconnector = std::make_unique<Reconnector>(m_database);
    connect(m_reconnector.get(), &Reconnector::stillDown, ui.connectionBanner, &ConnectionBanner::showStillTrying);
    connect(m_reconnector.get(), &Reconnector::reconnected, this, &WritePath::onReconnected);
    connectQueue();
    showConnection(m_database->serverVersion());
}

void WritePath::connectQueue()
{
    m_writes->setObjectName(u"writeQueue"_s);
    connect(m_writes.get(), &WriteQueue::pendingChanged, this, &WritePath::updateWriteState);
    connect(m_writes.get(), &WriteQueue::faultChanged, this, &WritePath::onWriteFault);
    m_history->setQueue(m_writes.get());
}

void WritePath::showConnection(const QString &version)
{
    m_connectionLabel->setText(version.isEmpty() ? m_database->url().displayName()
                                                 : tr("%1 (%2)").arg(m_database->url().displayName(), version));
    m_connectionLabel->setToolTip(m_database->url().location());
}

void WritePath::submit(EditCommand *command, EditHistory::Done done)
{
    m_history->submit(command, [this, done = std::move(done)](const Result<EditOutcome> &result) {
        done(result);
        updateWriteState();
    });
    updateWriteState();
}

void WritePath::updateWriteState()
{
    if (m_writes && !m_writes->fault().isEmpty() && m_writes->pendingCount() > 0)
        ui.connectionBanner->showWaiting(m_writes->fault(), m_writes->pendingCount()); // the count follows
    emit stateChanged();
}

void WritePath::onWriteFault(const QString &message)
{
    if (message.isEmpty()) {
        ui.connectionBanner->dismiss();
        return;
    }
    // A state, not a question: the writes wait, in order, and are made by themselves once the database answers (the
    // status bar's save state says so too).
    ui.connectionBanner->showWaiting(message, m_writes->pendingCount());
    emit stateChanged();
}

bool WritePath::settlePending()
{
    if (!m_writes || m_writes->pendingCount() == 0)
        return true;
    // A save made a moment ago is usually answered in milliseconds: give it that, with the window answering.
    if (m_writes->fault().isEmpty() && m_writes->waitForIdle(1500))
        return true;
    switch (Questions::pendingWrites(m_window, m_writes->pendingDescriptions(), m_writes->fault())) {
    case Questions::PendingAnswer::Wait: {
        // Until they are saved (by the queue's own retries, or "Retry now" in the banner behind) or the person stops
        // waiting; the window keeps answering meanwhile.
        QProgressDialog progress(tr("Waiting for the changes to be saved…"), tr("Stop waiting"), 0, 0, m_window);
        progress.setObjectName(u"waitForWritesDialog"_s);
        progress.setWindowTitle(tr("Saving"));
        progress.setMinimumDuration(0);
        connect(m_writes.get(), &WriteQueue::pendingChanged, &progress, [&progress](int count) {
            if (count == 0)
                progress.accept();
        });
        if (m_writes->pendingCount() == 0)
            return true;
        return progress.exec() == QDialog::Accepted && m_writes->pendingCount() == 0;
    }
    case Questions::PendingAnswer::Drop:
        m_history->setQueue(nullptr);
        m_writes.reset();
        m_writes = std::make_unique<WriteQueue>(m_database);
        connectQueue();
        return true;
    case Questions::PendingAnswer::Cancel:
        break;
    }
    return false;
}

void WritePath::offerLeftOver(const EditHistory::Done &done)
{
    const QString database = m_database->url().toString(false);
    const QList<WriteJournal::Entry> left = m_journal->leftOver(database);
    if (left.isEmpty())
        return;
    QStringList what;
    for (const WriteJournal::Entry &entry : left)
        what << entry.what;
    switch (Questions::replayWrites(m_window, what)) {
    case Questions::ReplayAnswer::Replay:
        // In order, through the write queue like any edit: each meets the usual conflict check (a row someone else
        // changed since is refused and said so, never overwritten).
        for (const WriteJournal::Entry &entry : left) {
            if (EditCommand *command = EditCommand::fromJson(entry.edit, entry.what))
                submit(command, done);
        }
        m_journal->forgetLeftOver(database); // in this run's own journal now
        m_window->statusBar()->showMessage(tr("Saving %n change(s) from the last session.", nullptr, int(left.size())),
                                           6000);
        break;
    case Questions::ReplayAnswer::Discard:
        m_journal->forgetLeftOver(database);
        break;
    case Questions::ReplayAnswer::Later:
        break;
    }
}

bool WritePath::waitForWrites(int msecs)
{
    return !m_writes || m_writes->waitForIdle(msecs);
}

bool WritePath::waitBeforeStep()
{
    return m_writes->fault().isEmpty() && m_writes->waitForIdle(2000);
}

void WritePath::showConnectionLost(const QString &message)
{
    ui.connectionBanner->showLost(message);
    m_connectionLabel->setText(tr("Disconnected"));
    m_reconnector->start(); // tries on its own worker until the server answers
}

void WritePath::onReconnected(const QString &version)
{
    ui.connectionBanner->dismiss();
    showConnection(version);
    m_window->statusBar()->showMessage(tr("Reconnected to %1.").arg(m_database->url().location()), 5000);
    emit reconnected();
    m_writes->retryNow(); // writes waiting for the server: now, not at their next try
}

void WritePath::setDatabaseFault(const QString &message)
{
    m_databaseFault = message;
    emit stateChanged();
}

void WritePath::databaseAnswered()
{
    if (m_databaseFault.isEmpty())
        return;
    m_databaseFault.clear();
    emit stateChanged();
}

bool WritePath::showSaveState(bool unsaved)
{
    const int writing = m_writes ? m_writes->pendingCount() : 0;
    if (unsaved)
        m_savedLabel->setText(tr("Unsaved changes"));
    else if (writing > 0 && m_writes && !m_writes->fault().isEmpty())
        m_savedLabel->setText(tr("Waiting for the database: %n change(s) not saved yet", nullptr, writing));
    else if (writing > 0)
        m_savedLabel->setText(tr("Saving %n change(s)…", nullptr, writing));
    else if (!m_databaseFault.isEmpty())
        m_savedLabel->setText(tr("Database error: changes may not be saved"));
    else
        m_savedLabel->setText(tr("All changes saved"));
    m_savedLabel->setToolTip(writing > 0 ? m_writes->pendingDescriptions().join(u'\n') : m_databaseFault);
    return unsaved || writing > 0; // a change on its way is not in the database yet either
}
