#pragma once

#include <QCoreApplication>
#include <QString>

// What `--version` prints, for both programs: the version, then the licence in the GNU programs' words.
inline QString versionText(const char *program)
{
    return QString::fromLatin1(program) + u' ' + QStringLiteral(TUTORIALDESK_VERSION) + u'\n'
        + QCoreApplication::translate(
               "versionText",
               "Copyright (C) 2026 The Tutorial Desk developers\n"
               "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
               "This is free software: you are free to change and redistribute it.\n"
               "There is NO WARRANTY, to the extent permitted by law.\n");
}
