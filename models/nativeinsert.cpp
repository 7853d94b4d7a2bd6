#include "nativeinsert_p.h"

#include "database.h"
#include "mariadbclient_p.h"
#include "nativehandle_p.h"

#include <QSqlError>

#include <mysql.h>

using namespace Qt::StringLiterals;

std::unique_ptr<NativeInsert> NativeInsert::forConnection(const QSqlDatabase &db)
{
    st_mysql *mysql = mysqlHandle(db);
    return mysql ? std::make_unique<NativeInsert>(mysql) : nullptr;
}

NativeInsert::~NativeInsert()
{
    const auto &my = MariaDbClient::loadedFunctions();
    for (MYSQL_STMT *statement : std::as_const(m_statements))
        my.stmtClose(statement);
}

Result<void> NativeInsert::exec(Database &database, const QByteArray &insert, int rows, int columns,
                                std::vector<Cell> &cells, const QString &what)
{
    const auto &my = MariaDbClient::loadedFunctions();
    auto failure = [&](MYSQL_STMT *statement) {
        const unsigned code = statement ? my.stmtErrorNumber(statement) : my.errorNumber(m_mysql);
        const char *message = statement ? my.stmtError(statement) : my.error(m_mysql);
        return database.errorFrom(QSqlError(QString(), QString::fromUtf8(message),
                                            code >= 2000 && code < 3000 ? QSqlError::ConnectionError
                                                                        : QSqlError::StatementError,
                                            QString::number(code)),
                                  what,
                                  QString::fromUtf8(insert) + u"(?, ...), ... ("_s + QString::number(rows) + u" rows)"_s);
    };
    QByteArray sql = insert;
    sql.reserve(insert.size() + rows * (columns * 3 + 4));
    for (int r = 0; r < rows; ++r) {
        sql += r ? ", (" : "(";
        for (int c = 0; c < columns; ++c)
            sql += c ? ", ?" : "?";
        sql += ')';
    }
    MYSQL_STMT *statement = m_statements.value(sql);
    if (!statement) {
        statement = my.stmtInit(m_mysql);
        if (!statement)
            return failure(nullptr);
        if (my.stmtPrepare(statement, sql.constData(), sql.size()) != 0) {
            const Error error = failure(statement);
            my.stmtClose(statement);
            return error;
        }
        m_statements.insert(sql, statement);
    }
    std::vector<MYSQL_BIND> binds(cells.size());
    for (size_t i = 0; i < cells.size(); ++i) {
        Cell &cell = cells[i];
        MYSQL_BIND &bind = binds[i];
        switch (cell.kind) {
        case Cell::Kind::Null:
            bind.buffer_type = MYSQL_TYPE_NULL;
            break;
        case Cell::Kind::Integer:
            bind.buffer_type = MYSQL_TYPE_LONGLONG;
            bind.buffer = &cell.integer;
            break;
        case Cell::Kind::Text:
            cell.length = static_cast<unsigned long>(cell.text.size());
            bind.buffer_type = MYSQL_TYPE_STRING;
            bind.buffer = cell.text.data();
            bind.buffer_length = cell.length;
            bind.length = &cell.length;
            break;
        }
    }
    if (my.stmtBindParam(statement, binds.data()) != 0 || my.stmtExecute(statement) != 0)
        return failure(statement);
    return {};
}
