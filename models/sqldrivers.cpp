#include "sqldrivers.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace {

QString qtDriverName(DatabaseUrl::Driver driver)
{
    return driver == DatabaseUrl::Driver::MySql ? u"QMYSQL"_s : u"QSQLITE"_s;
}

} // namespace

bool SqlDrivers::isAvailable(DatabaseUrl::Driver driver)
{
    return QSqlDatabase::isDriverAvailable(qtDriverName(driver));
}

QString SqlDrivers::package(DatabaseUrl::Driver driver)
{
    return driver == DatabaseUrl::Driver::MySql ? u"libqt6sql6-mysql"_s : u"libqt6sql6-sqlite"_s;
}

QString SqlDrivers::missingFor(const DatabaseUrl &url)
{
    return isAvailable(url.driver()) ? QString() : missingMessage(url.driver());
}

QString SqlDrivers::missingMessage(DatabaseUrl::Driver driver)
{
    if (driver == DatabaseUrl::Driver::MySql)
        return tr("MySQL and MariaDB servers cannot be opened: Qt's MySQL driver is not installed. Install the "
                  "package %1 (for example: sudo apt install %1).")
            .arg(package(driver));
    return tr("SQLite databases cannot be opened: Qt's SQLite driver is not installed. Install the package %1 "
              "(for example: sudo apt install %1).")
        .arg(package(driver));
}
