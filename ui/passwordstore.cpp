#include "passwordstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace PasswordStore {

namespace {

const QString service = u"Tutorial Desk"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("PasswordStore", text);
}

// Runs a keychain job to its end (a D-Bus round trip) and returns its error, if any.
QKeychain::Error run(QKeychain::Job &job, QString *message)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // plain text is never an option
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (message)
        *message = job.errorString();
    return job.error();
}

} // namespace

bool isAvailable()
{
    // Asked of the session bus without starting anything: a read job would D-Bus-activate a keyring that then waits
    // for a password prompt, which froze the window where no one could answer it. A desktop session has its keyring
    // (the Secret Service, or KWallet) running already. Asked each time (one short D-Bus call per name), so a keyring
    // that starts after the window does is noticed.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    for (const char *name : {"org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5"}) {
        if (bus.interface()->isServiceRegistered(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

QString keyFor(const DatabaseUrl &url)
{
    return url.toString(false);
}

Result<void> save(const DatabaseUrl &url, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyFor(url));
    job.setTextData(password);
    QString message;
    if (run(job, &message) != QKeychain::NoError)
        return Error::io(tr("The password could not be saved in the keychain: %1").arg(message));
    return {};
}

Result<QString> load(const DatabaseUrl &url)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyFor(url));
    QString message;
    const QKeychain::Error error = run(job, &message);
    if (error == QKeychain::EntryNotFound)
        return Error::notFound(tr("No password is saved for %1.").arg(url.displayName()));
    if (error != QKeychain::NoError)
        return Error::io(tr("The keychain could not be read: %1").arg(message));
    return job.textData();
}

Result<void> remove(const DatabaseUrl &url)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(keyFor(url));
    QString message;
    const QKeychain::Error error = run(job, &message);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return Error::io(tr("The password could not be removed from the keychain: %1").arg(message));
    return {};
}

void fillIn(DatabaseUrl &url)
{
    if (!url.isMySql() || url.hasPassword() || !isAvailable())
        return;
    if (auto password = load(url))
        url.setPassword(*password);
}

} // namespace PasswordStore
