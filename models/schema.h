#pragma once

#include "result.h"

class Database;
class QSqlDatabase;

// The longest value each text column takes, in characters, as the database declares it (0: no limit), and how the
// tutorials' text is stored.
struct ColumnLimits
{
    int tutorialTitle = 255;
    int tutorialDescription = 255;
    int commentName = 255;
    int commentText = 255;
    // MariaDB: the title and the description store every ASCII character as its own byte (their character set is
    // utf8mb4, utf8mb3, latin1 or ascii; not UTF-16 or UTF-32). The search then looks at their raw bytes first.
    bool tutorialTextAsciiBytes = false;
};

// The seed's two tables: what sequelize.sync() creates, checked before use and never altered unasked.
class Schema
{
public:
    enum class State { Missing, Ready };

    // Creates both tables when neither exists; checks them when they do. Refuses a half or foreign schema.
    static Result<State> init(Database &database);
    // The seed's sync({force: true}): drop comments, drop tutorials, create both.
    static Result<void> reset(Database &database);
    // Whether the tables are there and have the seed's columns; changes nothing.
    static Result<State> check(Database &database);
    static Result<ColumnLimits> columnLimits(Database &database);

private:
    static Result<void> create(Database &database);
};
