#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QStringList>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

QLocale install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    auto *app = QCoreApplication::instance();
    // Installed again (Preferences, while running): the previous language's translators go first. Installing and
    // removing them sends LanguageChange to every widget, which translates itself again.
    const auto previous = app->findChildren<QTranslator *>(u"tutorialdesk-translator"_s, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    auto *qtTranslator = new QTranslator(app);
    qtTranslator->setObjectName(u"tutorialdesk-translator"_s);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    // English plural forms first: translators are searched newest first, so the language's own come before them.
    auto *plurals = new QTranslator(app);
    plurals->setObjectName(u"tutorialdesk-translator"_s);
    if (plurals->load(u":/i18n/tutorialdesk_en.qm"_s))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
    if (locale.language() == QLocale::English)
        return locale;
    auto *ownTranslator = new QTranslator(app);
    ownTranslator->setObjectName(u"tutorialdesk-translator"_s);
    if (ownTranslator->load(locale, u"tutorialdesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ownTranslator);
    else
        delete ownTranslator;
    return locale;
}

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang" || argument == u"-lang")
            return arguments.value(i + 1);
        if (argument.startsWith(u"--lang="))
            return argument.sliced(7);
    }
    return {};
}

} // namespace Translations
