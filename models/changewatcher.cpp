#include "changewatcher.h"

#include "database.h"

#include <QMetaObject>

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

void ChangeWatcher::onChecked(Changes changes)
{
    m_checking = false;
    ++m_checksDone;
    if (changes)
        emit changed(changes);
}
