#include "databaseswitcher.h"

#include "connectdialog.h"
#include "database.h"
#include "passwordstore.h"
#include "schema.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRecentDatabases = 8;

} // namespace

DatabaseSwitcher::DatabaseSwitcher(QMainWindow *window, QMenu *recentMenu, Window hooks)
    : QObject(window), m_window(window), m_recentMenu(recentMenu), m_hooks(std::move(hooks))
{
}

bool DatabaseSwitcher::openDatabase(const DatabaseUrl &given)
{
    if (!m_hooks.settleWrites()) // changes still on their way to this database: asked about first
        return false;
    DatabaseUrl url = given;
    PasswordStore::fillIn(url); // a recent server's password, if the person had it kept in the keychain
    auto database = std::make_shared<Database>(url);
    if (auto state = Schema::init(*database); !state) {
        if (url.isMySql() && state.error().kind == Error::Kind::Connection) {
            connectToServer(state.error().message);
            return false;
        }
        QMessageBox::warning(m_window, tr("Cannot open the database"), state.error().message);
        return false;
    }
    m_hooks.attach(std::move(database));
    remember(url);
    m_window->statusBar()->showMessage(tr("Opened %1").arg(url.location()), 5000);
    return true;
}

void DatabaseSwitcher::newDatabase()
{
    if (!m_hooks.mayLeave())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = m_hooks.chooseFile(FileDialogs::Mode::SaveNew, tr("New database"), dir + u"/tutorials.sqlite"_s,
                             tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // "New" never empties an existing file: offer to open it as it is.
        if (QMessageBox::question(m_window, tr("New database"),
                                  tr("%1 already exists. Open it as it is?").arg(QFileInfo(path).fileName()))
            != QMessageBox::Yes)
            return;
    }
    openDatabase(DatabaseUrl::sqliteFile(path));
}

void DatabaseSwitcher::openDatabaseFile()
{
    if (!m_hooks.mayLeave())
        return;
    const DatabaseUrl current = m_hooks.current();
    const QString dir = current.isSqlite() && !current.isInMemory()
        ? QFileInfo(current.path()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_hooks.chooseFile(FileDialogs::Mode::Open, tr("Open database"), dir,
                                            tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(DatabaseUrl::sqliteFile(path));
}

void DatabaseSwitcher::connectToServer(const QString &message)
{
    if (!m_hooks.mayLeave())
        return;
    ConnectDialog dialog(m_window);
    dialog.setObjectName(u"connectDialog"_s);
    if (const DatabaseUrl current = m_hooks.current(); current.isMySql())
        dialog.setUrl(current);
    if (!message.isEmpty())
        dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto url = dialog.url();
    if (!url || !openDatabase(*url))
        return;
    // Only once the password has worked; the settings never see it (remember() leaves it out).
    if (dialog.savePassword() && url->hasPassword()) {
        if (auto saved = PasswordStore::save(*url, url->password()); !saved)
            QMessageBox::warning(m_window, tr("Password not saved"), saved.error().message);
    } else if (PasswordStore::isAvailable()) {
        (void)PasswordStore::remove(*url); // unticked: forget a password saved before
    }
}

void DatabaseSwitcher::remember(const DatabaseUrl &url)
{
    // Never the password: toString() leaves it out unless asked.
    const QString text = url.toString();
    QSettings settings;
    settings.setValue(u"database/last"_s, text);
    QStringList recent = settings.value(u"database/recent"_s).toStringList();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > MaxRecentDatabases)
        recent.removeLast();
    settings.setValue(u"database/recent"_s, recent);
    updateRecentMenu();
}

void DatabaseSwitcher::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"database/recent"_s).toStringList();
    for (const QString &text : recent) {
        auto url = DatabaseUrl::parse(text);
        if (!url)
            continue;
        QAction *action = m_recentMenu->addAction(url->displayName());
        action->setToolTip(url->location());
        action->setStatusTip(url->location());
        connect(action, &QAction::triggered, this, [this, url = *url] {
            if (!m_hooks.mayLeave())
                return;
            openDatabase(url);
        });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}
