// The window speaks the person's language: the system locale (LANG) picks it, --lang overrides it, and Qt's own
// strings (standard buttons) follow.
#include "database.h"
#include "databaseurl.h"
#include "mainwindow.h"
#include "schema.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"
#include "wording.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
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
    void validationNamesTheField_data();
    void validationNamesTheField();
    void toolbarAndMenuSayTheSameWord_data();
    void toolbarAndMenuSayTheSameWord();
    void wordsFitTheLayout_data();
    void wordsFitTheLayout();
    void preferencesChangeTheLanguageAtOnce();
    void redoKeysIncludeCtrlY();

private:
    static QStringList menuTitles();
    static QStringList menuTitlesOf(const MainWindow &window);
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

QStringList tst_Translations::menuTitlesOf(const MainWindow &window)
{
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

namespace {

// Only `language`'s translators, as tutorialdesk installs them at start.
void use(const QString &language)
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(language);
}

std::shared_ptr<Database> memoryDatabase()
{
    auto database = std::make_shared<Database>(*DatabaseUrl::parse(u"sqlite::memory:"_s));
    if (!Schema::init(*database))
        return {};
    return database;
}

} // namespace

// A value too long names its field in the person's language: "Titel", "titre", never the column "title".
void tst_Translations::validationNamesTheField_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::newRow("de") << u"de"_s << u"„Titel“"_s << u"„Beschreibung“"_s;
    QTest::newRow("fr") << u"fr"_s << u"« titre »"_s << u"« description »"_s;
    QTest::newRow("en") << u"en"_s << u"The title"_s << u"The description"_s;
}

void tst_Translations::validationNamesTheField()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, description);
    use(language);
    auto database = memoryDatabase();
    QVERIFY(database);
    TutorialService service(*database);
    auto tooLong = service.validateTutorial(QString(300, u'x'), {});
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().field, u"title"_s); // the field the window puts the message at stays the column
    QString message = tooLong.error().message;
    message.replace(QChar(0x00a0), u' ');
    QVERIFY2(message.contains(title), qPrintable(message));
    tooLong = service.validateTutorial(u"t"_s, QString(70000, u'x'));
    if (!tooLong) { // SQLite declares no limit for TEXT; a NUL is refused everywhere
        message = tooLong.error().message;
    } else {
        tooLong = service.validateTutorial(u"t"_s, u"a\0b"_s);
        QVERIFY(!tooLong);
        message = tooLong.error().message;
    }
    message.replace(QChar(0x00a0), u' ');
    QVERIFY2(message.contains(description), qPrintable(message));
}

// One word per action: the toolbar's short text is the start of the menu's, in every language.
void tst_Translations::toolbarAndMenuSayTheSameWord_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void tst_Translations::toolbarAndMenuSayTheSameWord()
{
    QFETCH(QString, language);
    use(language);
    auto database = memoryDatabase();
    QVERIFY(database);
    MainWindow window(database);
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    // A step to undo, so that Undo's menu text names it ("&Undo load the sample data").
    window.findChild<QPushButton *>(u"loadSampleButton"_s)->click();
    QVERIFY(window.findChild<QAction *>(u"actionUndo"_s)->text().size() > 6);
    int checked = 0;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator() || action->iconText().isEmpty())
            continue;
        QString menu = action->text();
        menu.remove(u'&');
        QVERIFY2(menu.startsWith(action->iconText()),
                 qPrintable(u"toolbar \"%1\", menu \"%2\""_s.arg(action->iconText(), menu)));
        ++checked;
    }
    QVERIFY(checked >= 6);
}

// The words fit where they are shown, at the size of the README's screenshots: the list's "Unassigned comments"
// entry, and the add-comment line whose fields show their whole placeholder (German's used to be ~90 px wide,
// French "Commentaire" was cut to "Comment…").
void tst_Translations::wordsFitTheLayout_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void tst_Translations::wordsFitTheLayout()
{
    QFETCH(QString, language);
    use(language);
    QSettings().clear();
    auto database = memoryDatabase();
    QVERIFY(database);
    MainWindow window(database);
    window.resize(1100, 680);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.findChild<QPushButton *>(u"loadSampleButton"_s), Qt::LeftButton);
    {
        TutorialService service(*database);
        auto all = service.findAll();
        QVERIFY(all && all->size() == 2);
        QVERIFY(service.deleteTutorial(all->first().id, TutorialService::CommentsOnDelete::KeepUnassigned));
    }
    window.findChild<QAction *>(u"actionRefresh"_s)->trigger();
    auto *list = window.findChild<QTreeView *>(u"tutorialView"_s);
    QTRY_VERIFY(list->model()->rowCount() == 2);
    const QModelIndex unassigned = list->model()->index(0, 0);
    QVERIFY(unassigned.data(TutorialListModel::IsUnassignedRole).toBool());
    const QString text = unassigned.data().toString();
    const int needed = list->fontMetrics().horizontalAdvance(text)
        + 2 * list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 4;
    QVERIFY2(
        list->visualRect(unassigned).width() >= needed,
        qPrintable(u"\"%1\" needs %2 px, has %3"_s.arg(text).arg(needed).arg(list->visualRect(unassigned).width())));

    const QModelIndex tutorial = list->model()->index(1, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(tutorial).center());
    // Read on a worker thread: shown a moment after the click.
    QTRY_COMPARE(window.shownTutorialId(), std::optional<qint64>(tutorial.data(TutorialListModel::IdRole).toLongLong()));
    for (const char *name : {"newNameEdit", "newTextEdit"}) {
        auto *edit = window.findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY(edit && edit->isVisible());
        const int placeholder = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 16;
        QVERIFY2(edit->width() >= std::max(placeholder, 140),
                 qPrintable(u"%1 \"%2\": %3 px wide, needs %4"_s.arg(QString::fromLatin1(name), edit->placeholderText())
                                .arg(edit->width())
                                .arg(std::max(placeholder, 140))));
    }
    QVERIFY(window.findChild<QLineEdit *>(u"newTextEdit"_s)->width() >= 250);
}

// The language chosen in Preferences changes the window at once: menus, toolbar, the form, the panes, the list's
// column titles, the status bar and the dates, with no restart.
void tst_Translations::preferencesChangeTheLanguageAtOnce()
{
    use(u"de"_s);
    QSettings().remove(u"ui/language"_s);
    QTemporaryDir dir; // a file: the status bar's counts are read on a worker thread, which needs one
    auto database = std::make_shared<Database>(DatabaseUrl::sqliteFile(dir.filePath(u"t.sqlite"_s)));
    QVERIFY(Schema::init(*database));
    MainWindow window(database);
    window.resize(1100, 680);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.findChild<QPushButton *>(u"loadSampleButton"_s), Qt::LeftButton);
    auto *list = window.findChild<QTreeView *>(u"tutorialView"_s);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
    // Read on a worker thread: shown a moment after the click.
    QTRY_COMPARE(window.shownTutorialId(),
                 std::optional<qint64>(list->model()->index(0, 0).data(TutorialListModel::IdRole).toLongLong()));
    auto *created = window.findChild<QLabel *>(u"createdValue"_s);
    QVERIFY(created);
    const QString createdInGerman = created->text();
    QCOMPARE(menuTitlesOf(window), QStringList({u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    auto *counts = window.findChild<QLabel *>(u"countsLabel"_s);
    QTRY_COMPARE(counts->text(), u"2 Tutorials, 4 Kommentare"_s);

    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *combo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        combo->setCurrentIndex(combo->findData(u"fr"_s));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        answered = true;
    });
    window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
    QVERIFY(answered);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"fr"_s);
    QTRY_COMPARE(menuTitlesOf(window), QStringList({u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s, u"Aid&e"_s}));
    QCOMPARE(window.findChild<QAction *>(u"actionUndo"_s)->iconText(), u"Annuler"_s);
    QCOMPARE(window.findChild<QAction *>(u"actionPreferences"_s)->text(), u"&Préférences…"_s);
    QCOMPARE(window.findChild<QLabel *>(u"commentsLabel"_s)->text(), u"&Commentaires"_s);
    QTRY_COMPARE(counts->text(), u"2 tutoriels, 4 commentaires"_s);
    QCOMPARE(list->model()->headerData(0, Qt::Horizontal).toString(), u"Titre"_s);
    QVERIFY2(created->text() != createdInGerman && !created->text().contains(u"Dezember"_s),
             qPrintable(created->text()));
    QVERIFY2(window.windowTitle().startsWith(u"Tutorial Desk"_s), qPrintable(window.windowTitle()));
    use(u"de"_s);
}

// Ctrl+Y redoes beside the platform's own redo keys. The test program runs this once more under Xvfb with the xcb
// platform (tests/ui/CMakeLists.txt), whose X11 key scheme binds Ctrl+Shift+Z only; offscreen binds both already.
void tst_Translations::redoKeysIncludeCtrlY()
{
    auto database = memoryDatabase();
    QVERIFY(database);
    MainWindow window(database);
    auto *redo = window.findChild<QAction *>(u"actionRedo"_s);
    QVERIFY(redo);
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo)); // the platform's own first, as the menu shows it
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        QVERIFY(redo->shortcuts().contains(key));
    QVERIFY2(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)),
             qPrintable(QKeySequence::listToString(redo->shortcuts())));
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
