#pragma once

#include <QString>
#include <QStringList>

class Database;

// tutorialctl's commands: one table (name, arguments, what each needs of the tables, handler) in ctlcommands.cpp.
namespace CtlCommands {

// Whether `name` is a command (`tutorial`, `init`, ...): asked before the database is opened.
bool exists(const QString &name);
// Runs the command named first in `args` with the rest. `named`: the database was named by --database or
// $TUTORIALDESK_DATABASE, not the default file. `viaOption`: by --database (the hint to run init names it too).
int run(Database &database, bool named, bool viaOption, QStringList args);

} // namespace CtlCommands
