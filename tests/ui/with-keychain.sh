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
# The daemon forks and claims org.freedesktop.secrets a moment after this returns (on a busy machine, seconds): wait
# for the name, so the test does not start before the keychain it expects is there.
owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
for _ in $(seq 200); do
    owned && break
    sleep 0.1
done
if ! owned; then
    echo "with-keychain.sh: gnome-keyring-daemon did not register org.freedesktop.secrets within 20 s" >&2
    exit 1
fi
"$@"
