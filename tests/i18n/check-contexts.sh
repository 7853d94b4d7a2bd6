#!/bin/sh
# Fails when a string would be extracted by lupdate under another context than the one the code looks it up in
# at run time, so that its translation could never be found; or when lupdate cannot extract it at all.
# The trap: a file-local helper `QString tr(const char *text) { return QCoreApplication::translate("Ctx", text); }`.
# lupdate names a tr() call's context after the class or namespace around the call, not after the helper, and
# skips calls in free functions ("tr() cannot be called without context").
# Also fails when a string of the code is missing from a committed translations/*.ts (moved to another class, or
# new, and `update_translations` not run): German and French people would see it in English. The English file
# holds the plural forms only.
# Usage: check-contexts.sh LUPDATE SOURCE...
set -eu
lupdate=$1
shift
translations=$(cd "$(dirname "$0")/../../translations" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n</TS>\n' >"$work/x.ts"
"$lupdate" -no-obsolete -locations absolute "$@" -ts "$work/x.ts" >"$work/lupdate.out" 2>&1 || {
    cat "$work/lupdate.out"
    exit 1
}
TRANSLATIONS=$translations exec perl -e '
use strict;
use warnings;
my ($ts, $log, @sources) = @ARGV;
my $problems = 0;

open(my $lh, "<", $log) or die "$log: $!\n";
while (<$lh>) {
    next unless /tr\(\) cannot be called without context/;
    print "not extracted: $_";
    $problems++;
}

# Contexts the code really uses: Q_OBJECT and Q_DECLARE_TR_FUNCTIONS classes, explicit translate("Ctx", "...")
# calls, and per file, the context of its local tr() helper.
my (%known, %helper, %mismatch);
for my $file (@sources) {
    open(my $fh, "<", $file) or die "$file: $!\n";
    local $/;
    my $text = <$fh>;
    $known{$1} = 1 while $text =~ /\b(?:class|struct)\s+(?:\w+\s+)?(\w+)[^;{]*\{\s*Q_OBJECT/g;
    $known{$1} = 1 while $text =~ /Q_DECLARE_TR_FUNCTIONS\((\w+)\)/g;
    $known{$1} = 1 while $text =~ /translate\(\s*"([^"]+)"\s*,\s*"/g;
    $helper{$file} = $1 if $text =~ /QString\s+tr\s*\([^)]*\)\s*\{\s*return\s+\w+::translate\(\s*"([^"]+)"\s*,\s*\w+\s*\)/;
}

open(my $th, "<:encoding(UTF-8)", $ts) or die "$ts: $!\n";
my $xml = do { local $/; <$th> };
while ($xml =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
    my ($context, $body) = ($1, $2);
    while ($body =~ m{<message[^>]*>(.*?)</message>}gs) {
        my $message = $1;
        my ($file) = $message =~ m{<location filename="([^"]+)"};
        my ($source) = $message =~ m{<source>(.*?)</source>}s;
        next unless defined $file;
        (my $relative = $file) =~ s{^(?:\.\./|\./|/)+}{};
        my ($path) = grep { my $p = $_; $p =~ s{^(?:\.\./|\./|/)+}{}; $p eq $relative || $p =~ m{/\Q$relative\E$} || $relative =~ m{/\Q$p\E$} } keys %helper;
        next unless defined $path;
        next if $context eq $helper{$path} || $known{$context};
        $mismatch{"$relative: extracted as $context, looked up as $helper{$path}"}++;
        $problems++;
    }
}
printf "context mismatch: %s (%d strings)\n", $_, $mismatch{$_} for sort keys %mismatch;

# Every (context, source) the code has must be in each committed translation.
my %wanted;
while ($xml =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
    my ($context, $body) = ($1, $2);
    while ($body =~ m{<message([^>]*)>(.*?)</message>}gs) {
        my ($attributes, $message) = ($1, $2);
        my ($source) = $message =~ m{<source>(.*?)</source>}s;
        $wanted{"$context\x00$source"} = ($attributes =~ /numerus="yes"/) ? 2 : 1;
    }
}
for my $committed (glob("$ENV{TRANSLATIONS}/*.ts")) {
    open(my $ch, "<:encoding(UTF-8)", $committed) or die "$committed: $!\n";
    my $text = do { local $/; <$ch> };
    my %have;
    while ($text =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
        my ($context, $body) = ($1, $2);
        while ($body =~ m{<message[^>]*>(.*?)</message>}gs) {
            my ($source) = $1 =~ m{<source>(.*?)</source>}s;
            $have{"$context\x00$source"} = 1;
        }
    }
    (my $name = $committed) =~ s{.*/}{};
    my $pluralsOnly = $name =~ /_en\.ts$/; # English translates only the plural forms
    for my $key (sort keys %wanted) {
        next if $have{$key} || ($pluralsOnly && $wanted{$key} != 2);
        my ($context, $source) = split /\x00/, $key, 2;
        print "not in $name (run update_translations): $context: $source\n";
        $problems++;
    }
}
print "$problems problem(s)\n" if $problems;
exit($problems ? 1 : 0);
' "$work/x.ts" "$work/lupdate.out" "$@"
