#!/bin/bash
# One scripted person over AT-SPI against the real window on a copy of a database: how long a walk of the whole
# accessibility tree (atspi_user.find_all, as a script looking for a push button does) takes, and the window's CPU
# for it, per thread (the list model's reads run on its worker threads: their CPU shows whether the walk made the
# list read rows). Then it finds the search field and types in it, edits the shown tutorial's title (Save is enabled
# only once the form has an edit: a disabled button has no action, and Qt's bridge answers a press of it with "No such
# object path"), presses a button and, for Save, waits until the new title is in the database copy.
# Usage: bench/a11y/walk.sh TUTORIALDESK DATABASE.sqlite   (the file is copied; the copy is removed afterwards)
# WALK_TWICE=0: skip the second walk (every node, with the list's child and row counts). WALK_BUTTON: the button
# pressed (Save). WALK_TIMEOUT: seconds the walks may take (300).
set -u
desk=$1 source_db=$2
tools=/work/shared/tools
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_db" "$work/db.sqlite"
mkdir -p "$work/run" && chmod 700 "$work/run"
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
unset QT_QPA_PLATFORM
source "$tools/with-desktop.sh"
with_desktop
"$desk" --database "sqlite:$work/db.sqlite" >"$work/desk.log" 2>&1 &
p=$!
cpu() { awk '{print ($14+$15)*10}' /proc/$p/stat; }
threads() { for t in /proc/$p/task/*; do printf '%s=%s ' "$(tr ' ' _ <"$t/comm")" "$(awk '{print ($14+$15)*10}' "$t/stat")"; done; }
sleep 4
echo "settled: cpu=$(cpu) ms; threads (ms): $(threads)"
start=$(date +%s%N)
export WALK_PID=$p WALK_DB=$work/db.sqlite
# The window's CPU every second meanwhile (the walk may outlast the timeout, or the window).
(while kill -0 $p 2>/dev/null; do echo "$(( ($(date +%s%N) - start) / 1000000 )) ms: cpu=$(cpu) ms" >"$work/cpu.last"; sleep 1; done) &
sampler=$!
timeout "${WALK_TIMEOUT:-300}" /usr/bin/python3 - <<'PY'
import os, sys, time
sys.path.insert(0, '/work/shared/tools')
import atspi_user as u, pyatspi
def cpu_ms():
    f = open('/proc/%s/stat' % os.environ['WALK_PID']).read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) * 1000 // os.sysconf('SC_CLK_TCK')
a = u.app('tutorialdesk')
t, c = time.time(), cpu_ms()
buttons = u.find_all(a, role='push button')
print('find_all(push button): %.2f s, window CPU %d ms, %d buttons: %s' % (time.time() - t, cpu_ms() - c, len(buttons),
      ', '.join(repr(b.name) for b in buttons)))
t = time.time()
nodes = u.find_all(a) if os.environ.get('WALK_TWICE', '1') == '1' else []
tree = [n for n in nodes if n.getRoleName() == 'tree']
print('find_all(everything): %.2f s, %d nodes; the list: %s' % (time.time() - t, len(nodes),
      ', '.join('%r %d children, table %d rows' % (n.name, n.childCount, n.queryTable().nRows) for n in tree)))
t = time.time()
search = u.find(a, role='text', name='Search tutorials')
u.set_text(search, 'Tutorial 1')
print('search field found and typed in: %.2f s' % (time.time() - t))
t = time.time()
title = u.find(a, role='text', name='Title', showing=True)
old_title = u.text(title)
new_title = old_title + ' (walked)'
u.set_text(title, new_title)
print('title field found and edited (%r): %.2f s' % (old_title, time.time() - t))
t = time.time()
button = u.find(a, role='push button', name=os.environ.get('WALK_BUTTON', 'Save'))
end = time.time() + 5
while not button.getState().contains(pyatspi.STATE_ENABLED) and time.time() < end:
    time.sleep(0.05)
if not button.getState().contains(pyatspi.STATE_ENABLED) or button.queryAction().nActions == 0:
    sys.exit('button %r is disabled (no action to do): nothing to press' % button.name)
u.press(button)
print('button %r found and pressed: %.2f s' % (button.name, time.time() - t))
if button.name == 'Save':
    import sqlite3
    t = time.time()
    saved = 0
    while time.time() < t + 10 and not saved:
        time.sleep(0.05)
        db = sqlite3.connect('file:%s?mode=ro' % os.environ['WALK_DB'], uri=True, timeout=5)
        saved = db.execute('SELECT COUNT(*) FROM tutorials WHERE title = ?', (new_title,)).fetchone()[0]
        db.close()
    if not saved:
        sys.exit('%r is not in the database 10 s after Save' % new_title)
    print('saved: %r in the database %.2f s after the press' % (new_title, time.time() - t))
PY
echo "walk wall $(( ($(date +%s%N) - start) / 1000000 )) ms; cpu after walk=$(cpu) ms (last sample: $(cat "$work/cpu.last"))"
kill -0 $p 2>/dev/null || { echo "the window is gone; its output:"; tail -20 "$work/desk.log"; }
sleep 3
echo "3 s later: cpu=$(cpu) ms; threads (ms): $(threads); $(grep VmHWM /proc/$p/status)"
kill $p $sampler 2>/dev/null; wait $p 2>/dev/null
without_desktop
