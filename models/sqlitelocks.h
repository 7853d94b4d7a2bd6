#pragma once

#include <QString>

// SQLite's locks on a database file must survive any code in this process that opens and closes the same file.
//
// SQLite locks with POSIX advisory locks (fcntl F_SETLK), which belong to the process: closing *any* descriptor of
// the file drops all of them ("How To Corrupt An SQLite Database File", section 2.2). A file dialog showing the
// database's folder does exactly that when it reads the file's first bytes to pick an icon. Another program then
// believes it is the last one using the database, checkpoints the write-ahead log and deletes it while this process
// still writes into it: saved work vanishes.
//
// install() makes SQLite lock with open file description locks (F_OFD_SETLK, Linux ≥ 3.15) instead, all taken
// through one descriptor per file that this process keeps open while SQLite has the file open. Those belong to that
// descriptor, so closing any other one changes nothing; they conflict with other programs' POSIX locks exactly as
// POSIX locks do, so the Sequelize service, the sqlite3 shell and tutorialctl still exclude each other as before.
namespace SqliteLocks {

// Installs the locking once per process, before the first SQLite connection opens. Safe to call again.
// False where the kernel has no OFD locks (SQLite's own POSIX locking stays then).
bool install();

// Whether install() took effect.
bool isInstalled();

// True when this process still writes into a copy of PATH's write-ahead log that another program deleted (the sign
// that this process's locks were lost): whatever was committed there is not in the file.
bool walDeletedUnderUs(const QString &databasePath);

} // namespace SqliteLocks
