#include "mariadbclient_p.h"

#include "nativehandle_p.h"

#include <dlfcn.h>

namespace MariaDbClient {

namespace {

struct Loaded
{
    Functions functions{};
    bool complete = false;
    QString error;
};

template<typename Function> bool resolve(void *library, const char *name, Function &function, QString &error)
{
    function = reinterpret_cast<Function>(dlsym(library, name));
    if (!function && error.isEmpty())
        error = QStringLiteral("%1 has no %2")
                        .arg(QLatin1StringView(TUTORIALDESK_MARIADB_LIBRARY), QLatin1StringView(name));
    return function != nullptr;
}

Loaded load()
{
    Loaded loaded;
    // Kept loaded for the life of the process, as the QMYSQL plugin keeps it.
    void *library = dlopen(TUTORIALDESK_MARIADB_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        loaded.error = QString::fromLocal8Bit(dlerror());
        return loaded;
    }
    Functions &f = loaded.functions;
    QString &e = loaded.error;
    loaded.complete = resolve(library, "mysql_init", f.init, e) & resolve(library, "mysql_close", f.close, e)
            & resolve(library, "mysql_options", f.options, e) & resolve(library, "mysql_ssl_set", f.sslSet, e)
            & resolve(library, "mysql_real_connect", f.realConnect, e)
            & resolve(library, "mysql_errno", f.errorNumber, e) & resolve(library, "mysql_error", f.error, e)
            & resolve(library, "mysql_real_query", f.realQuery, e)
            & resolve(library, "mysql_use_result", f.useResult, e)
            & resolve(library, "mysql_num_fields", f.numFields, e)
            & resolve(library, "mysql_fetch_row", f.fetchRow, e)
            & resolve(library, "mysql_fetch_lengths", f.fetchLengths, e)
            & resolve(library, "mysql_free_result", f.freeResult, e)
            & resolve(library, "mysql_stmt_init", f.stmtInit, e)
            & resolve(library, "mysql_stmt_prepare", f.stmtPrepare, e)
            & resolve(library, "mysql_stmt_bind_param", f.stmtBindParam, e)
            & resolve(library, "mysql_stmt_bind_result", f.stmtBindResult, e)
            & resolve(library, "mysql_stmt_execute", f.stmtExecute, e)
            & resolve(library, "mysql_stmt_fetch", f.stmtFetch, e)
            & resolve(library, "mysql_stmt_reset", f.stmtReset, e)
            & resolve(library, "mysql_stmt_close", f.stmtClose, e)
            & resolve(library, "mysql_stmt_errno", f.stmtErrorNumber, e)
            & resolve(library, "mysql_stmt_error", f.stmtError, e);
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
    return loaded().complete ? &loaded().functions : nullptr;
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
