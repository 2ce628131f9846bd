#!/bin/sh
# `smsfilter eval` end to end: the headline leaves template rows out and reports them
# apart, the own-account line counts the losses and those of them a host leaves alone, and
# the per-corpus table names the corpus files of the data's real/ beside the test file.
# usage: eval_cli_test.sh SMSFILTER TEST_DATA_DIR
set -eu
cli=$1
data=$2
. "$(dirname "$0")/cli_test_support.sh"

: > "$work/charmap.txt"
for unsure in 0.5 1.0; do
  "$cli" train --data "$data/messages.tsv" --charmap "$work/charmap.txt" --bucket-bits 10 \
    --unsure "$unsure" --quiet --out "$work/model-$unsure.smsf"
done
# A fixture ad labelled security, so that an own-account message is lost to marketing,
# beside a real code, a hand-composed notice and a template row.
printf 'label\tsender\ttext\tsource\n' > "$work/test.tsv"
grep '^marketing' "$data/messages.tsv" | head -1 | sed 's/^marketing/security/' >> "$work/test.tsv"
grep '^security' "$data/messages.tsv" | head -1 >> "$work/test.tsv"
grep '^transaction' "$data/messages.tsv" | head -1 | sed 's/\tfixture$/\thandwritten/' >> "$work/test.tsv"
grep '^personal' "$data/messages.tsv" | head -1 | sed 's/\tfixture$/\tsynth/' >> "$work/test.tsv"

out=$("$cli" eval --model "$work/model-0.5.smsf" --data "$work/test.tsv")
expect "the headline leaves template rows out" '*== real + hand-composed messages (3 messages)*' "$out"
expect "template rows are reported apart" '*== template-generated messages (synth), reported apart (1 messages)*' "$out"
expect "a confident loss is counted" '*predicted marketing/fraud 1/3 = 0.3333, 0 of them unsure*' "$out"
out=$("$cli" eval --model "$work/model-1.0.smsf" --data "$work/test.tsv")
expect "an unsure loss is counted apart" '*predicted marketing/fraud 1/3 = 0.3333, 1 of them unsure*' "$out"
expect "without corpus files the table says how it groups" '*== per corpus (no corpus files found: sources grouped by their prefix*' "$out"

mkdir "$work/real"
head -2 "$work/test.tsv" > "$work/real/fixture_corpus.tsv"
out=$("$cli" eval --model "$work/model-0.5.smsf" --data "$work/test.tsv")
expect "the corpus file beside the data names its rows" '*== per corpus
corpus*fixture_corpus   *' "$out"
