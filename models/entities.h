#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The seed's two models. A null QString is SQL NULL (the seed sets no allowNull: false);
// timestamps are milliseconds since the epoch, UTC.
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
    std::optional<qint64> tutorialId; // none for an orphan comment
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

// Where a value comes from. Typed: a person's new value, and a tutorial's title and a comment's name and text
// must not be blank (empty, NULL or white space only). Kept: a value a row held before, put back by undo or
// brought by an import of an export: the Node.js service allows blanks, so only what the column can hold is
// checked.
enum class Origin { Typed, Kept };

Q_DECLARE_METATYPE(TutorialSummary)
