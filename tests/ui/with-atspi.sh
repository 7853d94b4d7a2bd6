#!/usr/bin/env bash
# Runs a command in an X server (Xvfb) and a D-Bus session of its own with the accessibility bus (AT-SPI) running and
# Qt's bridge on, as a screen reader's session has it: QAccessible::isActive() is true there, as it is for a person
# with a screen reader, and the item views send their accessibility events. Usage: with-atspi.sh COMMAND [ARGS...]
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
export XDG_RUNTIME_DIR=$work QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
cat >"$work/session.sh" <<'SESSION'
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
for _ in $(seq 100); do # the program asks for the accessibility bus as it starts: have it there first
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true' && break
    sleep 0.1
done
status=0
"$@" || status=$?
kill $launcher 2>/dev/null || true
exit $status
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$work/session.sh" "$@"
