#pragma once

#include "entities.h"
#include "result.h"
#include "schema.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class Database;
class DbWorker;
class ImportedRows;
class QSqlDatabase;
class QSqlQuery;
class TableStampStatement;

// The seed's controller (createTutorial, createComment, findTutorialById, findCommentById, findAll) and what a
// desktop editor needs beyond it. Every value is bound; every change of several rows is one transaction; every
// failure comes back as an Error a person can read, and leaves the database as it was.
class TutorialService
{
    Q_DECLARE_TR_FUNCTIONS(TutorialService)

public:
    explicit TutorialService(Database &database);
    ~TutorialService(); // where QSqlQuery is complete: this header does not include QtSql

    Database &database() { return m_database; }

    // The seed's operations.
    Result<TutorialRow> createTutorial(const QString &title, const QString &description);
    Result<Comment> createComment(qint64 tutorialId, const QString &name, const QString &text);
    Result<Tutorial> findTutorialById(qint64 id); // with its comments, one LEFT JOIN
    Result<Comment> findCommentById(qint64 id); // with its tutorial (none when unassigned), one LEFT JOIN
    Result<QList<Tutorial>> findAll(const QString &search = {}); // every tutorial with its comments, one LEFT JOIN

    // The value types of entities.h under the names the service has always used for them.
    using Origin = ::Origin;
    using TutorialChanges = ::TutorialChanges;
    using CommentChanges = ::CommentChanges;
    using CommentsOnDelete = ::CommentsOnDelete;
    using Counts = ::RowCounts;
    using SummarySort = ::SummarySort;
    using SummaryQuery = ::SummaryQuery;
    using MaxIds = ::MaxIds;
    using RowStamp = ::RowStamp;
    using ChangeStamps = ::ChangeStamps;
    using TableStamps = ::TableStamps;
    using Placement = ::CommentPlacement;

    // Beyond the seed.
    Result<TutorialRow> updateTutorial(qint64 id, const TutorialChanges &changes);
    Result<Comment> updateComment(qint64 id, const CommentChanges &changes);
    // Returns how many comments were deleted or left unassigned with it.
    Result<qint64> deleteTutorial(qint64 id, CommentsOnDelete comments);
    Result<void> deleteComment(qint64 id);

    Result<Counts> counts();
    Result<qint64> countComments(qint64 tutorialId);

    // The tutorial list, one page at a time (see SummaryQuery), each with its comment count. Never loads the whole
    // table.
    Result<QList<TutorialSummary>> findTutorialSummaries(const SummaryQuery &query);
    Result<qint64> countUnassignedComments(); // uses the tutorialId index: cheap even with a million comments
    // The whole list in one pass, as ids only: every matching tutorial's id in the order of `query` (offset and limit
    // are not used). A window keeps this compact array (8 bytes a row) and reads the rows it shows by id, so a page
    // deep down the list costs what the first one costs: no OFFSET scan, no sort per page.
    // `within`: only among these ids (a search typed further: what matches it is among what matched before), so the
    // answer costs lookups by primary key instead of a scan of the table; at most MaxWithin of them.
    // SQLite: the (id, key) pairs are read unsorted through the sqlite3 handle and sorted in memory (SqliteOrder),
    // in exactly ORDER BY's order; MariaDB sorts on the server (measured cheaper end to end there).
    // MariaDB, a search of the whole table (no `within`) ordered by a date: the table is searched in two halves of its
    // primary key at once, the lower on a helper connection of this service's own (opened on first use, closed with
    // the service), when the ids span at least parallelSearchFrom(): the server scans on one core per statement. Each
    // half comes back sorted with its dates, and the two are merged here.
    static constexpr int MaxWithin = 2000;
    static constexpr qint64 DefaultParallelSearchFrom = 20000;
    Result<QList<qint64>> findTutorialOrder(const SummaryQuery &query, const std::optional<QList<qint64>> &within = {});
    qint64 parallelSearchFrom() const { return m_parallelSearchFrom; }
    void setParallelSearchFrom(qint64 ids) { m_parallelSearchFrom = ids; } // 0: never (tests: 1, always)
    // How the halves of a date order are merged: by the DATETIME in whole seconds as a number, by a DATETIME with
    // fractions or a TIMESTAMP as fixed-width text, or not at all (another order, or a column of another type).
    enum class DateKey { None, Number, Text };
    // The list's rows for these ids, each with its comment count, in no particular order; a gone id is left out.
    Result<QList<TutorialSummary>> findTutorialSummariesByIds(const QList<qint64> &ids);

    // Cheap change checks for a window that follows other programs' changes; none of them scans a table.
    // SQLite: PRAGMA data_version, which changes when another connection commits to the file.
    Result<qint64> dataVersion();
    // MariaDB: when each table last changed, as the server keeps it in memory (information_schema.TABLES.UPDATE_TIME,
    // set when a transaction that changed the table commits, on this node of a cluster too, for any user that may
    // read the table), with the server's clock, in whole seconds since the epoch; -1 when the server does not know
    // (the table is unchanged since the server started). Looks up two tables by name: its cost does not depend on
    // their size. One prepared statement executed again, one round trip (tablestampstatement_p.h). The gate a check
    // passes before it asks changeStamps(). `withActivity`: also whether anything else on the server may still
    // commit without a statement first (TableStamps::othersActive; a second prepared statement, some 0.2 ms more
    // of server CPU).
    Result<TableStamps> tableStamps(bool withActivity = false);
    // MariaDB through libmariadb: how many statements the server has run so far, every client's, asked without
    // running a statement (TableStampStatement::statementCount()); nullopt where it cannot be had that way.
    std::optional<quint64> statementCount();
    // All of it in one statement, prepared once per connection and executed again at every check (a fixed number
    // of id slots: the first TutorialSlots and CommentSlots ids are looked at). Its cost depends on the ids given,
    // never on the size of the tables.
    static constexpr int TutorialSlots = 64;
    static constexpr int CommentSlots = 32;
    Result<ChangeStamps> changeStamps(const QList<qint64> &tutorialIds, const QList<qint64> &commentIds,
                                      qint64 countCommentsOf);
    // A tutorial's comments (nullopt: the unassigned ones) a page at a time, in id order, after the id given (keyset
    // paging: no OFFSET scan).
    Result<QList<Comment>> findComments(std::optional<qint64> tutorialId, qint64 afterId, int limit);
    // The ids of a tutorial's comments (nullopt: the unassigned ones), in id order: one pass along the tutorialId
    // index, which holds the id too, so no row is read. A comment pane keeps them and reads the rows it shows by id.
    Result<QList<qint64>> findCommentIds(std::optional<qint64> tutorialId);
    // These comments, in no particular order; a gone id is left out.
    Result<QList<Comment>> findCommentsByIds(const QList<qint64> &ids);
    // The tutorial's own row, without its comments; NotFound when it is gone.
    Result<TutorialRow> findTutorialRowById(qint64 id);

    // Undo: put rows back exactly as they were (same ids, same timestamps), in one transaction.
    // restoreTutorial re-inserts the tutorial; with Delete its comments are re-inserted too, with KeepUnassigned
    // the comments listed in `tutorial.comments` that are still unassigned are attached to it again.
    Result<void> restoreTutorial(const Tutorial &tutorial, CommentsOnDelete comments);
    // The same for several tutorials, in one transaction: all of them or none.
    Result<void> restoreTutorials(const QList<Tutorial> &tutorials, CommentsOnDelete comments);
    Result<void> deleteTutorials(const QList<qint64> &ids, CommentsOnDelete comments);
    // New tutorials with their comments (ids and tutorialIds are ignored), in one transaction: all or none. Returns
    // them as stored, with their new ids and the time now.
    Result<QList<Tutorial>> createTutorials(const QList<Tutorial> &tutorials);
    Result<void> restoreComments(const QList<Comment> &comments);
    // Takes an import back (its undo): deletes its tutorials and their comments in one transaction, but only when
    // they are exactly as given (what the import read back when it was made, with this window's own later writes). A
    // row someone changed or deleted since, or a comment someone added to or moved out of them, is a Conflict, and
    // nothing is deleted. Returns the rows it deleted: what a redo puts back.
    Result<QList<Tutorial>> deleteImported(const ImportedRows &imported);

    // Several comments at once, all or nothing: every id must exist (else "comment N not found", nothing changed).
    Result<void> deleteComments(const QList<qint64> &ids);
    // Moves comments to a tutorial, or detaches them (std::nullopt); updatedAt changes as in updateComment.
    Result<void> moveComments(const QList<qint64> &ids, std::optional<qint64> tutorialId);
    // Each comment to its own tutorial (or none), all in one transaction: the undo of a move puts comments back
    // where each one was.
    Result<void> placeComments(const QList<Placement> &placements);

    // The checks every write makes (Validation), for a caller that wants to show the error at the field before
    // saving: what the column can hold, and for a typed value that it is not blank.
    Result<void> validateTutorial(const QString &title, const QString &description, Origin origin = Origin::Typed);
    Result<void> validateComment(const QString &name, const QString &text, Origin origin = Origin::Typed);
    // The same for an edit of `row`: a field the changes leave alone is not checked for blanks, so a row the Node.js
    // service stored with a blank title can still have its description saved.
    Result<void> validateTutorialChanges(const TutorialRow &row, const TutorialChanges &changes);
    Result<void> validateCommentChanges(const Comment &row, const CommentChanges &changes);
    // The column sizes these checks use are read from the database once, on first use. A window reads them when it
    // opens the database, so that checking a value later never waits on a server that has stopped answering.
    Result<void> readColumnLimits();

    // '%', '_' and the escape character itself taken literally, for LIKE ... ESCAPE '!'.
    static QString escapeLike(const QString &text);
    // What ORDER BY puts for the title of `t`: the person's language's order (SQLite) or a Unicode collation
    // (MySQL/MariaDB), case ignored and accents counted on both.
    static QString titleOrder(Database &database);

private:
    // A statement of tutorialsql_p.h in this database's dialect, run on `db` with `values` bound (Sql::run).
    Result<QSqlQuery> run(QSqlDatabase &db, const char *statement, const QVariantList &values, const QString &what);
    // The same as a read on this thread's connection, every row handed to `row` (Sql::select).
    Result<void> select(const QString &statement, const QVariantList &values, const QString &what,
                        const std::function<void(const QSqlQuery &)> &row);
    QString sql(const char *statement);
    qint64 now() const;
    qint64 nextUpdatedAt(qint64 previous) const;
    // With `lock`, the row stays locked until the transaction ends (MySQL: FOR UPDATE; SQLite's BEGIN IMMEDIATE
    // already holds the write lock), so nobody changes it between this read and our write.
    Result<TutorialRow> readTutorialRow(QSqlDatabase &db, qint64 id, const QString &what, bool lock = false);
    Result<Comment> readCommentRow(QSqlDatabase &db, qint64 id, const QString &what, bool lock = false);
    // NotFound ("tutorial N not found") unless the tutorial exists; inside the caller's transaction.
    Result<void> requireTutorial(QSqlDatabase &db, qint64 id, const QString &what);
    // A comment row exactly as given: its id, timestamps and tutorialId (undo puts rows back this way).
    Result<void> insertCommentRow(QSqlDatabase &db, const Comment &comment, const QString &what);
    // A row exactly as given (same id and timestamps: undo puts rows back).
    Result<void> insertTutorialRow(QSqlDatabase &db, const TutorialRow &tutorial, const QString &what);
    // A new row, stamped `stamp`: its id.
    Result<qint64> insertNewTutorial(QSqlDatabase &db, const QString &title, const QString &description, qint64 stamp,
                                     const QString &what);
    Result<qint64> insertNewComment(QSqlDatabase &db, qint64 tutorialId, const QString &name, const QString &text,
                                    qint64 stamp, const QString &what);
    // Inside a transaction the caller holds: one tutorial and its comments (deleted or detached).
    Result<qint64> deleteTutorialIn(QSqlDatabase &db, qint64 id, CommentsOnDelete comments, const QString &what);
    Result<void> deleteCommentIn(QSqlDatabase &db, qint64 id, const QString &what);
    Result<void> restoreTutorialIn(QSqlDatabase &db, const Tutorial &tutorial, CommentsOnDelete comments,
                                   const QString &what);
    Result<void> placeCommentIn(QSqlDatabase &db, const Placement &placement, const QString &what);
    Result<Tutorial> createTutorialIn(QSqlDatabase &db, const Tutorial &given, qint64 stamp, const QString &what);
    // A Conflict unless the row `current` is the one the editor read (`expected`, when given).
    static Result<void> requireUnchanged(const std::optional<TutorialRow> &expected, const TutorialRow &current);
    static Result<void> requireUnchanged(const std::optional<Comment> &expected, const Comment &current);
    // The row already holds every value the change sets: a retried save whose commit had landed counts as done.
    static bool alreadyHolds(const TutorialChanges &changes, const TutorialRow &current);
    static bool alreadyHolds(const CommentChanges &changes, const Comment &current);

    QString summaryOrderKey(SummarySort sort) const; // the expression the list is ordered by (then by t.id)
    QString summaryOrderBy(SummarySort sort, bool descending) const;
    // findTutorialOrder() on SQLite, sorted in memory (SqliteOrder); nullopt when SQL's ORDER BY must do it.
    Result<std::optional<QList<qint64>>> sqliteOrder(const QString &from, const QVariantList &values,
                                                     const SummaryQuery &request,
                                                     const std::optional<QList<qint64>> &within);
    static QString summaryJoin(SummarySort sort); // what summaryOrderBy's sort needs joined to `tutorials t`
    // findTutorialOrder()'s search in two halves at once (MariaDB, a date order): every matching id in the order
    // asked; nullopt when the order is by another column, the table is too small to split, or the helper could not
    // answer (then the one statement runs, and says what went wrong if something did).
    Result<std::optional<QList<qint64>>> searchInHalves(const SummaryQuery &request);
    Result<DateKey> dateKey(SummarySort sort); // asked of the server once per column
    QHash<QString, DateKey> m_dateKeys;
    // TutorialSql::textSearch's condition for `search`, its values appended to `values`; on MariaDB with the raw
    // bytes looked at first where the columns' character set allows (ColumnLimits, read with the columns' sizes).
    Result<QString> searchCondition(const QString &search, QVariantList &values);
    // A page of comments (findComments) or one read of the list (findTutorialSummaries...).
    Result<QList<Comment>> selectComments(const QString &statement, const QVariantList &values, const QString &what);
    Result<QList<TutorialSummary>> selectSummaries(const QString &statement, const QVariantList &values);

    // A create whose answer was lost with the connection: its commit may have reached the server all the same. The
    // next create of the same values (the write queue trying it again) looks for that row first, so that a retry
    // never makes it twice. Found by its values and its time (a second either way: MySQL keeps whole seconds); the
    // look-up scans the table, which happens only after a lost connection.
    struct LostCreate
    {
        bool comment = false;
        qint64 tutorialId = 0;
        QString first; // title, or name
        QString second; // description, or text
        qint64 stamp = 0;
    };
    std::optional<LostCreate> m_lostCreate;
    // The id of the row a lost create made, if it did; a connection error when it cannot be told yet.
    Result<std::optional<qint64>> findLostCreate(const LostCreate &lost);
    // A create of these values whose connection was lost before: the row it made, if it did.
    Result<std::optional<qint64>> takeLostCreate(const LostCreate &values);
    Error rememberLostCreate(Error error, LostCreate lost);
    // MySQL: tableStamps()'s statements (without, with the activity), each prepared on the connection it was read
    // on (tablestampstatement_p.h).
    std::array<std::shared_ptr<TableStampStatement>, 2> m_tableStampStatements;

    Database &m_database;
    Validation m_validation;
    QHash<const char *, QString> m_statements; // each statement in this database's dialect
    // Lookups prepared once per connection and executed again: one round trip each instead of three
    // (prepare, execute, close) on MySQL.
    QSqlQuery &reusable(QSqlDatabase &db, const char *statement);
    QHash<QString, QSqlQuery> m_reusable;
    qint64 m_parallelSearchFrom = DefaultParallelSearchFrom;
    std::unique_ptr<DbWorker> m_searchHelper; // searchInHalves()'s other connection
};

