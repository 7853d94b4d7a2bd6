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
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    auto *app = QCoreApplication::instance();
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    // English plural forms first: translators are searched newest first, so the language's own come before them.
    auto *plurals = new QTranslator(app);
    if (plurals->load(u":/i18n/tutorialdesk_en.qm"_s))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
    if (locale.language() == QLocale::English)
        return locale;
    auto *ownTranslator = new QTranslator(app);
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
