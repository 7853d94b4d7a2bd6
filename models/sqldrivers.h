#pragma once

#include "databaseurl.h"

#include <QCoreApplication>
#include <QString>

// Qt loads its SQL drivers as plugins at run time, from separate Debian packages. Whether the one a database needs
// is there, asked before anything is opened, and said in words that name the package to install.
class SqlDrivers
{
    Q_DECLARE_TR_FUNCTIONS(SqlDrivers)

public:
    static bool isAvailable(DatabaseUrl::Driver driver);
    // The Debian package that holds the driver: libqt6sql6-sqlite or libqt6sql6-mysql.
    static QString package(DatabaseUrl::Driver driver);
    // Empty when the driver `url` needs loads; else what is missing and which package to install.
    static QString missingFor(const DatabaseUrl &url);
    static QString missingMessage(DatabaseUrl::Driver driver);
};
