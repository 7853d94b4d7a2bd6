// The window speaks the person's language: the system locale (LANG) picks it, --lang overrides it, and Qt's own
// strings (standard buttons) follow.
#include "database.h"
#include "databaseurl.h"
#include "mainwindow.h"
#include "schema.h"
#include "translations.h"
#include "wording.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void systemLocaleGivesGermanMenus();
    void languageSettingGivesFrenchMenus();
    void preferencesKeepTheLanguage();
    void programPicksTheLanguage_data();
    void programPicksTheLanguage();
    void pluralsFollowTheLanguage_data();
    void pluralsFollowTheLanguage();

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

// tutorialdesk itself: --lang wins over the Preferences setting, which wins over the system locale. Its --help is
// written in the language it installed.
void tst_Translations::programPicksTheLanguage_data()
{
    QTest::addColumn<QString>("setting"); // ui/language in the settings file; empty: none
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString german = u"Tutorials und ihre Kommentare ansehen und bearbeiten."_s;
    const QString french = u"Parcourir et modifier des tutoriels et leurs commentaires."_s;
    const QString english = u"Browse and edit tutorials and their comments."_s;
    QTest::newRow("locale") << QString() << QStringList() << german;
    QTest::newRow("setting over locale") << u"fr"_s << QStringList() << french;
    QTest::newRow("--lang over setting") << u"fr"_s << QStringList({u"--lang"_s, u"en"_s}) << english;
    QTest::newRow("--lang=") << QString() << QStringList({u"--lang=fr"_s}) << french;
}

void tst_Translations::programPicksTheLanguage()
{
    QFETCH(QString, setting);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QTemporaryDir home;
    if (!setting.isEmpty()) {
        QSettings settings(home.filePath(u"config/TutorialDesk/tutorialdesk.conf"_s), QSettings::IniFormat);
        settings.setValue(u"ui/language"_s, setting);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess program;
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(TUTORIALDESK_BINARY), arguments << u"--help"_s);
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 0);
    const QString help = QString::fromUtf8(program.readAllStandardOutput());
    QVERIFY2(help.contains(expected), qPrintable(help));
}

void tst_Translations::pluralsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("counts"); // 0, 1 and 2 comments, then 1 and 2 tutorials
    QTest::newRow("en") << u"en"_s
                        << QStringList {u"0 comments"_s, u"1 comment"_s, u"2 comments"_s, u"1 tutorial"_s,
                                        u"2 tutorials"_s};
    QTest::newRow("de") << u"de"_s
                        << QStringList {u"0 Kommentare"_s, u"1 Kommentar"_s, u"2 Kommentare"_s, u"1 Tutorial"_s,
                                        u"2 Tutorials"_s};
    // French counts zero as singular.
    QTest::newRow("fr") << u"fr"_s
                        << QStringList {u"0 commentaire"_s, u"1 commentaire"_s, u"2 commentaires"_s, u"1 tutoriel"_s,
                                        u"2 tutoriels"_s};
    // No Spanish translation: English words, English plurals, never "2 comment(s)".
    QTest::newRow("es") << u"es"_s
                        << QStringList {u"0 comments"_s, u"1 comment"_s, u"2 comments"_s, u"1 tutorial"_s,
                                        u"2 tutorials"_s};
}

void tst_Translations::pluralsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, counts);
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(language);
    QCOMPARE(QStringList({Wording::comments(0), Wording::comments(1), Wording::comments(2), Wording::tutorials(1),
                          Wording::tutorials(2)}),
             counts);
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
