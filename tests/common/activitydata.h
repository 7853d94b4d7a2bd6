#pragma once

#include "testdatabase.h"
#include "timestamps.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Comments at known times for the Activity tests, written as the Sequelize application stores them (SQLite: text with
// "+00:00"; MariaDB: a UTC DATETIME), around a year boundary, with a week without comments and unassigned comments.
// Weeks begin on Monday, UTC:
//
//   week of          "Weekly A"  "Weekly B"  unassigned  whole database
//   2024-12-30 (Mon)                         1           1    (a tutorial deleted with its comments kept)
//   2025-12-15       2                                   2
//   2025-12-22       0           1           1           2
//   2025-12-29       3           2                       5    (2026 begins on the Thursday of this week)
//   2026-01-05       1                       1           2
//   total            6           3           3           12
namespace ActivityData {

struct Ids
{
    qint64 a = 0;
    qint64 b = 0;
};

inline QString stored(TestDatabase &db, int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    const qint64 t = Timestamps::fromFields(y, mo, d, h, mi, s, ms);
    return db.isMySql() ? Timestamps::toMySqlText(t) : Timestamps::toSqliteText(t);
}

inline std::optional<qint64> addTutorial(TestDatabase &db, const QString &title)
{
    QSqlQuery query(db.checker());
    query.prepare(QStringLiteral("INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES (?, ?, ?, ?)"));
    const QString now = stored(db, 2025, 12, 1, 8, 0, 0);
    query.addBindValue(title);
    query.addBindValue(QString());
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

inline bool addComment(TestDatabase &db, std::optional<qint64> tutorialId, const QString &createdAt)
{
    QSqlQuery query(db.checker());
    query.prepare(QStringLiteral("INSERT INTO comments (name, `text`, createdAt, updatedAt, tutorialId) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(QStringLiteral("someone"));
    query.addBindValue(QStringLiteral("a comment"));
    query.addBindValue(createdAt);
    query.addBindValue(createdAt);
    query.addBindValue(tutorialId ? QVariant(*tutorialId) : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// The rows of the table above; nullopt (with a warning) when a statement failed.
inline std::optional<Ids> fill(TestDatabase &db)
{
    Ids ids;
    const auto a = addTutorial(db, QStringLiteral("Weekly A"));
    const auto b = addTutorial(db, QStringLiteral("Weekly B"));
    const auto gone = addTutorial(db, QStringLiteral("Deleted later"));
    if (!a || !b || !gone)
        return std::nullopt;
    ids.a = *a;
    ids.b = *b;
    const bool ok = addComment(db, ids.a, stored(db, 2025, 12, 15, 9, 0, 0)) // Monday
            && addComment(db, ids.a, stored(db, 2025, 12, 21, 23, 59, 59, 999)) // Sunday, the week's last moment
            && addComment(db, ids.a, stored(db, 2025, 12, 29, 0, 0, 0)) // Monday, its first
            && addComment(db, ids.a, stored(db, 2026, 1, 1, 12, 0, 0)) // New Year's Day, a Thursday
            && addComment(db, ids.a, stored(db, 2026, 1, 4, 23, 59, 59)) // Sunday
            && addComment(db, ids.a, stored(db, 2026, 1, 5, 0, 0, 0)) // Monday
            && addComment(db, ids.b, stored(db, 2025, 12, 22, 10, 0, 0))
            && addComment(db, ids.b, stored(db, 2026, 1, 2, 7, 0, 0))
            && addComment(db, ids.b, stored(db, 2026, 1, 3, 18, 30, 0))
            && addComment(db, std::nullopt, stored(db, 2025, 12, 23, 12, 0, 0))
            && addComment(db, std::nullopt, stored(db, 2026, 1, 6, 12, 0, 0))
            && addComment(db, *gone, stored(db, 2024, 12, 31, 12, 0, 0)) // a Tuesday: the week of Monday 2024-12-30
            // As ON DELETE SET NULL leaves them (the checker connection may not enforce foreign keys on SQLite).
            && db.exec(QStringLiteral("UPDATE comments SET tutorialId = NULL WHERE tutorialId = %1").arg(*gone))
            && db.exec(QStringLiteral("DELETE FROM tutorials WHERE id = %1").arg(*gone));
    if (!ok)
        return std::nullopt;
    return ids;
}

} // namespace ActivityData
