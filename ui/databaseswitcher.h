#pragma once

#include "databaseurl.h"
#include "filedialogs.h"

#include <QObject>
#include <functional>
#include <memory>

class Database;
class QMainWindow;
class QMenu;

// File ▸ New Database, Open Database, Connect to Server and Open Recent: the person is asked first about unsaved
// edits and writes still on their way, the database is opened with its schema ready (a server that refuses brings
// the connect dialog back with its reason), handed to the window, and remembered — never with its password, which
// only the keychain keeps, and only when the person asked for it.
class DatabaseSwitcher : public QObject
{
    Q_OBJECT

public:
    // What the switcher needs of the window.
    struct Window
    {
        std::function<bool()> mayLeave; // unsaved edits: saved or discarded (true), or the person stays (false)
        std::function<bool()> settleWrites; // writes on their way: saved or dropped (true), or stay (false)
        std::function<void(std::shared_ptr<Database>)> attach; // shows this database from now on
        std::function<DatabaseUrl()> current;
        FileDialogs::Chooser chooseFile;
    };

    DatabaseSwitcher(QMainWindow *window, QMenu *recentMenu, Window hooks);

    // Switches the window to another database; false (the reason shown to the person) when it cannot be used.
    bool openDatabase(const DatabaseUrl &url);
    void newDatabase();
    void openDatabaseFile();
    void connectToServer(const QString &message = {});
    // The last database used and the recent ones (File ▸ Open Recent).
    void remember(const DatabaseUrl &url);
    void updateRecentMenu();

private:
    QMainWindow *m_window = nullptr;
    QMenu *m_recentMenu = nullptr;
    Window m_hooks;
};
