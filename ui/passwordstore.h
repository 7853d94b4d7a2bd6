#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QString>

// Server passwords in the system keychain (the Secret Service, through qtkeychain), never in the settings file and
// never in plain text: where no keychain answers, nothing offers to save one.
namespace PasswordStore {

// Whether a keychain answers on this desktop (asked once).
bool isAvailable();

// The entry's name: the URL without its password ("mysql://user@host:port/db").
QString keyFor(const DatabaseUrl &url);

Result<void> save(const DatabaseUrl &url, const QString &password);
// NotFound when the keychain has no password for this URL.
Result<QString> load(const DatabaseUrl &url);
Result<void> remove(const DatabaseUrl &url);

// A MySQL URL without a password gets the one saved for it, if any.
void fillIn(DatabaseUrl &url);

} // namespace PasswordStore
