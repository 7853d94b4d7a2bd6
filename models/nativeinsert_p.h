#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>

#include <vector>

class Database;
struct st_mysql;
struct st_mysql_stmt;

// Multi-row INSERTs for the import through libmariadb's own prepared statements, on the QMYSQL connection's
// handle (and so inside its transaction): every value bound in a MYSQL_BIND array as UTF-8 bytes or an integer.
// QSqlResult::bindValue() was a quarter of the import's CPU (a QVariant and a QString::arg per value).
class NativeInsert
{
public:
    struct Cell
    {
        enum class Kind { Null, Integer, Text } kind = Kind::Null;
        long long integer = 0;
        QByteArray text;
        unsigned long length = 0;
    };

    // Null when the connection is not QMYSQL.
    static std::unique_ptr<NativeInsert> forConnection(const QSqlDatabase &db);
    explicit NativeInsert(st_mysql *mysql) : m_mysql(mysql) { }
    ~NativeInsert();
    NativeInsert(const NativeInsert &) = delete;
    NativeInsert &operator=(const NativeInsert &) = delete;

    // Runs `insert` ("INSERT INTO t (a, b) VALUES ") for rows × columns cells, row after row.
    Result<void> exec(Database &database, const QByteArray &insert, int rows, int columns, std::vector<Cell> &cells,
                      const QString &what);

private:
    st_mysql *m_mysql;
    QHash<QByteArray, st_mysql_stmt *> m_statements; // prepared once per statement text
};
