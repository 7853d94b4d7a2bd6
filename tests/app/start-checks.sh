#!/usr/bin/env bash
# What the two programs answer before they open anything:
# - tutorialdesk --help and --version with no display at all (no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM);
# - --version of both says the version and the licence (GPL-3.0-or-later);
# - a missing Qt SQL driver is said at start, naming the Debian package to install. The driver is really missing:
#   each program runs as a copy beside a qt.conf whose plugin folder holds only the other driver (and, for the
#   window, the offscreen platform), so Qt's own plugin folder is never searched;
# - on SQLite neither program loads the MariaDB client library (nor OpenSSL with it): it is loaded when a MariaDB
#   database is opened, as the loader's own log (LD_DEBUG=files) shows.
# Usage: start-checks.sh TUTORIALCTL TUTORIALDESK QT_PLUGIN_DIR
set -uo pipefail
ctl=$1 desk=$2 plugins=$3
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
unset TUTORIALDESK_DATABASE TUTORIALDESK_PASSWORD
mkdir -p "$HOME"
failed=0
pass() { printf 'PASS %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$1"; [ $# -lt 2 ] || printf '%s\n' "$2" | sed 's/^/     /' | head -n 20; }

# --- --help and --version without a display ---------------------------------------------------------------
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
out=$("${nodisplay[@]}" "$desk" --help 2>&1); rc=$?
if [ $rc -eq 0 ] && grep -q -- '--database' <<<"$out" && grep -q -- '--lang' <<<"$out"; then
    pass "tutorialdesk --help without a display"
else
    fail "tutorialdesk --help without a display (exit $rc)" "$out"
fi
for program in "$desk" "$ctl"; do
    name=$(basename "$program")
    out=$("${nodisplay[@]}" "$program" --version 2>&1); rc=$?
    if [ $rc -eq 0 ] && grep -Eq "^$name [0-9]+\.[0-9]+\.[0-9]+$" <<<"$(head -n 1 <<<"$out")" \
        && grep -q 'GPLv3+: GNU GPL version 3 or later' <<<"$out"; then
        pass "$name --version without a display: version and licence"
    else
        fail "$name --version without a display: version and licence (exit $rc)" "$out"
    fi
done
out=$("${nodisplay[@]}" "$desk" --lang de --version 2>&1)
if grep -q 'Lizenz' <<<"$out"; then pass "tutorialdesk --lang de --version is German"; else fail "tutorialdesk --lang de --version is German" "$out"; fi

# --- a missing SQL driver -----------------------------------------------------------------------------------
# only KEEP: a copy of PROGRAM in a folder of its own whose qt.conf points at plugins holding only KEEP.
only() {
    local keep=$1 program=$2 dir=$work/$1-$(basename "$2")
    mkdir -p "$dir/plugins/sqldrivers"
    cp "$program" "$dir/"
    [ -z "$keep" ] || ln -s "$plugins/sqldrivers/$keep" "$dir/plugins/sqldrivers/$keep"
    ln -s "$plugins/platforms" "$dir/plugins/platforms"
    printf '[Paths]\nPlugins = %s\n' "$dir/plugins" >"$dir/qt.conf"
    printf '%s\n' "$dir/$(basename "$program")"
}
ctlMySqlOnly=$(only libqsqlmysql.so "$ctl")
out=$("$ctlMySqlOnly" --database "sqlite:$work/a.sqlite" init 2>&1); rc=$?
if [ $rc -eq 1 ] && grep -q 'libqt6sql6-sqlite' <<<"$out" && grep -q "SQLite driver is not installed" <<<"$out" \
    && [ "$(wc -l <<<"$out")" -eq 1 ] && [ ! -e "$work/a.sqlite" ]; then
    pass "tutorialctl without the SQLite driver names libqt6sql6-sqlite, in one line, exit 1"
else
    fail "tutorialctl without the SQLite driver names libqt6sql6-sqlite, in one line, exit 1 (exit $rc)" "$out"
fi
ctlSqliteOnly=$(only libqsqlite.so "$ctl")
out=$("$ctlSqliteOnly" --database "mysql://root@127.0.0.1:1/x?connect-timeout=1" tutorial list 2>&1); rc=$?
if [ $rc -eq 1 ] && grep -q 'libqt6sql6-mysql' <<<"$out" && grep -q "MySQL driver is not installed" <<<"$out" \
    && ! grep -q 'driver not loaded' <<<"$out"; then
    pass "tutorialctl without the MySQL driver names libqt6sql6-mysql, exit 1"
else
    fail "tutorialctl without the MySQL driver names libqt6sql6-mysql, exit 1 (exit $rc)" "$out"
fi
out=$("$ctlSqliteOnly" --database "sqlite:$work/b.sqlite" init 2>&1); rc=$?
if [ $rc -eq 0 ]; then pass "tutorialctl with only the SQLite driver still opens SQLite"; else fail "tutorialctl with only the SQLite driver still opens SQLite" "$out"; fi

# The window: its message box waits for a click, so the line it also writes on stderr is read, then it is ended.
deskMySqlOnly=$(only libqsqlmysql.so "$desk")
QT_QPA_PLATFORM=offscreen "$deskMySqlOnly" --database "sqlite:$work/c.sqlite" >"$work/desk.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    grep -q 'libqt6sql6-sqlite' "$work/desk.log" && break
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.1
done
if grep -q "SQLite driver is not installed.*libqt6sql6-sqlite" "$work/desk.log" && [ ! -e "$work/c.sqlite" ] \
    && ! grep -q 'driver not loaded' "$work/desk.log"; then
    pass "tutorialdesk without the SQLite driver says so at start, naming libqt6sql6-sqlite"
else
    fail "tutorialdesk without the SQLite driver says so at start, naming libqt6sql6-sqlite" "$(cat "$work/desk.log")"
fi
kill "${pids[-1]}" 2>/dev/null

# --- the MariaDB client library only for MariaDB ------------------------------------------------------------
# The loader's log names every library it maps. First that it shows the library where a MariaDB database is asked
# for (no server answers on port 1: the driver, and its library, are loaded all the same).
"$ctl" --database "mysql://root@127.0.0.1:1/x?connect-timeout=1" tutorial list >/dev/null 2>&1 &&
    fail "tutorialctl on a MariaDB URL with no server: it should fail"
LD_DEBUG=files LD_DEBUG_OUTPUT=$work/ld-mysql "$ctl" --database "mysql://root@127.0.0.1:1/x?connect-timeout=1" \
    tutorial list >/dev/null 2>&1
if cat "$work"/ld-mysql.* 2>/dev/null | grep -q 'file=libmariadb'; then
    pass "tutorialctl on MariaDB loads libmariadb (the loader's log shows it)"
else
    fail "tutorialctl on MariaDB loads libmariadb (the loader's log shows it)" "$(cat "$work"/ld-mysql.* 2>/dev/null | head)"
fi
LD_DEBUG=files LD_DEBUG_OUTPUT=$work/ld-ctl "$ctl" --database "sqlite:$work/d.sqlite" init >/dev/null 2>&1
if [ -e "$work/d.sqlite" ] && ! cat "$work"/ld-ctl.* | grep -Eq 'file=(libmariadb|libssl|libcrypto)'; then
    pass "tutorialctl on SQLite loads neither libmariadb nor OpenSSL"
else
    fail "tutorialctl on SQLite loads neither libmariadb nor OpenSSL" "$(cat "$work"/ld-ctl.* | grep -E 'libmariadb|libssl|libcrypto' | head)"
fi
# The window, until it has shown its list (the demo's tutorials) and been idle a moment.
QT_QPA_PLATFORM=offscreen LD_DEBUG=files LD_DEBUG_OUTPUT=$work/ld-desk "$desk" --database "sqlite:$work/d.sqlite" \
    >/dev/null 2>&1 &
pids+=($!)
sleep 3
kill "${pids[-1]}" 2>/dev/null
wait "${pids[-1]}" 2>/dev/null
if grep -q 'file=libQt6Widgets' "$work"/ld-desk.* && grep -q 'qsqlite' "$work"/ld-desk.* \
    && ! cat "$work"/ld-desk.* | grep -Eq 'file=(libmariadb|libssl|libcrypto)'; then
    pass "tutorialdesk on SQLite loads neither libmariadb nor OpenSSL"
else
    fail "tutorialdesk on SQLite loads neither libmariadb nor OpenSSL" "$(cat "$work"/ld-desk.* | grep -E 'libmariadb|libssl|libcrypto|qsqlite' | head)"
fi

[ "$failed" -eq 0 ]
