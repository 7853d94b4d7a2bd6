#pragma once

#include "entities.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class Database;
class QSqlDatabase;
struct st_mysql;
struct st_mysql_stmt;

// TutorialService::tableStamps()'s statement on MySQL (the change watcher's gate, sent every few seconds by an idle
// window), prepared once per connection through libmariadb's own calls (QSqlDriver::handle()) and executed again at
// every check. Measured on the server thread that serves the connection (bench/idle), per check sent every 3 s:
// - sent as text, the server parses it every time: about 0.24 ms of server CPU more than executing it prepared;
// - prepared through QSqlQuery, every execution is two commands (Qt's QMYSQLResult::exec() calls
//   mysql_stmt_reset() first, a COM_STMT_RESET round trip), so the idle server thread is woken twice;
// - prepared here: one COM_STMT_EXECUTE, one wake, no parsing; the statement and what it detects are the same.
class TableStampStatement
{
public:
    // The statement, as text too (the fallback when the connection has no libmariadb handle).
    static const QByteArray &sql();

    // nullptr when `db` is not a libmariadb connection. `serial`: Database::connectionSerial() of `db` now; a
    // statement belongs to that opening of the connection only.
    static std::unique_ptr<TableStampStatement> forConnection(const QSqlDatabase &db, quint64 serial);
    TableStampStatement(st_mysql *mysql, quint64 serial) : m_mysql(mysql), m_serial(serial) { }
    ~TableStampStatement();
    TableStampStatement(const TableStampStatement &) = delete;
    TableStampStatement &operator=(const TableStampStatement &) = delete;

    quint64 serial() const { return m_serial; }
    // Prepares the statement the first time, then executes it. After a failure the statement is closed (and prepared
    // again next time); a lost connection is reported through `database` as every other statement's is.
    Result<TableStamps> read(Database &database, const QString &what);

private:
    void close();

    st_mysql *m_mysql;
    quint64 m_serial;
    st_mysql_stmt *m_statement = nullptr;
};
