#!/usr/bin/env bash
# Starts tutorialdesk on a demo database under its own X server and D-Bus session with the accessibility bus on,
# and asks atspi_names.py what a screen reader finds. Usage: atspi-names.sh TUTORIALDESK TUTORIALCTL
set -euo pipefail
desk=$1 ctl=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$ctl" --database "sqlite:$work/demo.sqlite" demo >/dev/null
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
unset QT_QPA_PLATFORM # a real X server (Xvfb): the offscreen platform has no accessibility bridge
cat >"$work/session.sh" <<SESSION
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=\$!
# The program asks for the accessibility bus as it starts: have it there first.
for _ in \$(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \\
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true' && break
    sleep 0.1
done
"$desk" --database "sqlite:$work/demo.sqlite" >"$work/desk.log" 2>&1 &
desk=\$!
status=0
timeout 60 /usr/bin/python3 "$here/atspi_names.py" || status=\$?
kill \$desk \$launcher 2>/dev/null || true
wait \$desk 2>/dev/null || true
[ \$status -eq 0 ] || { echo "tutorialdesk's output:"; cat "$work/desk.log"; }
exit \$status
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$work/session.sh"
