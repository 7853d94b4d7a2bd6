#!/bin/sh
# Fails when a Qt Linguist .ts file is not ready to ship: a translation that is unfinished or empty, a
# placeholder (%1, %n, %L1) the translation drops or invents, or an accelerator (&File) that got lost.
# Usage: check-ts.sh FILE.ts...   (without arguments: every translations/*.ts next to this checkout)
# Written in Perl because perl-base is part of every Debian system; no XML library needed for lupdate's output.
set -eu
if [ $# -eq 0 ]; then
    set -- "$(dirname "$0")/../../translations/"*.ts
fi
exec perl -e '
use strict;
use warnings;
binmode(STDOUT, ":encoding(UTF-8)");

sub unescape {
    my ($text) = @_;
    $text =~ s/&lt;/</g; $text =~ s/&gt;/>/g; $text =~ s/&quot;/"/g; $text =~ s/&apos;/\x27/g;
    $text =~ s/&#x([0-9a-fA-F]+);/chr(hex($1))/ge;
    $text =~ s/&amp;/&/g;
    return $text;
}
sub placeholders { my %seen; $seen{$_}++ for ($_[0] =~ /%L?(?:[1-9][0-9]?|n)/g); return join(" ", sort keys %seen); }
sub has_accelerator { my $t = $_[0]; $t =~ s/&&//g; return $t =~ /&[^\s&;]/ ? 1 : 0; }

my ($problems, $total) = (0, 0);
for my $file (@ARGV) {
    open(my $fh, "<:encoding(UTF-8)", $file) or die "$file: $!\n";
    local $/;
    my $xml = <$fh>;
    close $fh;
    my ($count, $bad) = (0, 0);
    while ($xml =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
        my ($context, $body) = ($1, $2);
        while ($body =~ m{<message(\s[^>]*)?>(.*?)</message>}gs) {
            my ($attributes, $message) = ($1 // "", $2);
            my ($source) = $message =~ m{<source>(.*?)</source>}s;
            my ($translation_attributes, $translation) = $message =~ m{<translation(\s[^>]*)?(?:/>|>(.*?)</translation>)}s;
            next if defined $translation_attributes && $translation_attributes =~ /type="(?:vanished|obsolete)"/;
            $count++;
            $source = unescape($source // "");
            my @forms;
            if ($attributes =~ /numerus="yes"/) {
                @forms = map { unescape($_) } (($translation // "") =~ m{<numerusform>(.*?)</numerusform>}gs);
                push @forms, "" unless @forms;
            } else {
                @forms = (unescape($translation // ""));
            }
            my @why;
            push @why, "unfinished" if defined $translation_attributes && $translation_attributes =~ /type="unfinished"/;
            push @why, "empty" if grep { $_ eq "" } @forms;
            for my $form (@forms) {
                next if $form eq "";
                my ($want, $have) = (placeholders($source), placeholders($form));
                # A plural form may spell out the number ("one comment") instead of %n.
                if ($attributes =~ /numerus="yes"/) { $want =~ s/\s*%L?n//; $have =~ s/\s*%L?n//; s/^\s+// for $want, $have; }
                push @why, "placeholders [$have] instead of [$want]" if $want ne $have;
                push @why, "lost its accelerator (&)" if has_accelerator($source) && !has_accelerator($form);
            }
            if (@why) {
                $bad++;
                printf "%s: %s: \"%s\": %s\n", $file, $context, $source, join(", ", @why);
            }
        }
    }
    printf "%s: %d messages, %d not ready\n", $file, $count, $bad;
    $problems += $bad;
    $total += $count;
    if ($count == 0) { print "$file: no messages at all\n"; $problems++; }
}
exit($problems ? 1 : 0);
' "$@"
