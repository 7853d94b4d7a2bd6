#pragma once

#include "entities.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class Database;
class QSqlDatabase;
struct st_mysql;
struct st_mysql_stmt;

// TutorialService::tableStamps()'s statement on MySQL (the change watcher's gate, sent every few seconds by an idle
// window), prepared once per connection through libmariadb's own calls (QSqlDriver::handle()) and executed again at
// every check: one COM_STMT_EXECUTE, one wake of the server thread, no parsing. Sent as text the server parses it
// every time; prepared through QSqlQuery every execution is two commands (QMYSQLResult::exec() calls
// mysql_stmt_reset() first, a COM_STMT_RESET round trip). Measured on the server thread (bench/idle, bench/gui, 2
// December 2026): 0.07-0.25 ms less a check than text, with other statements keeping the server warm; alone on an
// otherwise idle server both cost 0.7-1.15 ms a check, within noise of each other. Most of that is the two
// information_schema lookups themselves; the wake alone (DO 1 every 3 s) costs the thread 0.2-0.3 ms.
class TableStampStatement
{
public:
    enum class Kind {
        Stamps, // the two tables' stamps and the server's clock
        StampsAndActivity, // and first whether anything else may commit later (TableStamps::othersActive)
    };
    // The statement, as text too (the fallback when the connection has no libmariadb handle).
    static const QByteArray &sql(Kind kind = Kind::Stamps);

    // MariaDB: how many statements the server has run so far, every client's counted (its last query id), asked
    // without running one (COM_STATISTICS: one round trip, no parsing, no table opened; about a fifth of the gate's
    // server CPU, bench/idle). This command and COM_PING do not move it on, so it stands still while no client sends
    // a statement. nullopt for another server or client library, or when the connection is gone.
    static std::optional<quint64> statementCount(const QSqlDatabase &db);

    // nullptr when `db` is not a libmariadb connection. `serial`: Database::connectionSerial() of `db` now; a
    // statement belongs to that opening of the connection only.
    static std::unique_ptr<TableStampStatement> forConnection(const QSqlDatabase &db, quint64 serial,
                                                              Kind kind = Kind::Stamps);
    TableStampStatement(st_mysql *mysql, quint64 serial, Kind kind) : m_mysql(mysql), m_serial(serial), m_kind(kind)
    {
    }
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
    Kind m_kind;
    st_mysql_stmt *m_statement = nullptr;
};
