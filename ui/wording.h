#pragma once

#include <QCoreApplication>
#include <QString>

// Words the window's parts share: counts of things, and a stored time as the person reads it.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)

public:
    static QString comments(qint64 n); // "1 comment", "2 comments"
    static QString tutorials(qint64 n);
    static QString unassignedComments(qint64 n); // "1 unassigned comment", "2 unassigned comments"
    static QString localTime(qint64 msSinceEpochUtc); // in the person's time zone and language
};
