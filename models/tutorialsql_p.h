#pragma once

#include "entities.h"
#include "importedrows.h"
#include "result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

class Database;

// The statements the service and the transfer send, and the binding and reading of their rows: each written once,
// here. TS(x) is a timestamp column read as text (Database::dialect: MySQL CASTs it, so that no driver turns a UTC
// DATETIME into local time on the way).
namespace TutorialSql {

// Tutorials with their comments, one LEFT JOIN: columns 0..4 the tutorial, 5..9 the comment (NULL for none).
inline constexpr char tutorialsWithComments[]
    = "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
      "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
      "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId"; // + WHERE ... + byTutorialAndComment
inline constexpr char byTutorialAndComment[] = " ORDER BY t.id, c.id";
inline constexpr char tutorialWithComments[]
    = "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
      "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
      "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId WHERE t.id = ? ORDER BY c.id";
inline constexpr char tutorialsInRangeWithComments[]
    = "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt), "
      "c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
      "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId WHERE t.id BETWEEN ? AND ? "
      "ORDER BY t.id, c.id";
inline constexpr char commentWithTutorial[]
    = "SELECT c.id, c.name, c.text, TS(c.createdAt), TS(c.updatedAt), c.tutorialId, "
      "t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt) "
      "FROM comments c LEFT OUTER JOIN tutorials t ON c.tutorialId = t.id WHERE c.id = ?";
// The comments as CSV rows: id, tutorialId, the tutorial's title, name, text, createdAt, updatedAt.
inline constexpr char commentsWithTitles[]
    = "SELECT c.id, c.tutorialId, t.title, c.name, c.text, TS(c.createdAt), TS(c.updatedAt) "
      "FROM comments c LEFT OUTER JOIN tutorials t ON c.tutorialId = t.id ORDER BY c.id";

// The unfiltered export through the client libraries (NativeExport): the same columns with the timestamps as the
// server keeps them, nothing bound.
// MySQL: ORDER BY t.id only. That order comes free from the primary key, where adding c.id makes the server sort
// every row in a temporary table first; each tutorial's few comments are put in id order there instead.
inline constexpr char nativeExportMySql[]
    = "SELECT t.id, t.title, t.description, t.createdAt, t.updatedAt, "
      "c.id, c.name, c.text, c.createdAt, c.updatedAt "
      "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId ORDER BY t.id";
// SQLite walks the comments' tutorialId index in (tutorialId, id) order, so the full order costs it nothing.
inline constexpr char nativeExportSqlite[]
    = "SELECT t.id, t.title, t.description, t.createdAt, t.updatedAt, "
      "c.id, c.name, c.text, c.createdAt, c.updatedAt "
      "FROM tutorials t LEFT OUTER JOIN comments c ON t.id = c.tutorialId ORDER BY t.id, c.id";

// Rows: a tutorial's five columns, a comment's six.
inline constexpr char tutorialRow[]
    = "SELECT id, title, description, TS(createdAt), TS(updatedAt) FROM tutorials WHERE id = ?";
inline constexpr char tutorialRowLocked[]
    = "SELECT id, title, description, TS(createdAt), TS(updatedAt) FROM tutorials WHERE id = ? FOR UPDATE";
inline constexpr char comments[] = // + WHERE ...
    "SELECT id, name, `text`, TS(createdAt), TS(updatedAt), tutorialId FROM comments";
inline constexpr char commentRow[]
    = "SELECT id, name, `text`, TS(createdAt), TS(updatedAt), tutorialId FROM comments WHERE id = ?";
inline constexpr char commentRowLocked[]
    = "SELECT id, name, `text`, TS(createdAt), TS(updatedAt), tutorialId FROM comments WHERE id = ? FOR UPDATE";
// The tutorial list: a tutorial's five columns; its comment count comes from commentCountsOf, for all the rows read
// at once. (Counted per row, a list read without the comments' tutorialId index — a SQLite file the Node.js service
// made has none — scanned every comment once for each row.)
inline constexpr char summaries[] = // + WHERE ... + ORDER BY ...
    "SELECT t.id, t.title, t.description, TS(t.createdAt), TS(t.updatedAt) FROM tutorials t";
inline constexpr char commentCountsOf[] = // + (ids) GROUP BY tutorialId
    "SELECT tutorialId, COUNT(*) FROM comments WHERE tutorialId IN ";
// Every tutorial's comment count in one pass over the comments, for the order by count: joined to `tutorials t`.
inline constexpr char commentCountJoin[] = " LEFT JOIN (SELECT tutorialId, COUNT(*) AS n FROM comments WHERE tutorialId "
                                           "IS NOT NULL GROUP BY tutorialId) cc ON cc.tutorialId = t.id";

inline constexpr char insertTutorial[]
    = "INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES (?, ?, ?, ?)";
inline constexpr char insertComment[]
    = "INSERT INTO comments (name, `text`, createdAt, updatedAt, tutorialId) VALUES (?, ?, ?, ?, ?)";
// Rows with their ids given (undo, import): + one "(?, ...)" per row.
inline constexpr char insertTutorialsWithIds[]
    = "INSERT INTO tutorials (id, title, description, createdAt, updatedAt) VALUES ";
inline constexpr char insertCommentsWithIds[]
    = "INSERT INTO comments (id, name, `text`, createdAt, updatedAt, tutorialId) VALUES ";
inline constexpr char updateTutorial[] = "UPDATE tutorials SET title = ?, description = ?, updatedAt = ? WHERE id = ?";
inline constexpr char updateComment[]
    = "UPDATE comments SET name = ?, `text` = ?, tutorialId = ?, updatedAt = ? WHERE id = ?";
inline constexpr char placeComment[] = "UPDATE comments SET tutorialId = ?, updatedAt = ? WHERE id = ?";
inline constexpr char reattachComment[] = "UPDATE comments SET tutorialId = ? WHERE id = ? AND tutorialId IS NULL";
inline constexpr char existsTutorial[] = "SELECT 1 FROM tutorials WHERE id = ?";
inline constexpr char deleteCommentsOf[] = "DELETE FROM comments WHERE tutorialId = ?";
// What ON DELETE SET NULL does; done explicitly too, for a SQLite file whose foreign keys were never enforced.
inline constexpr char detachCommentsOf[] = "UPDATE comments SET tutorialId = NULL WHERE tutorialId = ?";
inline constexpr char deleteTutorial[] = "DELETE FROM tutorials WHERE id = ?";
inline constexpr char deleteComment[] = "DELETE FROM comments WHERE id = ?";
inline constexpr char deleteCommentsInRange[] = "DELETE FROM comments WHERE tutorialId BETWEEN ? AND ?";
inline constexpr char deleteTutorialsInRange[] = "DELETE FROM tutorials WHERE id BETWEEN ? AND ?";
inline constexpr char countCommentsOf[] = "SELECT COUNT(*) FROM comments WHERE tutorialId = ?";
inline constexpr char countUnassigned[] = "SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL";
inline constexpr char countAll[] = "SELECT (SELECT COUNT(*) FROM tutorials), (SELECT COUNT(*) FROM comments), "
                                   "(SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL)";

// "(?, ?, ?), (?, ?, ?)": `rows` rows of `columns` placeholders; "?,?,?" for one row of ids.
QString rowPlaceholders(int rows, int columns);
QString idPlaceholders(qsizetype count);

// A NULL of the column's type: binding an empty QVariant is not reliably NULL in every driver.
QVariant bindText(const QString &value);
QVariant bindId(const std::optional<qint64> &id);
// A timestamp as the column takes it: MySQL DATETIME text in whole seconds and milliseconds, SQLite's text.
QString timestampText(const Database &database, qint64 ms);
QVariantList ids(const QList<qint64> &ids);

QString textAt(const QSqlQuery &query, int column);
qint64 timestampAt(const QSqlQuery &query, int column);
// A tutorial's five columns from `first` on: id, title, description, createdAt, updatedAt.
TutorialRow tutorialAt(const QSqlQuery &query, int first);
// A comment's columns from `first` on: id, name, text, createdAt, updatedAt, and with `withTutorialId` tutorialId.
Comment commentAt(const QSqlQuery &query, int first, bool withTutorialId);
TutorialSummary summaryAt(const QSqlQuery &query);
// Rows of tutorialsWithComments, in tutorial order, one at a time into `tutorials` (a tutorial with its comments).
void appendTutorialWithComments(const QSqlQuery &query, QList<Tutorial> &tutorials);
// The same row of tutorialsInRangeWithComments as fingerprints (what an import's undo keeps).
void addImportedRow(const QSqlQuery &query, ImportedRows &rows);

// "The title or the description (of `t`) contains `search`", taken literally, with case and accents ignored, the
// same way on both databases: the condition and the values to bind to its placeholders, in order.
struct TextSearch
{
    QString condition;
    QVariantList values;
};
// `asciiBytes` (MariaDB): the columns store every ASCII character as its own byte (utf8mb4, utf8mb3, latin1, ascii;
// not the UTF-16 and UTF-32 character sets). Then the search's digits and signs are looked for in the raw bytes
// first, which costs a fraction of the collation's LIKE.
TextSearch textSearch(const Database &database, const QString &search, bool asciiBytes = false);
// A character that utf8mb4_general_ci's LIKE matches with itself alone: printable ASCII other than a letter.
bool matchesOnlyItself(QChar c);
// The longest run of `search`'s characters that match only themselves, with something other than spaces in it;
// empty if there is none.
QString selfMatchingRun(const QString &search);
QString escapeLike(const QString &text);

} // namespace TutorialSql
