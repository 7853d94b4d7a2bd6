#include "tablestampstatement_p.h"

#include "database.h"
#include "mariadbclient_p.h"
#include "nativehandle_p.h"

#include <QByteArrayView>
#include <QSqlError>

#include <mysql.h>

#include <algorithm>
#include <array>

const QByteArray &TableStampStatement::sql(Kind kind)
{
    // Each table looked up by schema and name, so the server opens only those two (a lookup by name; an IN list or a
    // join would make it read the whole schema's list of tables). Whole seconds since the epoch, with the server's
    // clock now.
    static const QByteArray stamps(
            "(SELECT UNIX_TIMESTAMP(UPDATE_TIME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
            "AND TABLE_NAME = 'tutorials'), (SELECT UNIX_TIMESTAMP(UPDATE_TIME) FROM information_schema.TABLES WHERE "
            "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'comments'), UNIX_TIMESTAMP()");
    static const QByteArray plain("SELECT " + stamps);
    // First (the select list is read in order) whether anything else may commit later: a statement running besides
    // this one (Threads_running counts this one), a replica's applier threads (Slaves_running), membership of a
    // Galera cluster (whose appliers show as sleeping while they apply). Visible to every user; a server without
    // replication or Galera has no such variable or 0.
    static const QByteArray withActivity(
            "SELECT (SELECT COUNT(*) FROM information_schema.GLOBAL_STATUS WHERE (VARIABLE_NAME = 'THREADS_RUNNING' "
            "AND VARIABLE_VALUE <> '1') OR (VARIABLE_NAME = 'SLAVES_RUNNING' AND VARIABLE_VALUE <> '0') OR "
            "(VARIABLE_NAME = 'WSREP_CLUSTER_SIZE' AND VARIABLE_VALUE <> '0')), " + stamps);
    return kind == Kind::Stamps ? plain : withActivity;
}

std::optional<quint64> TableStampStatement::statementCount(const QSqlDatabase &db)
{
    st_mysql *mysql = mysqlHandle(db);
    if (!mysql)
        return std::nullopt;
    const auto &my = MariaDbClient::loadedFunctions();
    // MariaDB only: there the count COM_STATISTICS prints is the server's last query id, which every statement of
    // every client (and of a cluster's appliers) moves on, and this command and COM_PING do not. MySQL prints
    // another count under the same name.
    if (!QByteArrayView(my.serverInfo(mysql)).contains("MariaDB"))
        return std::nullopt;
    const char *text = my.stat(mysql); // "Uptime: 1571  Threads: 3  Questions: 1284  Slow queries: 0  ..."
    if (!text)
        return std::nullopt; // a lost connection: the gate that follows reports it
    const QByteArrayView line(text);
    static constexpr QByteArrayView label("Questions: ");
    const qsizetype at = line.indexOf(label);
    if (at < 0)
        return std::nullopt;
    QByteArrayView digits = line.sliced(at + label.size());
    digits = digits.first(std::min(digits.size(), digits.indexOf(' ') < 0 ? digits.size() : digits.indexOf(' ')));
    bool ok = false;
    const quint64 count = digits.toULongLong(&ok);
    return ok ? std::optional<quint64>(count) : std::nullopt;
}

std::unique_ptr<TableStampStatement> TableStampStatement::forConnection(const QSqlDatabase &db, quint64 serial,
                                                                      Kind kind)
{
    st_mysql *mysql = mysqlHandle(db);
    return mysql ? std::make_unique<TableStampStatement>(mysql, serial, kind) : nullptr;
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
                                  what, QString::fromLatin1(sql(m_kind)));
    };
    if (!m_statement) {
        m_statement = my.stmtInit(m_mysql);
        if (!m_statement)
            return failure();
        const QByteArray &statement = sql(m_kind);
        if (my.stmtPrepare(m_statement, statement.constData(), statement.size()) != 0)
            return failure();
    }
    if (my.stmtExecute(m_statement) != 0)
        return failure();
    std::array<long long, 4> values{};
    std::array<my_bool, 4> nulls{};
    std::array<MYSQL_BIND, 4> binds{};
    const size_t first = m_kind == Kind::Stamps ? 1 : 0; // the activity column, when asked, comes first
    for (size_t i = first; i < binds.size(); ++i) {
        binds[i].buffer_type = MYSQL_TYPE_LONGLONG;
        binds[i].buffer = &values[i];
        binds[i].is_null = &nulls[i];
    }
    if (my.stmtBindResult(m_statement, binds.data() + first) != 0)
        return failure();
    const int fetched = my.stmtFetch(m_statement);
    if (fetched != 0) // MYSQL_NO_DATA (no row: cannot be), MYSQL_DATA_TRUNCATED (cannot be either) or an error
        return failure();
    // The end of the result: already here with the row (no round trip), read so the connection is ready again.
    while (my.stmtFetch(m_statement) == 0) { }
    if (my.stmtErrorNumber(m_statement) != 0)
        return failure();
    TableStamps stamps;
    stamps.tutorials = nulls[1] ? -1 : values[1];
    stamps.comments = nulls[2] ? -1 : values[2];
    stamps.now = values[3];
    if (m_kind == Kind::StampsAndActivity)
        stamps.othersActive = nulls[0] || values[0] != 0 ? 1 : 0;
    return stamps;
}
