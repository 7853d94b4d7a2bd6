// tutorialdesk: the window.
#include "database.h"
#include "databaselocator.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "processheap.h"
#include "schema.h"
#include "sqldrivers.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "versiontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QIcon>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QScopeGuard>
#include <QSettings>
#include <QThread>
#include <cstdio>
#include <future>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Opens the database and makes sure the seed's tables are there; the error, in words, when not.
Result<std::shared_ptr<Database>> open(const DatabaseUrl &url)
{
    // A missing Qt SQL driver is said first, naming its package, rather than as Qt's "Driver not loaded".
    if (const QString missing = SqlDrivers::missingFor(url); !missing.isEmpty())
        return Error::connection(missing);
    auto database = std::make_shared<Database>(url);
    if (auto state = Schema::init(*database); !state)
        return state.error();
    return database;
}

// The window icon's sizes, decoded on a thread of their own while the database opens (the PNG decoding and the first
// look for image plugins, some 10 ms, are not the window's to wait for); QImage may be read on any thread.
std::future<QList<QImage>> decodeIconImages()
{
    return std::async(std::launch::async, [] {
        QList<QImage> images;
        for (int size : {16, 32, 48, 64, 128, 256})
            images.append(QImage(u":/icons/%1x%1/tutorialdesk.png"_s.arg(size)));
        return images;
    });
}

// The theme's icon when the package installed it, else the embedded PNGs (a build that is not installed). The pixmaps
// are made here, on the GUI thread.
QIcon applicationIcon(std::future<QList<QImage>> images)
{
    QIcon embedded;
    for (const QImage &image : images.get())
        embedded.addPixmap(QPixmap::fromImage(image));
    return QIcon::fromTheme(u"tutorialdesk"_s, embedded);
}

struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption database;
    QCommandLineOption language;
};

// The names and the language every start needs, with a QApplication or, for --help and --version, without one.
void setUp()
{
    QCoreApplication::setOrganizationName(u"TutorialDesk"_s);
    QCoreApplication::setApplicationName(u"tutorialdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TUTORIALDESK_VERSION));
    // --lang CODE, else the Preferences setting, else the system locale; before the parser, so --help is translated.
    QString language = Translations::languageArgument(QCoreApplication::arguments());
    if (language.isEmpty())
        language = QSettings().value(u"ui/language"_s).toString();
    Translations::install(language);
}

Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse and edit tutorials and their comments."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    Options options {help, version,
                     QCommandLineOption(u"database"_s,
                                        QCoreApplication::translate("main",
                                                                    "The database to open (sqlite:PATH or "
                                                                    "mysql://USER@HOST:PORT/DB)."),
                                        u"URL"_s),
                     QCommandLineOption(u"lang"_s,
                                        QCoreApplication::translate("main",
                                                                    "The language of the window (for example de "
                                                                    "or fr), instead of the system's."),
                                        QCoreApplication::translate("main", "CODE"))};
    parser.addOption(options.database);
    parser.addOption(options.language);
    return options;
}

// --help and --version are answered before a QApplication exists: it needs a display, and would abort without one.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

int answerHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setUp();
    QCommandLineParser parser;
    const Options options = addOptions(parser);
    // Qt's own options (-platform, -style) are QApplication's to take; they are not refused here.
    (void)parser.parse(QCoreApplication::arguments());
    if (parser.isSet(options.version) && !parser.isSet(options.help)) {
        std::fputs(versionText("tutorialdesk").toLocal8Bit().constData(), stdout);
        return 0;
    }
    parser.showHelp(0);
}

// The list's order is read on a thread of its own from now on, while the window is built (its widgets, fonts and the
// accessibility bridge's D-Bus connection take longer than the order of 100,000 tutorials): the window's first
// request takes the answer. The sort the window will restore (MainWindow::restoreSettings' keys and defaults).
void prefetchListOrder(const QSettings &settings, const DatabaseUrl &url)
{
    const int column = settings.value(u"list/sortColumn"_s, int(TutorialListModel::UpdatedColumn)).toInt();
    const auto order = Qt::SortOrder(settings.value(u"list/sortOrder"_s, int(Qt::DescendingOrder)).toInt());
    TutorialListModel::prefetch(url,
                                column >= 0 && column < TutorialListModel::ColumnCount
                                        ? column
                                        : int(TutorialListModel::UpdatedColumn),
                                order == Qt::AscendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder);
}

} // namespace

int main(int argc, char *argv[])
{
    prepareProcessHeap(); // before any thread: one heap for all, backed by huge pages where the kernel offers them
    if (asksForHelpOrVersion(argc, argv))
        return answerHelpOrVersion(argc, argv);
    // Qt's accessibility bridge connects to the D-Bus session bus when the window names its first widget, and waits
    // for it on this thread; where no session bus runs (a bare X server, a container) libdbus starts one first
    // (dbus-launch), some 100 ms. Connected here on a thread of its own, that overlaps with connecting to the display,
    // opening the database and building the window; the bridge then finds the connection made (or being made: it
    // waits only for the rest). Before the QApplication, not after it: the wait was still the window's, by some 20 ms.
    // (QtDBus needs no application object for this; from a thread that is not the GUI's, the connection is the same.)
    std::unique_ptr<QThread> sessionBus(QThread::create([] { (void)QDBusConnection::sessionBus(); }));
    sessionBus->start();
    const auto joinSessionBus = qScopeGuard([&sessionBus] { sessionBus->wait(); });
    QApplication app(argc, argv);
    auto iconImages = decodeIconImages();
    const auto setWindowIcon = [&iconImages] { // once, before the first window or message box
        if (iconImages.valid())
            QApplication::setWindowIcon(applicationIcon(std::move(iconImages)));
    };
    setUp();
    QApplication::setApplicationDisplayName(u"Tutorial Desk"_s);
    QApplication::setDesktopFileName(u"tutorialdesk"_s); // the .desktop file's name: Wayland's app id

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    QSettings settings;
    const QString saved = settings.value(u"database/last"_s).toString();
    auto url = DatabaseLocator::resolve(parser.value(options.database), saved);
    if (!url) {
        setWindowIcon();
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tutorial Desk"), url.error().message);
        return 1;
    }
    PasswordStore::fillIn(*url); // a server password the person had kept in the system keychain
    // First: the list's order is the longest read of the start; the tables are checked meanwhile (a read made before
    // they exist, in a new file, is made again).
    prefetchListOrder(settings, *url);
    auto database = open(*url);
    // The saved choice is only a convenience: when it cannot be opened (a server that is down, a file that was
    // moved, a password that is not saved), say so and start on the default database instead of refusing to start.
    const bool explicitChoice = parser.isSet(options.database) || qEnvironmentVariableIsSet("TUTORIALDESK_DATABASE");
    if (!database && !explicitChoice && !saved.isEmpty()) {
        setWindowIcon();
        QMessageBox::warning(nullptr, QApplication::translate("main", "Tutorial Desk"),
                             QApplication::translate("main",
                                                     "The last database could not be opened:\n%1\n\n"
                                                     "Tutorial Desk opens the default database instead.")
                                 .arg(database.error().message));
        url = DatabaseLocator::resolve({}, {});
        if (url) {
            prefetchListOrder(settings, *url);
            database = open(*url);
        }
    }
    if (!database) {
        std::fprintf(stderr, "tutorialdesk: %s\n", qPrintable(database.error().message));
        setWindowIcon();
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tutorial Desk"), database.error().message);
        return 1;
    }
    setWindowIcon();
    MainWindow window(*database);
    window.show();
    return app.exec();
}
