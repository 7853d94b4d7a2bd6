#include "database.h"
#include "dbworker.h"
#include "nativehandle_p.h"
#include "sqliteorder_p.h"
#include "sqlrun_p.h"
#include "tablestampstatement_p.h"
#include "tutorialservice.h"
#include "tutorialsql_p.h"

#include <QHash>

#include <algorithm>
#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace TutorialSql;

// The service's reads for the window's lists: the tutorial list a page (or an id) at a time, a tutorial's comments,
// and the cheap checks that tell a window another program changed something.

namespace {

QString commentsOf(std::optional<qint64> tutorialId)
{
    return tutorialId ? TutorialService::tr("Reading the comments of tutorial %1 failed").arg(*tutorialId)
                      : TutorialService::tr("Reading the unassigned comments failed");
}

} // namespace

QString TutorialService::summaryOrderKey(SummarySort sort) const
{
    // The ORDER BY column comes from the enum, never from text.
    switch (sort) {
    case SummarySort::Title:
        return titleOrder(m_database);
    case SummarySort::CreatedAt:
        return u"t.createdAt"_s;
    case SummarySort::UpdatedAt:
        break;
    case SummarySort::CommentCount:
        return u"COALESCE(cc.n, 0)"_s; // summaryJoin()'s
    }
    return u"t.updatedAt"_s;
}

QString TutorialService::summaryOrderBy(SummarySort sort, bool descending) const
{
    return u" ORDER BY %1 %2, t.id %2"_s.arg(summaryOrderKey(sort), descending ? u"DESC"_s : u"ASC"_s);
}

QString TutorialService::summaryJoin(SummarySort sort)
{
    return sort == SummarySort::CommentCount ? QString::fromLatin1(commentCountJoin) : QString();
}

Result<QList<TutorialSummary>> TutorialService::selectSummaries(const QString &statement, const QVariantList &values)
{
    const QString what = tr("Reading the tutorial list failed");
    QList<TutorialSummary> summaries;
    QHash<qint64, qsizetype> place;
    auto read = select(statement, values, what, [&](const QSqlQuery &query) {
        summaries.append(summaryAt(query));
        place.insert(summaries.last().id, summaries.size() - 1);
    });
    if (!read)
        return read.error();
    if (summaries.isEmpty())
        return summaries;
    // The rows' comment counts in one statement: by the tutorialId index where there is one, else one scan.
    QList<qint64> ids;
    ids.reserve(summaries.size());
    for (const TutorialSummary &summary : std::as_const(summaries))
        ids.append(summary.id);
    auto counted = select(QLatin1String(commentCountsOf) + u'(' + idPlaceholders(ids.size()) + u") GROUP BY tutorialId"_s,
                          TutorialSql::ids(ids), what, [&](const QSqlQuery &query) {
                              summaries[place.value(query.value(0).toLongLong())].commentCount
                                  = query.value(1).toLongLong();
                          });
    if (!counted)
        return counted.error();
    return summaries;
}

Result<QList<TutorialSummary>> TutorialService::findTutorialSummaries(const SummaryQuery &request)
{
    QString statement = sql(summaries) + summaryJoin(request.sort);
    QVariantList values;
    if (!request.search.isEmpty()) {
        auto contains = searchCondition(request.search, values);
        if (!contains)
            return contains.error();
        statement += u" WHERE "_s + *contains;
    }
    statement += summaryOrderBy(request.sort, request.descending) + u" LIMIT ? OFFSET ?"_s;
    values << qMax(0, request.limit) << qMax<qint64>(0, request.offset);
    return selectSummaries(statement, values);
}

Result<QList<TutorialSummary>> TutorialService::findTutorialSummariesByIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<TutorialSummary>();
    return selectSummaries(sql(summaries) + u" WHERE t.id IN ("_s + idPlaceholders(ids.size()) + u')',
                           TutorialSql::ids(ids));
}

Result<QList<qint64>> TutorialService::findTutorialOrder(const SummaryQuery &request,
                                                         const std::optional<QList<qint64>> &within)
{
    if (within && within->isEmpty())
        return QList<qint64>(); // nothing matched before: nothing can now
    if (within && within->size() > MaxWithin)
        return findTutorialOrder(request);
    if (!within && !request.search.isEmpty() && m_database.isMySql()) {
        auto found = searchInHalves(request);
        if (!found)
            return found.error();
        if (*found)
            return std::move(**found);
    }
    QStringList conditions;
    QVariantList values;
    if (within) {
        conditions << u"t.id IN ("_s + idPlaceholders(within->size()) + u")"_s;
        values = TutorialSql::ids(*within);
    }
    if (!request.search.isEmpty()) {
        auto contains = searchCondition(request.search, values);
        if (!contains)
            return contains.error();
        conditions << *contains;
    }
    const QString from = u" FROM tutorials t"_s + summaryJoin(request.sort)
        + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s));
    const QString what = tr("Reading the tutorial list failed");
    if (m_database.isSqlite()) {
        auto sorted = sqliteOrder(from, values, request, within);
        if (!sorted)
            return sorted.error();
        if (*sorted)
            return std::move(**sorted);
    }
    QList<qint64> order;
    auto read = select(u"SELECT t.id"_s + from + summaryOrderBy(request.sort, request.descending), values, what,
                       [&order](const QSqlQuery &query) { order.append(query.value(0).toLongLong()); });
    if (!read)
        return read.error();
    return order;
}

namespace {

// A half's rows: ids in the half's order, and for a date order each row's date, as a number (whole seconds) or as
// fixed-width text (fractions).
struct Half
{
    QList<qint64> ids;
    QList<qint64> numbers;
    QStringList texts;
};

Result<void> readHalf(Database &database, const QString &statement, const QVariantList &values, const QString &what,
                      TutorialService::DateKey key, Half &half)
{
    using DateKey = TutorialService::DateKey;
    return Sql::select(database, statement, values, what, [&half, key](const QSqlQuery &query) {
        half.ids.append(query.value(0).toLongLong());
        if (key == DateKey::Number)
            half.numbers.append(query.value(1).toLongLong());
        else if (key == DateKey::Text)
            half.texts.append(query.value(1).toString());
    });
}

int compareKeys(const Half &a, qsizetype i, const Half &b, qsizetype j)
{
    if (!a.numbers.isEmpty() || !b.numbers.isEmpty()) {
        const qint64 x = a.numbers.at(i);
        const qint64 y = b.numbers.at(j);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    return a.texts.at(i).compare(b.texts.at(j));
}

// Two halves each in (key, id) order, merged into that order: the ids are disjoint, so (key, id) never ties.
QList<qint64> merged(const Half &a, const Half &b, bool descending)
{
    QList<qint64> ids;
    ids.reserve(a.ids.size() + b.ids.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.ids.size() && j < b.ids.size()) {
        const int byKey = compareKeys(a, i, b, j);
        const bool aFirst = byKey != 0 ? (byKey < 0) != descending : (a.ids.at(i) < b.ids.at(j)) != descending;
        ids.append(aFirst ? a.ids.at(i++) : b.ids.at(j++));
    }
    ids.append(a.ids.mid(i));
    ids.append(b.ids.mid(j));
    return ids;
}

} // namespace

Result<std::optional<QList<qint64>>> TutorialService::searchInHalves(const SummaryQuery &request)
{
    // MariaDB evaluates a statement's WHERE on one core; the LIKEs over every row are most of a search's time
    // (100,000 rows: ~40 of ~47 ms on the server). Two statements over the two halves of the primary key, on two
    // connections, run on two cores at once. The halves are "id <= middle" and "id > middle": together every id,
    // one that comes or goes meanwhile included, and none twice.
    using Found = std::optional<QList<qint64>>;
    if (m_parallelSearchFrom <= 0)
        return Found();
    // Only an order by a date: each half sorted on its server thread, with its dates in a form compared here as
    // ORDER BY compares them, and merged. By a title (a server collation's order) or a comment count (a join over
    // every comment), the halves would have to be ordered again by a second statement: measured, that cost more
    // than it saved whenever a little more than a couple of thousand rows match.
    auto dated = dateKey(request.sort);
    if (!dated)
        return dated.error();
    const DateKey dateKey = *dated;
    if (dateKey == DateKey::None)
        return Found();
    const QString what = tr("Reading the tutorial list failed");
    std::optional<std::pair<qint64, qint64>> bounds;
    auto read = select(u"SELECT MIN(id), MAX(id) FROM tutorials"_s, {}, what, [&bounds](const QSqlQuery &query) {
        if (!query.isNull(0))
            bounds = {query.value(0).toLongLong(), query.value(1).toLongLong()};
    });
    if (!read)
        return read.error();
    if (!bounds || bounds->second - bounds->first < m_parallelSearchFrom)
        return Found(); // small: one statement is as quick
    const qint64 middle = bounds->first + (bounds->second - bounds->first) / 2;
    QVariantList values;
    auto contains = searchCondition(request.search, values);
    if (!contains)
        return contains.error();
    values << middle;
    // Whole seconds: DATETIME + 0 is the number YYYYMMDDhhmmss, in the order ORDER BY compares (zero dates and
    // parts included), read without a string per row. Fractions (and TIMESTAMP): fixed-width text, "YYYY-MM-DD
    // HH:MM:SS" and the column's fraction digits, so text order is date order. NULL, which ORDER BY puts below every
    // date, below every key.
    const QString column = request.sort == SummarySort::CreatedAt ? u"t.createdAt"_s : u"t.updatedAt"_s;
    const QString key = dateKey == DateKey::Number ? u"COALESCE(%1 + 0, -1)"_s.arg(column)
                                                   : u"COALESCE(CAST(%1 AS CHAR), '')"_s.arg(column);
    const auto half = [&](const char *side) -> QString {
        return u"SELECT t.id, "_s + key + u" FROM tutorials t WHERE "_s + *contains + u" AND t.id "_s
            + QLatin1String(side) + u" ?"_s + summaryOrderBy(request.sort, request.descending);
    };
    if (!m_searchHelper)
        m_searchHelper
            = std::make_unique<DbWorker>(std::make_shared<Database>(m_database.url()), u"tutorial search helper"_s);
    auto lower = m_searchHelper->submit([statement = half("<="), values, what, dateKey](Database &database) {
        Half rows;
        auto read = readHalf(database, statement, values, what, dateKey, rows);
        return read ? std::optional<Half>(std::move(rows)) : std::nullopt; // its error: logged by Sql
    });
    Half upper;
    auto upperRead = readHalf(m_database, half(">"), values, what, dateKey, upper);
    std::optional<Half> found = lower.get(); // waited for, whatever this half's answer
    if (!upperRead || !found)
        return Found(); // the one statement: it reports an error that is still there
    return Found(merged(*found, upper, request.descending));
}

Result<TutorialService::DateKey> TutorialService::dateKey(SummarySort sort)
{
    if (sort != SummarySort::CreatedAt && sort != SummarySort::UpdatedAt)
        return DateKey::None;
    const QString column = sort == SummarySort::CreatedAt ? u"createdAt"_s : u"updatedAt"_s;
    if (auto known = m_dateKeys.constFind(column); known != m_dateKeys.cend())
        return *known;
    DateKey key = DateKey::None;
    auto read = select(u"SELECT DATA_TYPE, DATETIME_PRECISION FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                       "DATABASE() AND TABLE_NAME = 'tutorials' AND COLUMN_NAME = ?"_s,
                       {column}, tr("Reading the tutorial list failed"), [&key](const QSqlQuery &query) {
                           const QString type = query.value(0).toString().toLower();
                           if (type == u"datetime"_s)
                               key = query.value(1).toInt() == 0 ? DateKey::Number : DateKey::Text;
                           else if (type == u"timestamp"_s)
                               key = DateKey::Text; // TIMESTAMP + 0 is a number too, but shown in the session's zone
                       });
    if (!read)
        return read.error();
    m_dateKeys.insert(column, key);
    return key;
}

Result<QString> TutorialService::searchCondition(const QString &search, QVariantList &values)
{
    bool asciiBytes = false;
    if (m_database.isMySql()) {
        // The columns' character sets, read with their sizes (once per service: a window's is read when it opens).
        auto limits = m_validation.limits();
        if (!limits)
            return limits.error();
        asciiBytes = (*limits)->tutorialTextAsciiBytes;
    }
    TextSearch contains = textSearch(m_database, search, asciiBytes);
    values << contains.values;
    return contains.condition;
}

Result<std::optional<QList<qint64>>> TutorialService::sqliteOrder(const QString &from, const QVariantList &values,
                                                                  const SummaryQuery &request,
                                                                  const std::optional<QList<qint64>> &within)
{
    constexpr qint64 MaxExpectedRows = 1 << 21; // a sparse id range reserves no more than this
    // SQLite's sorter, and a QVariant per row on the way out, cost several times the scan itself (100,000 rows:
    // ~86 ms against ~20 ms): the (id, key) pairs are sorted here instead, in the same order.
    auto db = m_database.connection();
    if (!db)
        return db.error();
    sqlite3 *handle = nativeHandle<sqlite3>(*db, "sqlite3*", "sqlite3*");
    if (!handle)
        return std::optional<QList<qint64>>();
    SqliteOrder::Key key = SqliteOrder::Key::Text;
    switch (request.sort) {
    case SummarySort::Title:
        key = SqliteOrder::Key::SortKey; // td_sortkey(): the same function as the SQL order, so the same keys
        break;
    case SummarySort::CommentCount:
        key = SqliteOrder::Key::Integer;
        break;
    case SummarySort::CreatedAt:
    case SummarySort::UpdatedAt:
        // A schema may give the column a collation of its own (NOCASE): then SQL orders it.
        if (!SqliteOrder::isBinaryCollated(handle, "tutorials",
                                           request.sort == SummarySort::CreatedAt ? "createdAt" : "updatedAt"))
            return std::optional<QList<qint64>>();
        break;
    }
    // Room for every row at once: the highest id bounds their number where no row was deleted (one lookup).
    qsizetype expected = within ? within->size() : 0;
    if (!within) {
        auto highest = Sql::scalar(m_database, u"SELECT COALESCE(MAX(id), 0) FROM tutorials"_s, {},
                                   tr("Reading the tutorial list failed"));
        if (!highest)
            return highest.error();
        expected = qsizetype(std::clamp<qint64>(*highest, 0, MaxExpectedRows));
    }
    const QString statement = u"SELECT t.id, "_s + summaryOrderKey(request.sort) + from;
    SqliteOrder::Outcome outcome = SqliteOrder::read(handle, statement, values, key, request.descending, expected);
    if (outcome.error.type() != QSqlError::NoError)
        return m_database.errorFrom(outcome.error, tr("Reading the tutorial list failed"), statement);
    return std::move(outcome.ids);
}

Result<QList<Comment>> TutorialService::selectComments(const QString &statement, const QVariantList &values,
                                                       const QString &what)
{
    QList<Comment> comments;
    auto read = select(statement, values, what,
                       [&comments](const QSqlQuery &query) { comments.append(commentAt(query, 0, true)); });
    if (!read)
        return read.error();
    return comments;
}

Result<QList<Comment>> TutorialService::findComments(std::optional<qint64> tutorialId, qint64 afterId, int limit)
{
    // Keyset paging along the tutorialId index: no OFFSET scan, however deep the page.
    QVariantList values;
    if (tutorialId)
        values << *tutorialId;
    values << afterId << qMax(0, limit);
    return selectComments(sql(TutorialSql::comments) + u" WHERE "_s
                              + (tutorialId ? u"tutorialId = ?"_s : u"tutorialId IS NULL"_s)
                              + u" AND id > ? ORDER BY id LIMIT ?"_s,
                          values, commentsOf(tutorialId));
}

Result<QList<Comment>> TutorialService::findCommentsByIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<Comment>();
    return selectComments(sql(TutorialSql::comments) + u" WHERE id IN ("_s + idPlaceholders(ids.size()) + u')',
                          TutorialSql::ids(ids), tr("Reading the comments failed"));
}

Result<QList<qint64>> TutorialService::findCommentIds(std::optional<qint64> tutorialId)
{
    QVariantList values;
    if (tutorialId)
        values << *tutorialId;
    QList<qint64> ids;
    auto read = select(u"SELECT id FROM comments WHERE "_s
                           + (tutorialId ? u"tutorialId = ?"_s : u"tutorialId IS NULL"_s) + u" ORDER BY id"_s,
                       values, commentsOf(tutorialId),
                       [&ids](const QSqlQuery &query) { ids.append(query.value(0).toLongLong()); });
    if (!read)
        return read.error();
    return ids;
}

Result<qint64> TutorialService::dataVersion()
{
    return Sql::scalar(m_database, u"PRAGMA data_version"_s, {}, tr("Checking for changes failed"));
}

namespace {

// changeStamps()'s one statement, built once; its address is the key of the prepared statement on each connection.
const QByteArray &changeStampsStatement()
{
    static const QByteArray statement = []() -> QByteArray { // a QByteArray, not a string builder over `marks`
        const auto marks = [](int count) {
            QByteArray text;
            for (int i = 0; i < count; ++i)
                text += i ? ",?" : "?";
            return text;
        };
        return QByteArray("SELECT 0, (SELECT MAX(id) FROM tutorials), (SELECT MAX(id) FROM comments), "
                          "(SELECT COUNT(*) FROM comments WHERE tutorialId = ?) "
                          "UNION ALL SELECT 1, t.id, TS(t.updatedAt), 0 FROM tutorials t WHERE t.id IN (")
            + marks(TutorialService::TutorialSlots)
            + ") UNION ALL SELECT 2, c.id, TS(c.updatedAt), c.tutorialId FROM comments c WHERE c.id IN ("
            + marks(TutorialService::CommentSlots) + ")";
    }();
    return statement;
}

void readChangeStamp(const QSqlQuery &query, TutorialService::ChangeStamps &stamps)
{
    switch (query.value(0).toInt()) {
    case 0:
        stamps.maxIds = {query.value(1).toLongLong(), query.value(2).toLongLong()};
        stamps.commentCount = query.value(3).toLongLong();
        break;
    case 1:
        stamps.tutorials.append({query.value(1).toLongLong(), timestampAt(query, 2), 0});
        break;
    default:
        stamps.comments.append(
            {query.value(1).toLongLong(), timestampAt(query, 2), query.isNull(3) ? 0 : query.value(3).toLongLong()});
    }
}

} // namespace

Result<TutorialService::ChangeStamps>
TutorialService::changeStamps(const QList<qint64> &tutorialIds, const QList<qint64> &commentIds, qint64 countCommentsOf)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery &query = reusable(*db, changeStampsStatement().constData());
    query.bindValue(0, countCommentsOf);
    for (int i = 0; i < TutorialSlots; ++i)
        query.bindValue(1 + i, i < tutorialIds.size() ? tutorialIds.at(i) : qint64(0)); // 0: no row has it
    for (int i = 0; i < CommentSlots; ++i)
        query.bindValue(1 + TutorialSlots + i, i < commentIds.size() ? commentIds.at(i) : qint64(0));
    const QString what = tr("Checking for changes failed");
    if (!query.exec())
        return m_database.errorFrom(query.lastError(), what, query.lastQuery());
    ChangeStamps stamps;
    while (query.next())
        readChangeStamp(query, stamps);
    const QSqlError error = query.lastError();
    query.finish();
    if (error.type() != QSqlError::NoError)
        return m_database.errorFrom(error, what, query.lastQuery());
    return stamps;
}

Result<TutorialService::TableStamps> TutorialService::tableStamps(bool withActivity)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString what = tr("Checking for changes failed");
    const auto kind = withActivity ? TableStampStatement::Kind::StampsAndActivity : TableStampStatement::Kind::Stamps;
    // Sent every few seconds by an idle window: prepared once on this opening of the connection and executed again
    // through libmariadb, one command and no parsing each time (tablestampstatement_p.h says what that saves).
    const quint64 serial = m_database.connectionSerial();
    auto &statement = m_tableStampStatements.at(withActivity ? 1 : 0);
    if (!statement || statement->serial() != serial)
        statement = TableStampStatement::forConnection(*db, serial, kind);
    if (statement)
        return statement->read(m_database, what);
    // Another client library behind Qt's driver: the same statement as text.
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(TableStampStatement::sql(kind))) || !query.next())
        return m_database.errorFrom(query.lastError(), what, query.lastQuery());
    const int first = withActivity ? 1 : 0;
    TableStamps stamps;
    stamps.tutorials = query.isNull(first) ? -1 : query.value(first).toLongLong();
    stamps.comments = query.isNull(first + 1) ? -1 : query.value(first + 1).toLongLong();
    stamps.now = query.value(first + 2).toLongLong();
    if (withActivity)
        stamps.othersActive = query.isNull(0) || query.value(0).toLongLong() != 0 ? 1 : 0;
    query.finish();
    return stamps;
}

std::optional<quint64> TutorialService::statementCount()
{
    if (!m_database.isMySql())
        return std::nullopt;
    auto db = m_database.connection();
    return db ? TableStampStatement::statementCount(*db) : std::nullopt;
}
