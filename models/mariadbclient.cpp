#include "mariadbclient_p.h"

#include "nativehandle_p.h"

#include <QLibrary>

#include <type_traits>

namespace MariaDbClient {

namespace {

struct Loaded
{
    Functions functions{};
    QString error; // empty: every function was found
};

Loaded load()
{
    Loaded loaded;
    // By its soname, so the copy Qt's QMYSQL plugin has loaded (or will load) is the one used; never unloaded, as the
    // plugin keeps it too.
    static QLibrary library(QStringLiteral(TUTORIALDESK_MARIADB_LIBRARY));
    if (!library.load()) {
        loaded.error = library.errorString();
        return loaded;
    }
    const auto resolve = [&loaded](auto &function, const char *name) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
        if (!function && loaded.error.isEmpty())
            loaded.error = QStringLiteral("%1 has no %2").arg(library.fileName(), QLatin1StringView(name));
    };
    Functions &f = loaded.functions;
    resolve(f.init, "mysql_init");
    resolve(f.close, "mysql_close");
    resolve(f.options, "mysql_options");
    resolve(f.sslSet, "mysql_ssl_set");
    resolve(f.realConnect, "mysql_real_connect");
    resolve(f.errorNumber, "mysql_errno");
    resolve(f.error, "mysql_error");
    resolve(f.realQuery, "mysql_real_query");
    resolve(f.useResult, "mysql_use_result");
    resolve(f.numFields, "mysql_num_fields");
    resolve(f.fetchRow, "mysql_fetch_row");
    resolve(f.fetchLengths, "mysql_fetch_lengths");
    resolve(f.freeResult, "mysql_free_result");
    resolve(f.stmtInit, "mysql_stmt_init");
    resolve(f.stmtPrepare, "mysql_stmt_prepare");
    resolve(f.stmtBindParam, "mysql_stmt_bind_param");
    resolve(f.stmtBindResult, "mysql_stmt_bind_result");
    resolve(f.stmtExecute, "mysql_stmt_execute");
    resolve(f.stmtFetch, "mysql_stmt_fetch");
    resolve(f.stmtReset, "mysql_stmt_reset");
    resolve(f.stmtClose, "mysql_stmt_close");
    resolve(f.stmtErrorNumber, "mysql_stmt_errno");
    resolve(f.stmtError, "mysql_stmt_error");
    resolve(f.stat, "mysql_stat");
    resolve(f.serverInfo, "mysql_get_server_info");
    return loaded;
}

const Loaded &loaded()
{
    static const Loaded once = load(); // (a function-local static: initialised once, whichever thread comes first)
    return once;
}

} // namespace

const Functions *functions()
{
    return loaded().error.isEmpty() ? &loaded().functions : nullptr;
}

QString loadError()
{
    return loaded().error;
}

} // namespace MariaDbClient

st_mysql *mysqlHandle(const QSqlDatabase &db)
{
    st_mysql *handle = nativeHandle<st_mysql>(db, "MYSQL*", "st_mysql*");
    return handle && MariaDbClient::functions() ? handle : nullptr;
}
