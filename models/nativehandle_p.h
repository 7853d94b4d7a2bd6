#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

struct st_mysql;

// The client library's own handle behind a Qt connection (QSqlDriver::handle()): libmariadb's MYSQL* behind QMYSQL,
// SQLite's sqlite3* behind QSQLITE; nullptr for another driver. The native export and insert paths start here.
template<typename Handle> Handle *nativeHandle(const QSqlDatabase &db, const char *name, const char *otherName)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it (st_mysql*); Qt's documentation says MYSQL*.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), name) != 0 && qstrcmp(handle.typeName(), otherName) != 0))
        return nullptr;
    return *static_cast<Handle *const *>(handle.constData());
}

// Null too when libmariadb's functions cannot be had (mariadbclient_p.h; they can wherever QMYSQL connected: the plugin
// has loaded that library): the callers take Qt's way then. (Defined in mariadbclient.cpp.)
st_mysql *mysqlHandle(const QSqlDatabase &db);
