#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

#include <optional>

class Database;

// How many comments were written, week by week, and which tutorials have the most: the Activity view's figures.
// Counted by the database (GROUP BY week, or day on MariaDB/MySQL), never by reading the rows here. A week is Monday
// 00:00 to Sunday 24:00, UTC, and a comment belongs to the week of its createdAt.
struct WeekCount
{
    QDate monday; // the week's first day, UTC
    qint64 comments = 0;

    bool operator==(const WeekCount &) const = default;
};

struct TutorialCommentCount
{
    qint64 tutorialId = 0;
    QString title; // null: the tutorial has no title (NULL in the database)
    qint64 comments = 0;

    bool operator==(const TutorialCommentCount &) const = default;
};

// Whose comments are counted.
struct CommentScope
{
    enum class Kind {
        Tutorial, // the comments of one tutorial
        Unassigned, // the comments without a tutorial (tutorialId NULL)
        All, // every comment in the database, unassigned ones included
    };
    Kind kind = Kind::All;
    qint64 tutorialId = 0; // for Tutorial

    static CommentScope tutorial(qint64 id) { return {Kind::Tutorial, id}; }
    static CommentScope unassigned() { return {Kind::Unassigned, 0}; }
    static CommentScope all() { return {Kind::All, 0}; }
    bool operator==(const CommentScope &) const = default;
};

// A part of the comments table by primary key, so that several connections can count parts of it at once: the
// comments with after < id <= upTo (a bound left out: no limit on that side).
struct CommentIdSpan
{
    std::optional<qint64> after;
    std::optional<qint64> upTo;
};

class ActivityStats
{
    Q_DECLARE_TR_FUNCTIONS(ActivityStats)

public:
    explicit ActivityStats(Database &database) : m_database(database) { }

    // Weeks that have comments, oldest first (weeks without any are not listed); only those in `ids`, when given.
    Result<QList<WeekCount>> commentsPerWeek(const CommentScope &scope, const CommentIdSpan &ids = {});
    // The lowest and highest comment id (both 0: no comments). From the primary key: no rows read.
    Result<std::pair<qint64, qint64>> commentIdBounds();
    // The id range first..last cut into `parts` spans, lowest first, that together hold every id above first - 1 once:
    // the first has no lower bound, the last no upper one (what is added meanwhile is counted there); as even as
    // whole numbers allow, empty ones when there are fewer ids than parts.
    static QList<CommentIdSpan> idParts(qint64 first, qint64 last, int parts);
    // The counts of two parts added together, oldest week first.
    static QList<WeekCount> merged(const QList<WeekCount> &a, const QList<WeekCount> &b);
    // The `limit` tutorials with the most comments, most first (ties: the older tutorial first). Unassigned comments
    // belong to no tutorial and are not in it.
    Result<QList<TutorialCommentCount>> mostCommented(int limit);
    // A tutorial's title (null: it has none), by its primary key; a NotFound error when there is no such tutorial.
    Result<QString> titleOf(qint64 tutorialId);

private:
    // The weeks of the comments `where` (with `values` bound) selects, counted as each database does it best.
    Result<QList<WeekCount>> weeksOnMySql(const QString &where, const QVariantList &values, const QString &what);
    Result<QList<WeekCount>> weeksOnSqlite(const QString &where, const QVariantList &values, const QString &what);

    Database &m_database;
};

Q_DECLARE_METATYPE(CommentScope)
