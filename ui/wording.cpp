#include "wording.h"

#include "timestamps.h"

#include <QDateTime>
#include <QLocale>

// Plural forms come from the translation of each language (English's too: translations/tutorialdesk_en.ts), so
// that French says "0 commentaire" and Polish gets its three forms. %Ln: the number in the person's notation.
QString Wording::comments(qint64 n)
{
    return tr("%Ln comment(s)", nullptr, int(n));
}

QString Wording::tutorials(qint64 n)
{
    return tr("%Ln tutorial(s)", nullptr, int(n));
}

QString Wording::unassignedComments(qint64 n)
{
    return tr("%Ln unassigned comment(s)", nullptr, int(n));
}

QString Wording::localTime(qint64 msSinceEpochUtc)
{
    return QLocale().toString(Timestamps::toDateTime(msSinceEpochUtc).toLocalTime(), QLocale::LongFormat);
}
