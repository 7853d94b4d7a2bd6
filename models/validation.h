#pragma once

#include "entities.h"
#include "result.h"
#include "schema.h"

#include <QString>
#include <optional>

class Database;

// The checks every write makes, before anything is written: what the column can hold (its size, as the database
// declares it; no NUL character; valid Unicode), and for a typed value that it is not blank. An Invalid error names
// the field (Error::field, the column) and says why in the person's words. The one place these rules live: the
// service, the window, tutorialctl and the import all come here.
class Validation
{
public:
    explicit Validation(Database &database);

    Result<void> tutorial(const QString &title, const QString &description, Origin origin = Origin::Typed);
    Result<void> comment(const QString &name, const QString &text, Origin origin = Origin::Typed);
    // An edit of `row`: a field the edit leaves alone (nullopt) is not checked for blanks, so a row the Node.js
    // service stored with a blank title can still have its description saved.
    Result<void> tutorialEdit(const TutorialRow &row, const std::optional<QString> &title,
                              const std::optional<QString> &description, Origin origin);
    Result<void> commentEdit(const Comment &row, const std::optional<QString> &name, const std::optional<QString> &text,
                             Origin origin);

    // The column sizes are read from the database once, on first use. A window reads them when it opens the
    // database, so that checking a value later never waits on a server that has stopped answering.
    Result<void> readColumnLimits();
    // Those limits, read on first use.
    Result<const ColumnLimits *> limits();

private:
    Database &m_database;
    std::optional<ColumnLimits> m_limits;
};
