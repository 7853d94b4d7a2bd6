// tutorialdesk: the window.
#include "database.h"
#include "databaselocator.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "schema.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Opens the database and makes sure the seed's tables are there; the error, in words, when not.
Result<std::shared_ptr<Database>> open(const DatabaseUrl &url)
{
    auto database = std::make_shared<Database>(url);
    if (auto state = Schema::init(*database); !state)
        return state.error();
    return database;
}

// The theme's icon when the package installed it, else the embedded PNGs (a build that is not installed).
QIcon applicationIcon()
{
    QIcon embedded;
    for (int size : {16, 32, 48, 64, 128, 256})
        embedded.addFile(u":/icons/%1x%1/tutorialdesk.png"_s.arg(size), QSize(size, size));
    return QIcon::fromTheme(u"tutorialdesk"_s, embedded);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"TutorialDesk"_s);
    QApplication::setApplicationName(u"tutorialdesk"_s);
    QApplication::setApplicationDisplayName(u"Tutorial Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(TUTORIALDESK_VERSION));
    QApplication::setDesktopFileName(u"tutorialdesk"_s); // the .desktop file's name: Wayland's app id
    QApplication::setWindowIcon(applicationIcon());
    // --lang CODE, else the Preferences setting, else the system locale; before the parser, so --help is translated.
    QString language = Translations::languageArgument(QApplication::arguments());
    if (language.isEmpty())
        language = QSettings().value(u"ui/language"_s).toString();
    Translations::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse and edit tutorials and their comments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(u"database"_s,
                                            QApplication::translate("main",
                                                                    "The database to open (sqlite:PATH or "
                                                                    "mysql://USER@HOST:PORT/DB)."),
                                            u"URL"_s);
    parser.addOption(databaseOption);
    const QCommandLineOption languageOption(
            u"lang"_s,
            QApplication::translate("main", "The language of the window (for example de or fr), instead of the system's."),
            QApplication::translate("main", "CODE"));
    parser.addOption(languageOption);
    parser.process(app);

    QSettings settings;
    const QString saved = settings.value(u"database/last"_s).toString();
    auto url = DatabaseLocator::resolve(parser.value(databaseOption), saved);
    if (!url) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tutorial Desk"), url.error().message);
        return 1;
    }
    PasswordStore::fillIn(*url); // a server password the person had kept in the system keychain
    auto database = open(*url);
    // The saved choice is only a convenience: when it cannot be opened (a server that is down, a file that was
    // moved, a password that is not saved), say so and start on the default database instead of refusing to start.
    const bool explicitChoice = parser.isSet(databaseOption) || qEnvironmentVariableIsSet("TUTORIALDESK_DATABASE");
    if (!database && !explicitChoice && !saved.isEmpty()) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Tutorial Desk"),
                             QApplication::translate("main",
                                                     "The last database could not be opened:\n%1\n\n"
                                                     "Tutorial Desk opens the default database instead.")
                                 .arg(database.error().message));
        url = DatabaseLocator::resolve({}, {});
        if (url)
            database = open(*url);
    }
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tutorial Desk"), database.error().message);
        return 1;
    }
    MainWindow window(*database);
    window.show();
    return app.exec();
}
