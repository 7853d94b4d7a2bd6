#pragma once

#include <QLocale>
#include <QString>

// Tutorial Desk's translations (embedded as :/i18n/tutorialdesk_<lang>.qm) and Qt's own (qtbase_<lang>.qm from
// Debian's qt6-translations-l10n), so that standard dialogs and buttons speak the same language as the window.
namespace Translations {

// Installs both translators on the running QCoreApplication for `language` (a code such as "de" or "fr_CA"),
// or for the system locale when it is empty. Returns the locale chosen. English plural forms are always installed
// underneath ("1 comment", "2 comments"), for English and for languages Tutorial Desk has no translation for.
// Called again while running, it replaces the translators it installed before: every widget then receives
// QEvent::LanguageChange and shows the new language.
QLocale install(const QString &language = {});

// The language asked for with --lang CODE or --lang=CODE, read before a QCommandLineParser exists so that the
// parser's own help text can already be translated; empty when not given.
QString languageArgument(const QStringList &arguments);

} // namespace Translations
