#!/usr/bin/env bash
# Two builds of the smsfilter tool (this machine's and another architecture's under an
# emulator) classify the same messages alike: same categories, probabilities and features
# to the printed digits. Messages: each line of a .txt file, the text column of a .tsv.
# usage: check_same_output.sh "SMSFILTER" "OTHER_SMSFILTER" FILE...
set -euo pipefail
first=$1 second=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for file in "$@"; do
  case $file in
    *.tsv) tail -n +2 "$file" | cut -f3 ;;
    *) cat "$file" ;;
  esac
done > "$work/messages.txt"
# Word splitting on purpose: a command may be "qemu-aarch64-static path/to/smsfilter".
$first classify --json < "$work/messages.txt" > "$work/first.jsonl"
$second classify --json < "$work/messages.txt" > "$work/second.jsonl"
if ! cmp -s "$work/first.jsonl" "$work/second.jsonl"; then
  echo "outputs differ on lines:"
  diff "$work/first.jsonl" "$work/second.jsonl" | grep -E '^[0-9]' | head -n 20
  exit 1
fi
echo "$(wc -l < "$work/first.jsonl") messages classified alike"
