#include "sqlitelocks.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstdarg>
#include <map>
#include <set>
#include <mutex>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using FcntlFunction = int (*)(int, int, ...);
using CloseFunction = int (*)(int);

FcntlFunction systemFcntl = nullptr; // SQLite's own fcntl, used for everything that is not a lock
CloseFunction systemClose = nullptr;
bool installed = false;

using FileKey = std::pair<dev_t, ino_t>;

// A file SQLite locks: a descriptor of it that this process keeps open, through which every lock on the file is
// taken (so within the process there is one owner per file, as with POSIX locks, and nothing else can close it), and
// SQLite's own descriptors of the file that have locked through it.
struct LockedFile
{
    int kept = -1;
    std::set<int> users;
};

std::mutex lockedFilesMutex;
std::map<FileKey, LockedFile> lockedFiles;
std::map<int, FileKey> userFiles; // SQLite's descriptor → its file

int keptDescriptorFor(int fd)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return -1;
    const std::lock_guard guard(lockedFilesMutex);
    const FileKey key{st.st_dev, st.st_ino};
    LockedFile &file = lockedFiles[key];
    if (file.kept < 0) {
        // A duplicate shares the open file description: the same lock owner SQLite's descriptor would be.
        file.kept = systemFcntl(fd, F_DUPFD_CLOEXEC, 3);
        if (file.kept < 0) {
            lockedFiles.erase(key);
            return -1;
        }
    }
    file.users.insert(fd);
    userFiles[fd] = key;
    return file.kept;
}

// Replaces close() inside SQLite's unix VFS. SQLite closes a descriptor only when the process may give up its locks
// on the file (it keeps one open while another connection of the process holds a lock): once it has closed the last
// one, the kept descriptor goes too, and with it this process's locks, as closing would release POSIX locks.
int lockAwareClose(int fd)
{
    int keptToClose = -1;
    {
        const std::lock_guard guard(lockedFilesMutex);
        if (const auto user = userFiles.find(fd); user != userFiles.end()) {
            const auto file = lockedFiles.find(user->second);
            userFiles.erase(user);
            if (file != lockedFiles.end()) {
                file->second.users.erase(fd);
                if (file->second.users.empty()) {
                    keptToClose = file->second.kept;
                    lockedFiles.erase(file);
                }
            }
        }
    }
    const int result = systemClose(fd);
    if (keptToClose >= 0)
        systemClose(keptToClose);
    return result;
}

int ofdCommand(int command)
{
    switch (command) {
    case F_SETLK:
        return F_OFD_SETLK;
    case F_SETLKW:
        return F_OFD_SETLKW;
    case F_GETLK:
        return F_OFD_GETLK;
    default:
        return 0;
    }
}

// Replaces fcntl() inside SQLite's unix VFS (sqlite3_vfs::xSetSystemCall("fcntl")).
int lockingFcntl(int fd, int command, ...)
{
    va_list args;
    va_start(args, command);
    const int ofd = ofdCommand(command);
    if (ofd == 0) {
        // SQLite's other uses: F_GETFD/F_GETFL take nothing, F_SETFD/F_SETFL/F_DUPFD an int.
        const int value = (command == F_GETFD || command == F_GETFL) ? 0 : va_arg(args, int);
        va_end(args);
        return systemFcntl(fd, command, value);
    }
    auto *lock = va_arg(args, struct flock *);
    va_end(args);
    // A read-only descriptor cannot carry the write locks a read-write one may need later: those stay POSIX locks.
    const int flags = systemFcntl(fd, F_GETFL, 0);
    const int kept = (flags >= 0 && (flags & O_ACCMODE) == O_RDWR) ? keptDescriptorFor(fd) : -1;
    if (kept < 0)
        return systemFcntl(fd, command, lock);
    struct flock request = *lock;
    request.l_pid = 0; // required by OFD locks (SQLite leaves it unset)
    const int result = systemFcntl(kept, ofd, &request);
    if (command == F_GETLK && result == 0)
        *lock = request;
    return result;
}

bool kernelHasOfdLocks()
{
    char path[] = "/tmp/tutorialdesk-ofd-XXXXXX";
    const int fd = ::mkstemp(path);
    if (fd < 0)
        return false;
    ::unlink(path);
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    const bool ok = ::fcntl(fd, F_OFD_GETLK, &probe) == 0;
    ::close(fd);
    return ok;
}

} // namespace

namespace SqliteLocks {

bool install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
        if (!vfs || vfs->iVersion < 3 || !vfs->xGetSystemCall || !kernelHasOfdLocks())
            return;
        systemFcntl = reinterpret_cast<FcntlFunction>(vfs->xGetSystemCall(vfs, "fcntl"));
        systemClose = reinterpret_cast<CloseFunction>(vfs->xGetSystemCall(vfs, "close"));
        if (!systemFcntl || !systemClose)
            return;
        if (vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&lockAwareClose)) != SQLITE_OK)
            return;
        installed = vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&lockingFcntl))
                == SQLITE_OK;
    });
    return installed;
}

bool isInstalled()
{
    return installed;
}

bool walDeletedUnderUs(const QString &databasePath)
{
    const QString canonical = QFileInfo(databasePath).canonicalFilePath();
    if (canonical.isEmpty())
        return false;
    // Only the log: SQLite deletes the index itself when the last connection closes.
    const QString wal = canonical + u"-wal (deleted)";
    const QDir fds(QStringLiteral("/proc/self/fd"));
    const QStringList entries = fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        // Read raw: the kernel marks a descriptor of a deleted file with " (deleted)".
        char buffer[4096];
        const QByteArray link = QFile::encodeName(fds.filePath(entry));
        const ssize_t length = ::readlink(link.constData(), buffer, sizeof buffer - 1);
        if (length <= 0)
            continue;
        const QString raw = QFile::decodeName(QByteArray(buffer, int(length)));
        if (raw == wal)
            return true;
    }
    return false;
}

} // namespace SqliteLocks
