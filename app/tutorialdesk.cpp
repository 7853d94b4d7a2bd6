// tutorialdesk: the window.
#include "database.h"
#include "databaselocator.h"
#include "mainwindow.h"
#include "schema.h"
#include "tutorialservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"TutorialDesk"_s);
    QApplication::setApplicationName(u"tutorialdesk"_s);
    QApplication::setApplicationDisplayName(u"Tutorial Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(TUTORIALDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse and edit tutorials and their comments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(u"database"_s,
                                            QApplication::translate("main", "The database to open (sqlite:PATH or "
                                                                            "mysql://USER@HOST:PORT/DB)."),
                                            u"URL"_s);
    parser.addOption(databaseOption);
    parser.process(app);

    QSettings settings;
    auto url = DatabaseLocator::resolve(parser.value(databaseOption), settings.value(u"database/last"_s).toString());
    if (!url) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tutorial Desk"), url.error().message);
        return 1;
    }
    Database database(*url);
    TutorialService service(database);
    if (auto state = Schema::init(database); !state) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tutorial Desk"), state.error().message);
        return 1;
    }
    MainWindow window(database, service);
    window.show();
    return app.exec();
}
