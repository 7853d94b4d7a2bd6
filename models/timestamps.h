#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// Timestamps as the seed stores them (DATETIME in UTC, whole seconds on MySQL), converted by hand: under callgrind,
// QDateTime::toString and fromString took about half of the instructions of a straightforward export of 10,000
// tutorials, and QMYSQL would read a DATETIME as local time.
namespace Timestamps {

// Now, in UTC, to the millisecond.
qint64 nowMs();

// "2026-11-25 21:23:58.123 +00:00": Sequelize's SQLite dialect.
QString toSqliteText(qint64 msSinceEpoch);
// "2026-11-25 21:23:58": a MySQL DATETIME without fractional seconds, in UTC.
QString toMySqlText(qint64 msSinceEpoch);

// Reads "YYYY-MM-DD HH:MM:SS[.fff…][ ][Z|±HH:MM]" (also with 'T'); no zone means UTC.
std::optional<qint64> parse(QStringView text);
std::optional<qint64> parse(const char *text, qsizetype length);

// From calendar fields in UTC (as a MySQL DATETIME arrives in the binary protocol).
qint64 fromFields(int year, int month, int day, int hour, int minute, int second, int millisecond);

// "2026-11-25T21:23:58.123Z", as JavaScript's Date.toJSON.
void appendIso(QByteArray &out, qint64 msSinceEpoch);
QString toIso(qint64 msSinceEpoch);

inline QDateTime toDateTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
}

} // namespace Timestamps
