#include "changewatcher.h"

#include "database.h"

#include <QMetaObject>

#include <atomic>
#include <memory>

class ChangeWatcher::Worker : public QObject
{
public:
    explicit Worker(const DatabaseUrl &url) : m_url(url) { }

    Changes check(const Shown &shown)
    {
        if (!m_database) {
            m_database = std::make_unique<Database>(m_url);
            m_service = std::make_unique<TutorialService>(*m_database);
        }
        Changes changes;
        if (!m_url.isMySql()) {
            // Every commit of another connection changes it: anything may have changed.
            auto version = m_service->dataVersion();
            if (!version)
                return changes; // a busy or missing file: tried again at the next check
            if (m_version && *m_version != *version)
                changes = Changes(ListChanged | TutorialChanged | CommentsChanged | CountsChanged);
            m_version = *version;
            return changes;
        }
        // The gate: when did either table last change? Unchanged since the last check, nothing else is asked.
        const quint64 serial = m_database->connectionSerial();
        auto tables = m_service->tableStamps();
        bool tutorialsMoved = true;
        bool commentsMoved = true;
        if (tables && m_tables && serial == m_serial) {
            // The stamps are whole seconds: a commit in the same second as the last check, after it, leaves the stamp
            // as that check read it. So a stamp in the second of the last check counts as a change once more.
            const auto moved = [this](qint64 now, qint64 before) {
                return now != before || (now >= 0 && now >= m_tables->now);
            };
            tutorialsMoved = moved(tables->tutorials, m_tables->tutorials);
            commentsMoved = moved(tables->comments, m_tables->comments);
        }
        const bool first = !m_maxIds;
        if (tables) {
            m_tables = *tables;
            m_serial = serial;
        } else {
            m_tables.reset(); // this server cannot say (or the connection went): the full check every time
        }
        if (!first && !tutorialsMoved && !commentsMoved)
            return changes;
        ++m_fullChecks;
        // A table changed: what changed off screen too (a tutorial deleted or renamed, a comment deleted or moved
        // between tutorials not shown) can only be found by reading the list and the counts again.
        if (!first && tables && (tutorialsMoved || commentsMoved))
            changes |= Changes(ListChanged | CountsChanged);

        QList<qint64> ids;
        for (const auto &row : shown.tutorials)
            ids.append(row.id);
        if (shown.tutorial && !ids.contains(shown.tutorial->id))
            ids.prepend(shown.tutorial->id);
        QList<qint64> commentIds;
        for (const auto &row : shown.comments)
            commentIds.append(row.id);
        auto stamps = m_service->changeStamps(ids, commentIds, shown.tutorial ? shown.tutorial->id : 0);
        if (!stamps)
            return changes; // a lost server: the window's own reads say so; tried again at the next check
        if (m_maxIds && *m_maxIds != stamps->maxIds) // a new tutorial, or a new comment (maybe in the shown tutorial)
            changes |= Changes(ListChanged | CommentsChanged | CountsChanged);
        m_maxIds = stamps->maxIds;

        QHash<qint64, TutorialService::RowStamp> now;
        for (const auto &stamp : std::as_const(stamps->tutorials))
            now.insert(stamp.id, stamp);
        for (const auto &row : shown.tutorials.mid(0, TutorialService::TutorialSlots - 1)) {
            const auto it = now.constFind(row.id);
            if (it == now.cend())
                changes |= Changes(ListChanged | CountsChanged); // deleted
            else if (it->updatedAt != row.updatedAt)
                changes |= ListChanged; // renamed, or another description
        }
        if (shown.tutorial) {
            const auto it = now.constFind(shown.tutorial->id);
            if (it == now.cend())
                changes |= Changes(TutorialChanged | ListChanged | CountsChanged);
            else if (it->updatedAt != shown.tutorial->updatedAt)
                changes |= TutorialChanged;
            if (it != now.cend() && shown.tutorial->detail >= 0 && stamps->commentCount != shown.tutorial->detail)
                changes |= Changes(CommentsChanged | ListChanged | CountsChanged); // a comment moved in or out, deleted
        }
        QHash<qint64, TutorialService::RowStamp> comments;
        for (const auto &stamp : std::as_const(stamps->comments))
            comments.insert(stamp.id, stamp);
        for (const auto &row : shown.comments.mid(0, TutorialService::CommentSlots)) {
            const auto it = comments.constFind(row.id);
            if (it == comments.cend() || *it != row)
                changes |= Changes(CommentsChanged | ListChanged | CountsChanged);
        }
        return changes;
    }

    void shutdown()
    {
        m_service.reset();
        if (m_database)
            m_database->closeThreadConnection();
        m_database.reset();
    }

private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service;
    std::optional<qint64> m_version;
    std::optional<TutorialService::MaxIds> m_maxIds;
    std::optional<TutorialService::TableStamps> m_tables; // as the last check read them
    quint64 m_serial = 0; // the connection they were read on (another node after a failover: no comparing)
public:
    std::atomic<int> m_fullChecks{0};
};

ChangeWatcher::ChangeWatcher(const DatabaseUrl &url, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ChangeWatcher::Changes>();
    m_worker = new Worker(url);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("change watcher"));
    m_thread.start();
    m_timer.setSingleShot(false);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
}

ChangeWatcher::~ChangeWatcher()
{
    m_timer.stop();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void ChangeWatcher::setInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    if (m_interval == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_interval);
    checkNow(); // the first check sets what the next ones compare with
}

void ChangeWatcher::checkNow()
{
    if (m_checking)
        return; // a slow server: one check at a time
    m_checking = true;
    const Shown shown = m_shown ? m_shown() : Shown{};
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker,
            [this, worker, shown] {
                const Changes changes = worker->check(shown);
                QMetaObject::invokeMethod(this, [this, changes] { onChecked(changes); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

int ChangeWatcher::fullChecksDone() const
{
    return m_worker->m_fullChecks.load();
}

void ChangeWatcher::onChecked(Changes changes)
{
    m_checking = false;
    ++m_checksDone;
    if (changes)
        emit changed(changes);
}
