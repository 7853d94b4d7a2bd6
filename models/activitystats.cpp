#include "activitystats.h"

#include "database.h"
#include "sqlrun_p.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// SQLite counts by the week of createdAt, a whole number that grows by one each Monday 00:00 UTC, read back as that
// Monday; MariaDB/MySQL by its day, and the days are added up into their weeks here. The expressions cost one call
// per row, on the column as the Sequelize application stores it:
//
// MariaDB/MySQL: a DATETIME holding UTC (the application's default timezone '+00:00'; our sessions run in UTC, and a
// DATETIME has no zone to convert anyway). TO_DAYS counts days from year 0 (proleptic Gregorian, as QDate is):
// grouping by it alone used about a tenth less of the server's CPU than by the week computed from it,
// (TO_DAYS(createdAt) + 5) DIV 7, whose two more operations per row cost more than the few more rows (at most seven
// a week) that come back.
const QString mysqlDay = u"TO_DAYS(createdAt)"_s;
QDate mysqlDayToMonday(qint64 day)
{
    static const QDate epoch(1970, 1, 1);
    const QDate date = epoch.addDays(day - 719528); // TO_DAYS('1970-01-01') = 719528
    return date.addDays(1 - date.dayOfWeek()); // Monday is 1
}
// SQLite: text like "2026-12-01 12:32:15.211 +00:00" (Sequelize's SQLite dialect; Tutorial Desk writes the same).
// unixepoch() reads it with its offset, so a row written with another timezone setting ("… +02:00") still counts in
// its UTC week, which cutting the date out of the text would not do. Seconds are shifted so that Mondays fall on
// multiples of a week and every date from year 0 on is positive (SQLite's integer division truncates toward zero):
// 62169465600 = 102794 weeks less 4 days, and 1970-01-05, a Monday, is 4 days after the epoch.
const QString sqliteWeek = u"(unixepoch(createdAt) + 62169465600) / 604800"_s;
constexpr qint64 sqliteWeekToEpochDay(qint64 week)
{
    return week * 7 - 62169465600 / 86400;
}
static_assert(sqliteWeekToEpochDay((345600 + 62169465600) / 604800) == 4); // 1970-01-05, a Monday
QDate sqliteWeekToMonday(qint64 week)
{
    static const QDate epoch(1970, 1, 1);
    return epoch.addDays(sqliteWeekToEpochDay(week));
}

// The rows of (week or day, count) added up into weeks that begin on a Monday, oldest first.
Result<QList<WeekCount>> readWeeks(Database &database, const QString &statement, const QVariantList &values,
                                   const QString &what, QDate (*mondayOf)(qint64))
{
    QMap<QDate, qint64> counts;
    auto read = Sql::select(database, statement, values, what, [&](const QSqlQuery &query) {
        if (query.isNull(0))
            return; // a createdAt the database cannot read as a time: it belongs to no week
        counts[mondayOf(query.value(0).toLongLong())] += query.value(1).toLongLong();
    });
    if (!read)
        return read.error();
    QList<WeekCount> weeks;
    weeks.reserve(counts.size());
    for (auto i = counts.cbegin(); i != counts.cend(); ++i)
        weeks.append({i.key(), i.value()});
    return weeks;
}

} // namespace

Result<QList<WeekCount>> ActivityStats::commentsPerWeek(const CommentScope &scope, const CommentIdSpan &ids)
{
    QString what;
    QStringList conditions;
    QVariantList values;
    switch (scope.kind) {
    case CommentScope::Kind::Tutorial:
        what = tr("Counting the comments of tutorial %1 per week failed").arg(scope.tutorialId);
        conditions << u"tutorialId = ?"_s; // the tutorialId index: only this tutorial's rows are read
        values << scope.tutorialId;
        break;
    case CommentScope::Kind::Unassigned:
        what = tr("Counting the unassigned comments per week failed");
        conditions << u"tutorialId IS NULL"_s;
        break;
    case CommentScope::Kind::All:
        what = tr("Counting the comments per week failed");
        break;
    }
    // A range of the primary key: only that part of the table is read.
    if (ids.after) {
        conditions << u"id > ?"_s;
        values << *ids.after;
    }
    if (ids.upTo) {
        conditions << u"id <= ?"_s;
        values << *ids.upTo;
    }
    // SQLite needs a WHERE before an upsert's ON CONFLICT (else it reads ON as a join's); "1" where none is asked.
    const QString where = u" WHERE "_s + (conditions.isEmpty() ? u"1"_s : conditions.join(u" AND "_s));
    return m_database.isMySql() ? weeksOnMySql(where, values, what) : weeksOnSqlite(where, values, what);
}

// ORDER BY NULL: the few thousand days at most are sorted here. The server groups in a temporary table keyed by day
// (a lookup per row); most of the time is the scan itself.
Result<QList<WeekCount>> ActivityStats::weeksOnMySql(const QString &where, const QVariantList &values,
                                                     const QString &what)
{
    const QString statement = u"SELECT "_s + mysqlDay + u" AS day, COUNT(*) FROM comments"_s + where
            + u" GROUP BY day ORDER BY NULL"_s;
    return readWeeks(m_database, statement, values, what, mysqlDayToMonday);
}

// SQLite has no hash aggregate: GROUP BY sorts every row first, which cost 60% of the time at a million comments.
// Instead each row adds one to its week's row in a small table of this connection's own (TEMP: nothing is written to
// the database, and it works on a read-only file), an upsert on its primary key. A createdAt that SQLite cannot read
// as a time belongs to no week: -1 (every real week is positive), and never NULL, which an INTEGER PRIMARY KEY would
// replace by a new number.
Result<QList<WeekCount>> ActivityStats::weeksOnSqlite(const QString &where, const QVariantList &values,
                                                      const QString &what)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString count = u"INSERT INTO temp.activity_weeks (week, n) SELECT coalesce("_s + sqliteWeek
            + u", -1), 1 FROM comments"_s + where + u" ON CONFLICT (week) DO UPDATE SET n = n + 1"_s;
    const std::pair<QString, bool> steps[] = {
            // In memory: in a temporary file, its journal made the upsert half as slow again. This connection's own
            // setting (the worker's), and a no-op once set.
            {u"PRAGMA temp_store = MEMORY"_s, false},
            {u"CREATE TEMP TABLE IF NOT EXISTS activity_weeks (week INTEGER PRIMARY KEY, n INTEGER NOT NULL)"_s, false},
            {u"DELETE FROM temp.activity_weeks"_s, false}, // left over if an earlier count failed half-way
            {count, true},
    };
    for (const auto &[step, bound] : steps) {
        if (auto done = Sql::run(m_database, *db, step, bound ? values : QVariantList(), what); !done)
            return done.error();
    }
    auto weeks = readWeeks(m_database, u"SELECT week, n FROM temp.activity_weeks WHERE week >= 0"_s, {}, what,
                           sqliteWeekToMonday);
    if (!weeks)
        return weeks;
    // A few hundred rows at most; freed now.
    if (auto done = Sql::run(m_database, *db, u"DELETE FROM temp.activity_weeks"_s, {}, what); !done)
        return done.error();
    return weeks;
}

Result<std::pair<qint64, qint64>> ActivityStats::commentIdBounds()
{
    const QString what = tr("Counting the comments per week failed");
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    const QString statement = u"SELECT MIN(id), MAX(id) FROM comments"_s;
    if (!query.exec(statement) || !query.next())
        return m_database.errorFrom(query.lastError(), what, statement);
    return std::pair(query.value(0).toLongLong(), query.value(1).toLongLong());
}

QList<CommentIdSpan> ActivityStats::idParts(qint64 first, qint64 last, int parts)
{
    QList<CommentIdSpan> spans;
    const qint64 width = std::max<qint64>(0, last - first + 1);
    std::optional<qint64> after; // the first part: no lower bound
    for (int i = 1; i < parts; ++i) {
        // first - 1 + width * i / parts, without the product
        const qint64 upTo = first - 1 + width / parts * i + width % parts * i / parts;
        spans.append({after, upTo});
        after = upTo;
    }
    spans.append({after, std::nullopt});
    return spans;
}

QList<WeekCount> ActivityStats::merged(const QList<WeekCount> &a, const QList<WeekCount> &b)
{
    QList<WeekCount> out;
    out.reserve(a.size() + b.size());
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() || j != b.cend()) {
        if (j == b.cend() || (i != a.cend() && i->monday < j->monday)) {
            out.append(*i++);
        } else if (i == a.cend() || j->monday < i->monday) {
            out.append(*j++);
        } else {
            out.append({i->monday, i->comments + j->comments});
            ++i;
            ++j;
        }
    }
    return out;
}

Result<QList<TutorialCommentCount>> ActivityStats::mostCommented(int limit)
{
    const QString what = tr("Finding the tutorials with the most comments failed");
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    // Counted along the tutorialId index alone (no table rows read); only the few tutorials kept are joined.
    const QString statement = u"SELECT t.id, t.title, c.n FROM (SELECT tutorialId, COUNT(*) AS n FROM comments "
                              "WHERE tutorialId IS NOT NULL GROUP BY tutorialId ORDER BY n DESC, tutorialId LIMIT ?) c "
                              "JOIN tutorials t ON t.id = c.tutorialId ORDER BY c.n DESC, t.id"_s;
    query.prepare(statement);
    query.addBindValue(limit);
    if (!query.exec())
        return m_database.errorFrom(query.lastError(), what, statement);
    QList<TutorialCommentCount> tutorials;
    while (query.next()) {
        tutorials.append({query.value(0).toLongLong(),
                          query.isNull(1) ? QString() : query.value(1).toString(),
                          query.value(2).toLongLong()});
    }
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError(), what, statement);
    return tutorials;
}

Result<QString> ActivityStats::titleOf(qint64 tutorialId)
{
    const QString what = tr("Reading the title of tutorial %1 failed").arg(tutorialId);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    const QString statement = u"SELECT title FROM tutorials WHERE id = ?"_s;
    query.prepare(statement);
    query.addBindValue(tutorialId);
    if (!query.exec())
        return m_database.errorFrom(query.lastError(), what, statement);
    if (!query.next()) {
        if (query.lastError().isValid())
            return m_database.errorFrom(query.lastError(), what, statement);
        return Error::notFound(tr("Tutorial %1 does not exist.").arg(tutorialId));
    }
    return query.isNull(0) ? QString() : query.value(0).toString();
}
