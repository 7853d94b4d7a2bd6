#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The seed's two models. A null QString is SQL NULL (the seed sets no allowNull: false);
// timestamps are milliseconds since the epoch, UTC.
//
// A comment without a tutorial (tutorialId NULL: the seed's ON DELETE SET NULL leaves them) is "unassigned", in the
// code and in what a person reads. Here and in TutorialService it is std::nullopt (Comment::tutorialId,
// CommentChanges::tutorialId, CommentPlacement::tutorialId, findComments/findCommentIds). The item models, the
// window and the edits carry a tutorial as a plain id in a QVariant or a signal, and there it is 0
// (TutorialListModel::NoTutorial, RowStamp::detail): real ids start at 1.
struct Comment;

struct TutorialRow
{
    qint64 id = 0;
    QString title;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool operator==(const TutorialRow &) const = default;
};

struct Comment
{
    qint64 id = 0;
    QString name;
    QString text;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> tutorialId; // none: unassigned
    std::optional<TutorialRow> tutorial; // filled by findCommentById

    bool operator==(const Comment &) const = default;
};

struct Tutorial : TutorialRow
{
    QList<Comment> comments; // in id order

    bool operator==(const Tutorial &) const = default;
};

// One line of the tutorial list: no comments loaded, only their count.
struct TutorialSummary
{
    qint64 id = 0;
    QString title;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 commentCount = 0;
};

// What a change to the rows says, and what the service answers beyond the rows themselves: plain values, so that a
// window, a command or an edit can hold them without the service (and without QtSql). TutorialService takes and
// gives these.

// Where a value comes from. Typed: a person's new value, and a tutorial's title and a comment's name and text
// must not be blank (empty, NULL or white space only). Kept: a value a row held before, put back by undo or
// brought by an import of an export: the Node.js service allows blanks, so only what the column can hold is
// checked.
enum class Origin { Typed, Kept };

// An unset optional leaves the column as it is; a null QString inside stores NULL.
struct TutorialChanges
{
    std::optional<QString> title;
    std::optional<QString> description;
    // The row as the editor read it. When set, a save over someone else's change since then is refused with a
    // Conflict, and over someone else's delete with a NotFound saying so; nothing is written.
    std::optional<TutorialRow> expected;
    Origin origin = Origin::Typed; // Kept: an undo putting back what the row held
};
struct CommentChanges
{
    std::optional<QString> name;
    std::optional<QString> text;
    // Unset: stays where it is. Set to nullopt: unassigned. Set to an id: moved to that tutorial.
    std::optional<std::optional<qint64>> tutorialId;
    std::optional<Comment> expected; // as TutorialChanges::expected (name, text, tutorialId, updatedAt)
    Origin origin = Origin::Typed;
};
// What happens to a deleted tutorial's comments: deleted with it, or kept unassigned.
enum class CommentsOnDelete { Delete, KeepUnassigned };

struct RowCounts
{
    qint64 tutorials = 0;
    qint64 comments = 0;
    qint64 unassigned = 0; // comments without a tutorial
};

// The tutorial list: filtered (title or description contains `search`, taken literally) and sorted by the database.
enum class SummarySort { Title, CreatedAt, UpdatedAt, CommentCount };
struct SummaryQuery
{
    QString search;
    SummarySort sort = SummarySort::CreatedAt;
    bool descending = false;
    qint64 offset = 0;
    int limit = 256;
};

// The highest ids (primary keys: one index lookup each); a new row raises them.
struct MaxIds
{
    qint64 tutorial = 0;
    qint64 comment = 0;
    bool operator==(const MaxIds &) const = default;
};
// What a window shows of some rows, as the database has it now (by primary key): a tutorial's updatedAt, a
// comment's updatedAt and tutorialId.
struct RowStamp
{
    qint64 id = 0;
    qint64 updatedAt = 0;
    qint64 detail = 0; // a comment's tutorialId (0: unassigned); for a tutorial, 0
    bool operator==(const RowStamp &) const = default;
};
struct ChangeStamps
{
    MaxIds maxIds;
    qint64 commentCount = 0; // of the tutorial asked about (the tutorialId index)
    QList<RowStamp> tutorials;
    QList<RowStamp> comments;
};
// MariaDB: when each table last changed, as the server keeps it (information_schema.TABLES.UPDATE_TIME), with the
// server's clock, in whole seconds since the epoch; -1 when the server does not know.
struct TableStamps
{
    qint64 tutorials = -1;
    qint64 comments = -1;
    qint64 now = 0;
    // When asked for (TableStampStatement::Kind::StampsAndActivity): whether anything else on the server may still
    // commit without sending a statement first, i.e. another statement running (one not finished yet may commit
    // later), a replica's applier, a cluster's; -1 when not asked.
    int othersActive = -1;
};

// A comment and the tutorial it goes to (nullopt: unassigned).
struct CommentPlacement
{
    qint64 commentId = 0;
    std::optional<qint64> tutorialId;
};

Q_DECLARE_METATYPE(TutorialSummary)
Q_DECLARE_METATYPE(SummaryQuery)
Q_DECLARE_METATYPE(RowStamp)
