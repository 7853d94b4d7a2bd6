#pragma once

#include <QString>

#include <mysql.h>

// libmariadb's functions that the native paths call (the export, the insert, the change watcher's stamps and
// statement count, the TLS check), loaded when the first of them is needed rather than with the program.
//
// Why: linked in, libmariadb and what it needs (OpenSSL's libssl and libcrypto) are loaded and relocated at every
// start, a SQLite one too: some 7 ms of a start that takes 250. A MariaDB database is opened through Qt's QMYSQL
// plugin, which loads this same library (the same soname, so the same copy in the process); the functions here are
// looked up in it.
namespace MariaDbClient {

struct Functions
{
    decltype(&::mysql_init) init;
    decltype(&::mysql_close) close;
    decltype(&::mysql_options) options;
    decltype(&::mysql_ssl_set) sslSet;
    decltype(&::mysql_real_connect) realConnect;
    decltype(&::mysql_errno) errorNumber;
    decltype(&::mysql_error) error;
    decltype(&::mysql_real_query) realQuery;
    decltype(&::mysql_use_result) useResult;
    decltype(&::mysql_num_fields) numFields;
    decltype(&::mysql_fetch_row) fetchRow;
    decltype(&::mysql_fetch_lengths) fetchLengths;
    decltype(&::mysql_free_result) freeResult;
    decltype(&::mysql_stmt_init) stmtInit;
    decltype(&::mysql_stmt_prepare) stmtPrepare;
    decltype(&::mysql_stmt_bind_param) stmtBindParam;
    decltype(&::mysql_stmt_bind_result) stmtBindResult;
    decltype(&::mysql_stmt_execute) stmtExecute;
    decltype(&::mysql_stmt_fetch) stmtFetch;
    decltype(&::mysql_stmt_reset) stmtReset;
    decltype(&::mysql_stmt_close) stmtClose;
    decltype(&::mysql_stmt_errno) stmtErrorNumber;
    decltype(&::mysql_stmt_error) stmtError;
    decltype(&::mysql_stat) stat;
    decltype(&::mysql_get_server_info) serverInfo;
};

// The functions, the library loaded at the first call (thread-safe); nullptr when it cannot be loaded or lacks one of
// them, and then loadError() says why.
const Functions *functions();
QString loadError();

// The functions, where functions() has returned them before (a handle from mysqlHandle() means it has).
inline const Functions &loadedFunctions()
{
    return *functions();
}

} // namespace MariaDbClient
