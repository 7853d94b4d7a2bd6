#!/usr/bin/env bash
# Runs a command inside a fresh D-Bus session with an unlocked gnome-keyring (the Secret Service), in a home folder
# of its own, so that tests can save and read passwords without touching the person's keychain.
#   dbus-run-session -- tests/ui/with-keychain.sh COMMAND...
set -euo pipefail
home=$(mktemp -d)
runtime=$(mktemp -d)
trap 'rm -rf "$home" "$runtime"' EXIT
export HOME=$home XDG_RUNTIME_DIR=$runtime
unset XDG_DATA_HOME XDG_CONFIG_HOME
# A keyring with an empty password makes the daemon ask the person to confirm; a throwaway password does not.
printf 'tutorialdesk-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
