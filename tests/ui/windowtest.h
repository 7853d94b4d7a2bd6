#pragma once

#include "translations.h"

#include <QApplication>
#include <QStandardPaths>
#include <QString>

// What every test of the real window does first: settings in a test folder (never the person's own), in a file of
// this process's own (two runs of a suite at once, from two checkouts, must not share one); English, with its plural
// forms, as tutorialdesk's main() installs it; and the offscreen platform's note about window managers
// ("propagateSizeHints", said of every dialog) kept out of the log.
inline void startWindowTest(const QString &name)
{
    static const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
              if (!message.contains(QLatin1String("propagateSizeHints")))
                  previous(type, context, message);
          });
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TutorialDeskTest"));
    QApplication::setApplicationName(QStringLiteral("%1-%2").arg(name).arg(QApplication::applicationPid()));
    Translations::install(QStringLiteral("en"));
}
