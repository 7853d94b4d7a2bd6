#pragma once

#include "databaseurl.h"
#include "result.h"

// Which database to open: --database URL, then $TUTORIALDESK_DATABASE, then the GUI's saved choice, then the
// default SQLite file. A password missing from a MySQL URL is taken from $TUTORIALDESK_PASSWORD.
namespace DatabaseLocator {

// ~/.local/share/tutorialdesk/tutorials.sqlite on Linux: the same file for tutorialdesk and tutorialctl.
QString defaultSqlitePath();

Result<DatabaseUrl> resolve(const QString &commandLineUrl, const QString &savedChoice = {});

} // namespace DatabaseLocator
