#include "databaselocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace DatabaseLocator {

QString defaultSqlitePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + u"/tutorialdesk/tutorials.sqlite"_s;
}

Result<DatabaseUrl> resolve(const QString &commandLineUrl, const QString &savedChoice)
{
    QString text = commandLineUrl;
    if (text.isEmpty())
        text = qEnvironmentVariable("TUTORIALDESK_DATABASE");
    if (text.isEmpty())
        text = savedChoice;
    if (text.isEmpty()) {
        const QString path = defaultSqlitePath();
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error::io(QCoreApplication::translate("DatabaseLocator", "Cannot create the folder %1.")
                                     .arg(QFileInfo(path).absolutePath()));
        return DatabaseUrl::sqliteFile(path);
    }
    auto url = DatabaseUrl::parse(text);
    if (url && url->isMySql() && !url->hasPassword() && qEnvironmentVariableIsSet("TUTORIALDESK_PASSWORD"))
        url->setPassword(qEnvironmentVariable("TUTORIALDESK_PASSWORD"));
    return url;
}

} // namespace DatabaseLocator
