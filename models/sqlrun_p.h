#pragma once

#include "database.h"
#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <type_traits>

// The one way models/ sends a statement: bound values, a failure turned into an Error for a person and logged
// (tutorialdesk.sql: what was being done, the statement, the database's answer; never the values bound to it), and
// every change in a transaction.
namespace Sql {

// `statement` prepared and run on `db` with `values` bound, forward only.
Result<QSqlQuery> run(Database &database, QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      const QString &what);
// A read on this thread's connection: every row of `statement` handed to `row`. A row that fails to arrive is an
// error, not a shorter answer.
Result<void> select(Database &database, const QString &statement, const QVariantList &values, const QString &what,
                    const std::function<void(const QSqlQuery &)> &row);
// The first column of the only row, as a number (a count, a version).
Result<qint64> scalar(Database &database, const QString &statement, const QVariantList &values, const QString &what);

// Error 1213: on a Galera cluster, another node's commit won the certification of the same rows (reported as a
// deadlock); on a single server, a deadlock. Either way the transaction was rolled back whole.
bool isCertificationConflict(const Error &error);

template<typename Change> using ChangeResult = std::invoke_result_t<Change &, QSqlDatabase &>;

// One attempt of write(): BEGIN (SQLite: IMMEDIATE, waiting up to the busy timeout), the change, COMMIT. Anything
// but success rolls back.
template<typename Change> ChangeResult<Change> writeOnce(Database &database, const QString &what, Change &change)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    Transaction transaction(*db);
    if (!transaction.isActive())
        return database.errorFrom(transaction.lastError(), what, QStringLiteral("BEGIN"));
    ChangeResult<Change> result = change(*db);
    if (!result)
        return result;
    if (!transaction.commit())
        return database.errorFrom(transaction.lastError(), what, QStringLiteral("COMMIT"));
    return result;
}

// Every change in models/ goes through here: `change(db)` in one transaction on this thread's connection,
// committed when it succeeds. A certification conflict runs it once more (from BEGIN: `change` must compute what it
// writes afresh) before the conflict reaches the person as a Conflict.
template<typename Change> ChangeResult<Change> write(Database &database, const QString &what, Change &&change)
{
    ChangeResult<Change> result = writeOnce(database, what, change);
    if (!result && isCertificationConflict(result.error()))
        result = writeOnce(database, what, change);
    return result;
}

} // namespace Sql
