#include "wording.h"

#include "timestamps.h"

#include <QDateTime>
#include <QLocale>

// English plurals without a translation file: "1 comment", "2 comments" (tr's %n needs a .qm to say it right).
QString Wording::comments(qint64 n)
{
    return n == 1 ? tr("1 comment") : tr("%1 comments").arg(n);
}

QString Wording::tutorials(qint64 n)
{
    return n == 1 ? tr("1 tutorial") : tr("%1 tutorials").arg(n);
}

QString Wording::unassignedComments(qint64 n)
{
    return n == 1 ? tr("1 unassigned comment") : tr("%1 unassigned comments").arg(n);
}

QString Wording::localTime(qint64 msSinceEpochUtc)
{
    return QLocale().toString(Timestamps::toDateTime(msSinceEpochUtc).toLocalTime(), QLocale::LongFormat);
}
