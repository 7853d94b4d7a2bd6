// The window speaks the person's language: the system locale (LANG) picks it, --lang overrides it, and Qt's own
// strings (standard buttons) follow.
#include "database.h"
#include "databaseurl.h"
#include "mainwindow.h"
#include "schema.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void systemLocaleGivesGermanMenus();
    void languageSettingGivesFrenchMenus();
    void preferencesKeepTheLanguage();

private:
    static QStringList menuTitles();
};

QStringList tst_Translations::menuTitles()
{
    auto url = DatabaseUrl::parse(u"sqlite::memory:"_s);
    if (!url)
        return {url.error().message};
    auto database = std::make_shared<Database>(*url);
    if (auto state = Schema::init(*database); !state)
        return {state.error().message};
    MainWindow window(database);
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

void tst_Translations::systemLocaleGivesGermanMenus()
{
    // main() below started the application with LANG=de_DE.UTF-8 and installed the translators for it.
    QCOMPARE(menuTitles(), QStringList({u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s); // Qt's own qtbase_de.qm
}

void tst_Translations::languageSettingGivesFrenchMenus()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
    Translations::install(u"fr"_s);
    QCOMPARE(menuTitles(), QStringList({u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s, u"Aid&e"_s}));
}

// Edit ▸ Preferences, chosen by keyboard and mouse as a person would: the choice lands in the setting that
// tutorialdesk's main() hands to Translations::install() at the next start.
void tst_Translations::preferencesKeepTheLanguage()
{
    QSettings().remove(u"ui/language"_s);
    auto database = std::make_shared<Database>(*DatabaseUrl::parse(u"sqlite::memory:"_s));
    QVERIFY(Schema::init(*database));
    MainWindow window(database);
    window.show();
    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString()); // the system's language until one is chosen
        combo->setCurrentIndex(combo->findData(u"de"_s));
        QCOMPARE(combo->currentText(), u"Deutsch"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        answered = true;
    });
    window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
    QVERIFY(answered);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
}

int main(int argc, char *argv[])
{
    // The locale is read from the environment when the application starts, as in a real session.
    qputenv("LANG", "de_DE.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Translations::install();
    tst_Translations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
