#include "schema.h"

#include "database.h"
#include "sqlrun_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Schema", text);
}

// Exactly what Sequelize 6.37's sync() sends to MySQL/MariaDB for the seed's two models (observed on MariaDB 10.11).
const QString mysqlTutorials = u"CREATE TABLE IF NOT EXISTS `tutorials` (`id` INTEGER NOT NULL auto_increment, "
                               "`title` VARCHAR(255), `description` VARCHAR(255), `createdAt` DATETIME NOT NULL, "
                               "`updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB"_s;
const QString mysqlComments = u"CREATE TABLE IF NOT EXISTS `comments` (`id` INTEGER NOT NULL auto_increment, "
                              "`name` VARCHAR(255), `text` VARCHAR(255), `createdAt` DATETIME NOT NULL, "
                              "`updatedAt` DATETIME NOT NULL, `tutorialId` INTEGER, PRIMARY KEY (`id`), "
                              "FOREIGN KEY (`tutorialId`) REFERENCES `tutorials` (`id`) ON DELETE SET NULL ON UPDATE "
                              "CASCADE) ENGINE=InnoDB"_s;
// What Sequelize 6's SQLite dialect sends; the index is ours (MariaDB makes the same one for the foreign key).
const QString sqliteTutorials = u"CREATE TABLE IF NOT EXISTS `tutorials` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                                "`title` VARCHAR(255), `description` VARCHAR(255), `createdAt` DATETIME NOT NULL, "
                                "`updatedAt` DATETIME NOT NULL)"_s;
const QString sqliteComments = u"CREATE TABLE IF NOT EXISTS `comments` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "`name` VARCHAR(255), `text` VARCHAR(255), `createdAt` DATETIME NOT NULL, "
                               "`updatedAt` DATETIME NOT NULL, `tutorialId` INTEGER REFERENCES `tutorials` (`id`) "
                               "ON DELETE SET NULL ON UPDATE CASCADE)"_s;
const QString sqliteCommentsIndex = u"CREATE INDEX IF NOT EXISTS `comments_tutorial_id` ON `comments` (`tutorialId`)"_s;

const QStringList tutorialColumns{u"id"_s, u"title"_s, u"description"_s, u"createdAt"_s, u"updatedAt"_s};
const QStringList commentColumns{u"id"_s, u"name"_s, u"text"_s, u"createdAt"_s, u"updatedAt"_s, u"tutorialId"_s};

Result<bool> tableExists(Database &database, QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (database.isMySql()) {
        query.prepare(u"SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"_s);
    } else {
        query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    }
    query.addBindValue(table);
    if (!query.exec())
        return database.errorFrom(query.lastError(), QCoreApplication::translate("Schema", "Reading the list of tables failed"));
    return query.next();
}

Result<void> checkColumns(Database &database, QSqlDatabase &db, const QString &table, const QStringList &expected)
{
    QSqlQuery query(db);
    QStringList present;
    if (database.isMySql()) {
        query.prepare(u"SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                      "AND TABLE_NAME = ?"_s);
        query.addBindValue(table);
    } else {
        query.prepare(u"SELECT name FROM pragma_table_info(?)"_s);
        query.addBindValue(table);
    }
    if (!query.exec())
        return database.errorFrom(query.lastError(), QCoreApplication::translate("Schema", "Reading the columns of %1 failed").arg(table));
    while (query.next())
        present << query.value(0).toString();
    QStringList missing;
    for (const QString &column : expected) {
        if (!present.contains(column, Qt::CaseInsensitive))
            missing << column;
    }
    if (!missing.isEmpty())
        return Error::schema(QCoreApplication::translate("Schema",
                                                         "The table \"%1\" is not the Sequelize tutorials "
                                                         "application's: it has no column %2. Nothing was changed.")
                                     .arg(table, missing.join(u", "_s)));
    return {};
}

} // namespace

Result<Schema::State> Schema::check(Database &database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto hasTutorials = tableExists(database, *db, u"tutorials"_s);
    if (!hasTutorials)
        return hasTutorials.error();
    auto hasComments = tableExists(database, *db, u"comments"_s);
    if (!hasComments)
        return hasComments.error();
    if (!*hasTutorials && !*hasComments)
        return State::Missing;
    if (*hasTutorials != *hasComments)
        return Error::schema(
                tr("The table \"%1\" exists but \"%2\" does not, so this is not a database of the Sequelize "
                   "tutorials application. Nothing was changed.")
                        .arg(*hasTutorials ? u"tutorials"_s : u"comments"_s, *hasTutorials ? u"comments"_s : u"tutorials"_s));
    if (auto ok = checkColumns(database, *db, u"tutorials"_s, tutorialColumns); !ok)
        return ok.error();
    if (auto ok = checkColumns(database, *db, u"comments"_s, commentColumns); !ok)
        return ok.error();
    return State::Ready;
}

Result<Schema::State> Schema::init(Database &database)
{
    auto state = check(database);
    if (!state || *state == State::Ready)
        return state;
    if (auto created = create(database); !created)
        return created.error();
    return State::Ready;
}

Result<void> Schema::create(Database &database)
{
    const QStringList statements = database.isMySql() ? QStringList{mysqlTutorials, mysqlComments}
                                                      : QStringList{sqliteTutorials, sqliteComments, sqliteCommentsIndex};
    // MySQL commits DDL implicitly; on SQLite the transaction makes creation all or nothing.
    const QString what = tr("Creating the tables failed");
    return Sql::write(database, what, [&](QSqlDatabase &db) -> Result<void> {
        for (const QString &sql : statements) {
            if (auto created = Sql::run(database, db, sql, {}, what); !created)
                return created.error();
        }
        return {};
    });
}

Result<void> Schema::reset(Database &database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    for (const QString &sql : {u"DROP TABLE IF EXISTS `comments`"_s, u"DROP TABLE IF EXISTS `tutorials`"_s}) {
        if (auto dropped = Sql::run(database, *db, sql, {}, tr("Dropping the tables failed")); !dropped)
            return dropped.error();
    }
    return create(database);
}

Result<ColumnLimits> Schema::columnLimits(Database &database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    ColumnLimits limits;
    auto assign = [&limits](const QString &table, const QString &column, int length) {
        if (table == u"tutorials" && column == u"title")
            limits.tutorialTitle = length;
        else if (table == u"tutorials" && column == u"description")
            limits.tutorialDescription = length;
        else if (table == u"comments" && column == u"name")
            limits.commentName = length;
        else if (table == u"comments" && column == u"text")
            limits.commentText = length;
    };
    QSqlQuery query(*db);
    if (database.isMySql()) {
        if (!query.exec(u"SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH, CHARACTER_SET_NAME FROM "
                        "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('tutorials', "
                        "'comments')"_s))
            return database.errorFrom(query.lastError(), tr("Reading the column sizes failed"));
        static const QStringList asciiSets = {u"utf8mb4"_s, u"utf8mb3"_s, u"utf8"_s, u"latin1"_s, u"ascii"_s};
        int asciiText = 0; // of the tutorials' title and description
        while (query.next()) {
            const QString table = query.value(0).toString();
            const QString column = query.value(1).toString();
            const qint64 length = query.isNull(2) ? 0 : query.value(2).toLongLong();
            assign(table, column, int(std::min<qint64>(length, std::numeric_limits<int>::max())));
            if (table == u"tutorials" && (column == u"title" || column == u"description")
                && asciiSets.contains(query.value(3).toString().toLower()))
                ++asciiText;
        }
        limits.tutorialTextAsciiBytes = asciiText == 2;
        return limits;
    }
    // SQLite does not enforce VARCHAR(n); we enforce the declared size so the same rows fit MySQL too.
    static const QRegularExpression sized(u"^\\s*(?:VAR)?CHAR(?:ACTER)?\\s*\\(\\s*(\\d+)\\s*\\)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString &table : {u"tutorials"_s, u"comments"_s}) {
        QSqlQuery info(*db);
        info.prepare(u"SELECT name, type FROM pragma_table_info(?)"_s);
        info.addBindValue(table);
        if (!info.exec())
            return database.errorFrom(info.lastError(), tr("Reading the column sizes failed"));
        while (info.next()) {
            const QRegularExpressionMatch match = sized.match(info.value(1).toString());
            assign(table, info.value(0).toString(), match.hasMatch() ? match.captured(1).toInt() : 0);
        }
    }
    return limits;
}
