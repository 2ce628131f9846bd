#!/usr/bin/env bash
# Macro-F1 of a model on test.tsv as spammers would disguise it (tools/obfuscate.py), one
# transform at a time and all together, against the clean text.
# usage: bench/obfuscation.sh [TEST_TSV] [SMSFILTER] [MODEL]
#   TEST_TSV   default ../shared/data/test.tsv beside the checkout
#   SMSFILTER  default build/tools/smsfilter; MODEL default: its built-in model
# Needs opencc (apt-get install opencc) for the Traditional-script transform.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
test_tsv=${1:-$root/../shared/data/test.tsv}
smsfilter=${2:-$root/build/tools/smsfilter}
model_args=()
[ $# -ge 3 ] && model_args=(--model "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The first two macro-F1 figures eval prints: over real + hand-composed messages, over real ones.
macro_f1s() {
  "$smsfilter" eval "${model_args[@]}" --data "$1" | grep -o 'macro-F1 [0-9.]*' | head -2 |
    cut -d' ' -f2 | paste -sd' '
}

read -r clean clean_real <<< "$(macro_f1s "$test_tsv")"
row() {
  awk -v t="$1" -v f="$2" -v r="$3" -v c="$clean" -v cr="$clean_real" \
    'BEGIN { printf "%-12s %-9s %-6.3f %-10s %.3f\n", t, f, f / c, r, r / cr }'
}
printf '%-12s %-9s %-6s %-10s %s\n' transform macro-F1 ratio real-only ratio
row clean "$clean" "$clean_real"
for transform in traditional fullwidth separators symbols letters digits contacts pinyin chat padded all; do
  /usr/bin/python3 "$root/tools/obfuscate.py" --transform "$transform" < "$test_tsv" > "$work/$transform.tsv"
  row "$transform" $(macro_f1s "$work/$transform.tsv")
done
