#include "sqlrun_p.h"

#include <QSqlError>

namespace Sql {

Result<QSqlQuery> run(Database &database, QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return database.errorFrom(query.lastError(), what, statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return database.errorFrom(query.lastError(), what, statement);
    return query;
}

Result<void> select(Database &database, const QString &statement, const QVariantList &values, const QString &what,
                    const std::function<void(const QSqlQuery &)> &row)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto query = run(database, *db, statement, values, what);
    if (!query)
        return query.error();
    while (query->next())
        row(*query);
    if (query->lastError().type() != QSqlError::NoError)
        return database.errorFrom(query->lastError(), what, statement);
    return {};
}

Result<qint64> scalar(Database &database, const QString &statement, const QVariantList &values, const QString &what)
{
    std::optional<qint64> value;
    auto read = select(database, statement, values, what, [&value](const QSqlQuery &query) {
        if (!value)
            value = query.value(0).toLongLong();
    });
    if (!read)
        return read.error();
    if (!value)
        return Error::database(what);
    return *value;
}

bool isCertificationConflict(const Error &error)
{
    return error.kind == Error::Kind::Conflict && error.nativeCode == 1213;
}

} // namespace Sql
