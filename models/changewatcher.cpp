#include "changewatcher.h"

#include "database.h"
#include "dbworker.h"

#include <atomic>

// One check after another, on the worker, each comparing with what the last one read.
class ChangeWatcher::Checker
{
public:
    Changes check(TutorialService &service, const Shown &shown)
    {
        if (!service.database().isMySql())
            return checkDataVersion(service);
        const bool first = !m_maxIds;
        m_askActivity = false;
        if (!first && serverStill(service))
            return {};
        const Gate gate = passGate(service);
        if (!first && !gate.moved)
            return {};
        ++m_fullChecks;
        m_expectedCount.reset(); // the statements of the full check move the count on too: the next check asks again
        Changes changes;
        // A table changed: what changed off screen too (a tutorial deleted or renamed, a comment deleted or moved
        // between tutorials not shown) can only be found by reading the list and the counts again.
        if (!first && gate.stamped)
            changes |= Changes(ListChanged | CountsChanged);
        return changes | compareShown(service, shown);
    }

private:
    // SQLite: every commit of another connection changes the data version: anything may have changed.
    Changes checkDataVersion(TutorialService &service)
    {
        Changes changes;
        auto version = service.dataVersion();
        if (!version)
            return changes; // a busy or missing file: tried again at the next check
        if (m_version && *m_version != *version)
            changes = Changes(ListChanged | TutorialChanged | CommentsChanged | CountsChanged);
        m_version = *version;
        return changes;
    }

    // MariaDB: nothing at all can have changed since the last gate, told without a statement: the server's count of
    // statements stands where that gate left it (no client has sent one since; a cluster's or replica's appliers
    // move it too), and the last two gates found nothing else running that could commit later. Two, because the
    // order in which the server reads the activity and the stamps within one statement is its own: a statement that
    // committed between the two readings is seen by the next gate. Otherwise the gate that follows asks for the
    // activity too.
    // Where it keeps moving (other clients at work; several idle windows on one server, which move it for each other
    // with their gates), asking costs more than it saves: when it moved twice within ChecksBetweenMoves checks, it is
    // not asked for RestChecks checks (the gate alone, as without it), then asked once to see.
    bool serverStill(TutorialService &service)
    {
        const quint64 serial = service.database().connectionSerial();
        if (serial != m_countSerial) { // a new connection (a lost one, a failover): nothing known of this one
            m_countSerial = serial;
            m_countUnusable = false;
            m_expectedCount.reset();
            m_quietGates = 0;
            m_activeGates = 0;
            m_checksSinceMove = ChecksBetweenMoves;
            m_restChecks = 0;
        }
        if (m_countUnusable)
            return false;
        if (m_restChecks > 0) {
            if (--m_restChecks == 0)
                m_checksSinceMove = 0; // tried once after the rest: moved again, another rest
            return false;
        }
        const auto count = service.statementCount();
        if (!count || (m_expectedCount && *count < *m_expectedCount)) {
            m_countUnusable = true; // another server, or a count that did not move with the last gate
            return false;
        }
        const bool still = m_expectedCount && *count == *m_expectedCount;
        if (still && m_quietGates >= 2) {
            ++m_checksByCount;
            ++m_checksSinceMove;
            return true;
        }
        if (!still && m_expectedCount) {
            // Moved again within a few checks: each move costs three gates with the activity before the count
            // answers alone again, more than the gate alone would.
            if (m_checksSinceMove < ChecksBetweenMoves) {
                m_restChecks = RestChecks;
                m_expectedCount.reset();
                m_quietGates = 0;
                return false;
            }
            m_checksSinceMove = 0;
        } else {
            ++m_checksSinceMove;
        }
        m_askActivity = true;
        m_stillBeforeGate = still;
        m_count = *count;
        return false;
    }
    static constexpr int ChecksBetweenMoves = 8;
    static constexpr int ActiveGatesBeforeRest = 4;
    static constexpr int RestChecks = 20;

    struct Gate
    {
        bool moved = true; // either table changed since the last check (or it cannot be told)
        bool stamped = false; // the server said when its tables last changed
    };
    // The gate: when did either table last change? Unchanged since the last check, nothing else is asked.
    Gate passGate(TutorialService &service)
    {
        const quint64 serial = service.database().connectionSerial();
        auto tables = service.tableStamps(m_askActivity);
        ++m_gates;
        if (tables && m_askActivity && tables->othersActive >= 0) {
            m_expectedCount = m_count + 1; // this gate's own statement
            m_quietGates = m_stillBeforeGate && tables->othersActive == 0 ? m_quietGates + 1 : 0;
            // Something that may commit later all along (a Galera cluster's appliers, a replica's, a long import):
            // the count cannot answer alone meanwhile, and asking it costs more than it saves.
            m_activeGates = m_stillBeforeGate && tables->othersActive > 0 ? m_activeGates + 1 : 0;
            if (m_activeGates >= ActiveGatesBeforeRest) {
                m_activeGates = 0;
                m_restChecks = RestChecks;
                m_expectedCount.reset();
            }
        } else {
            m_expectedCount.reset();
            m_quietGates = 0;
        }
        Gate gate;
        if (tables && m_tables && serial == m_serial) {
            // The stamps are whole seconds: a commit in the same second as the last check, after it, leaves the stamp
            // as that check read it. So a stamp in the second of the last check counts as a change once more.
            const auto moved = [this](qint64 now, qint64 before) {
                return now != before || (now >= 0 && now >= m_tables->now);
            };
            gate.moved = moved(tables->tutorials, m_tables->tutorials) || moved(tables->comments, m_tables->comments);
        }
        gate.stamped = bool(tables);
        if (tables) {
            m_tables = *tables;
            m_serial = serial;
        } else {
            m_tables.reset(); // this server cannot say (or the connection went): the full check every time
        }
        return gate;
    }

    // The rows the window shows, against their stamps now: new, deleted and changed ones.
    Changes compareShown(TutorialService &service, const Shown &shown)
    {
        Changes changes;
        QList<qint64> ids;
        for (const auto &row : shown.tutorials)
            ids.append(row.id);
        if (shown.tutorial && !ids.contains(shown.tutorial->id))
            ids.prepend(shown.tutorial->id);
        QList<qint64> commentIds;
        for (const auto &row : shown.comments)
            commentIds.append(row.id);
        auto stamps = service.changeStamps(ids, commentIds, shown.tutorial ? shown.tutorial->id : 0);
        if (!stamps)
            return changes; // a lost server: the window's own reads say so; tried again at the next check
        if (m_maxIds && *m_maxIds != stamps->maxIds) // a new tutorial, or a new comment (maybe in the shown tutorial)
            changes |= Changes(ListChanged | CommentsChanged | CountsChanged);
        m_maxIds = stamps->maxIds;
        return changes | compareTutorials(*stamps, shown) | compareComments(*stamps, shown);
    }

    static Changes compareTutorials(const TutorialService::ChangeStamps &stamps, const Shown &shown)
    {
        Changes changes;
        QHash<qint64, TutorialService::RowStamp> now;
        for (const auto &stamp : std::as_const(stamps.tutorials))
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
            if (it != now.cend() && shown.tutorial->detail >= 0 && stamps.commentCount != shown.tutorial->detail)
                changes |= Changes(CommentsChanged | ListChanged | CountsChanged); // a comment moved in or out, deleted
        }
        return changes;
    }

    static Changes compareComments(const TutorialService::ChangeStamps &stamps, const Shown &shown)
    {
        Changes changes;
        QHash<qint64, TutorialService::RowStamp> comments;
        for (const auto &stamp : std::as_const(stamps.comments))
            comments.insert(stamp.id, stamp);
        for (const auto &row : shown.comments.mid(0, TutorialService::CommentSlots)) {
            const auto it = comments.constFind(row.id);
            if (it == comments.cend() || *it != row)
                changes |= Changes(CommentsChanged | ListChanged | CountsChanged);
        }
        return changes;
    }

    std::optional<qint64> m_version;
    std::optional<TutorialService::MaxIds> m_maxIds;
    std::optional<TutorialService::TableStamps> m_tables; // as the last check read them
    quint64 m_serial = 0; // the connection they were read on (another node after a failover: no comparing)
    // serverStill()'s: the count the last gate left (nullopt: compare with nothing), the gates in a row that found it
    // still and nothing else running, or still and something running, the checks since it last moved, the checks
    // left without asking it.
    quint64 m_countSerial = 0;
    bool m_countUnusable = false;
    std::optional<quint64> m_expectedCount;
    quint64 m_count = 0;
    bool m_askActivity = false;
    bool m_stillBeforeGate = false;
    int m_quietGates = 0;
    int m_activeGates = 0;
    int m_checksSinceMove = ChecksBetweenMoves;
    int m_restChecks = 0;
public:
    std::atomic<int> m_fullChecks{0};
    std::atomic<int> m_gates{0};
    std::atomic<int> m_checksByCount{0};
};

ChangeWatcher::ChangeWatcher(const DatabaseUrl &url, QObject *parent)
    : QObject(parent), m_checker(std::make_shared<Checker>()),
      m_worker(std::make_unique<DbWorker>(std::make_shared<Database>(url), QStringLiteral("change watcher")))
{
    qRegisterMetaType<ChangeWatcher::Changes>();
    m_timer.setSingleShot(false);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
}

ChangeWatcher::~ChangeWatcher() = default; // m_worker waits for a check on its way

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
    m_worker->run([checker = m_checker, shown](TutorialService &service) { return checker->check(service, shown); },
                  [this](Changes changes) { onChecked(changes); });
}

int ChangeWatcher::fullChecksDone() const
{
    return m_checker->m_fullChecks.load();
}

int ChangeWatcher::gatesRun() const
{
    return m_checker->m_gates.load();
}

int ChangeWatcher::checksByStatementCount() const
{
    return m_checker->m_checksByCount.load();
}

void ChangeWatcher::onChecked(Changes changes)
{
    m_checking = false;
    ++m_checksDone;
    if (changes)
        emit changed(changes);
}
