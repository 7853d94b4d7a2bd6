#include "tablestampstatement_p.h"

#include "database.h"
#include "mariadbclient_p.h"
#include "nativehandle_p.h"

#include <QSqlError>

#include <mysql.h>

#include <array>

const QByteArray &TableStampStatement::sql()
{
    // Each table looked up by schema and name, so the server opens only those two (a lookup by name; an IN list or a
    // join would make it read the whole schema's list of tables). Whole seconds since the epoch, with the server's
    // clock now.
    static const QByteArray statement(
            "SELECT (SELECT UNIX_TIMESTAMP(UPDATE_TIME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
            "AND TABLE_NAME = 'tutorials'), (SELECT UNIX_TIMESTAMP(UPDATE_TIME) FROM information_schema.TABLES WHERE "
            "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'comments'), UNIX_TIMESTAMP()");
    return statement;
}

std::unique_ptr<TableStampStatement> TableStampStatement::forConnection(const QSqlDatabase &db, quint64 serial)
{
    st_mysql *mysql = mysqlHandle(db);
    return mysql ? std::make_unique<TableStampStatement>(mysql, serial) : nullptr;
}

TableStampStatement::~TableStampStatement()
{
    close();
}

void TableStampStatement::close()
{
    const auto &my = MariaDbClient::loadedFunctions();
    // After the connection was closed, libmariadb has detached the statement from it: this only frees it.
    if (m_statement)
        my.stmtClose(m_statement);
    m_statement = nullptr;
}

Result<TableStamps> TableStampStatement::read(Database &database, const QString &what)
{
    const auto &my = MariaDbClient::loadedFunctions();
    auto failure = [&]() {
        const unsigned code = m_statement ? my.stmtErrorNumber(m_statement) : my.errorNumber(m_mysql);
        QString message = QString::fromUtf8(m_statement ? my.stmtError(m_statement) : my.error(m_mysql));
        if (code == 0)
            message = QStringLiteral("no row came back");
        close(); // before errorFrom, which closes a lost connection (and with it the MYSQL the statement is on)
        return database.errorFrom(QSqlError(QString(), message,
                                            code >= 2000 && code < 3000 ? QSqlError::ConnectionError
                                                                        : QSqlError::StatementError,
                                            QString::number(code)),
                                  what, QString::fromLatin1(sql()));
    };
    if (!m_statement) {
        m_statement = my.stmtInit(m_mysql);
        if (!m_statement)
            return failure();
        if (my.stmtPrepare(m_statement, sql().constData(), sql().size()) != 0)
            return failure();
    }
    if (my.stmtExecute(m_statement) != 0)
        return failure();
    std::array<long long, 3> values{};
    std::array<my_bool, 3> nulls{};
    std::array<MYSQL_BIND, 3> binds{};
    for (size_t i = 0; i < binds.size(); ++i) {
        binds[i].buffer_type = MYSQL_TYPE_LONGLONG;
        binds[i].buffer = &values[i];
        binds[i].is_null = &nulls[i];
    }
    if (my.stmtBindResult(m_statement, binds.data()) != 0)
        return failure();
    const int fetched = my.stmtFetch(m_statement);
    if (fetched != 0) // MYSQL_NO_DATA (no row: cannot be), MYSQL_DATA_TRUNCATED (cannot be either) or an error
        return failure();
    // The end of the result: already here with the row (no round trip), read so the connection is ready again.
    while (my.stmtFetch(m_statement) == 0) { }
    if (my.stmtErrorNumber(m_statement) != 0)
        return failure();
    TableStamps stamps;
    stamps.tutorials = nulls[0] ? -1 : values[0];
    stamps.comments = nulls[1] ? -1 : values[1];
    stamps.now = values[2];
    return stamps;
}
