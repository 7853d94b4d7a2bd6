#!/bin/sh
# Fails when anything a person reads says "seed" (any case): the word the developers use for the Sequelize
# tutorials application means nothing to someone who installs Tutorial Desk. Read: every string of the code and
# the forms (as lupdate extracts them), the committed translations (sources and translations), resources/ (desktop
# file, AppStream metadata, manual pages), README.md and docs/*.md. Developer comments are not read.
# Usage: check-words.sh LUPDATE SOURCE...
set -eu
lupdate=$1
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n</TS>\n' >"$work/code.ts"
"$lupdate" -no-obsolete -locations none "$@" -ts "$work/code.ts" >"$work/lupdate.out" 2>&1 || {
    cat "$work/lupdate.out"
    exit 1
}
hits=$work/hits
: >"$hits"
grep -Hni 'seed' "$work/code.ts" | sed 's|^[^:]*:[0-9]*:|strings of the code: |' >>"$hits" || true
cd "$root"
grep -rHniI 'seed' translations/*.ts resources README.md docs/*.md >>"$hits" || true
if [ -s "$hits" ]; then
    printf 'Say what it is to the person (the Sequelize tutorials application, its Node.js service, its database), not "seed":\n'
    cat "$hits"
    printf '%s places\n' "$(wc -l <"$hits")"
    exit 1
fi
echo "No user-facing text says seed."
