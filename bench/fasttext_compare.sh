#!/usr/bin/env bash
# Side-by-side quality and size: fastText (character tokens + bigrams, best of a small grid
# chosen on dev) against smsfilter's default model, both trained on train.tsv and
# scored on test.tsv.
# One training thread: fastText is then deterministic for a seed (with more, its lock-free
# updates make every run differ by up to ±0.006 real-message macro-F1).
# usage: bench/fasttext_compare.sh [DATA_DIR]   (env SMSFILTER: our binary, default build/tools/smsfilter)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$root/../shared/data}
smsfilter=${SMSFILTER:-$root/build/tools/smsfilter}
prep="/usr/bin/python3 $root/bench/fasttext_prep.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v fasttext >/dev/null || { echo "needs fasttext (apt-get install fasttext)" >&2; exit 1; }

for split in train dev test; do $prep convert "$data/$split.tsv" "$work/$split.txt"; done

best="" best_f1=0
for dim in 50 100; do
  for epoch in 10 25; do
    for lr in 0.5 1.0; do
      name="dim$dim-epoch$epoch-lr$lr"
      fasttext supervised -input "$work/train.txt" -output "$work/$name" -dim $dim -epoch $epoch \
        -lr $lr -wordNgrams 2 -bucket 2000000 -thread 1 -seed 1 -verbose 0
      fasttext predict "$work/$name.bin" "$work/dev.txt" > "$work/$name.dev"
      f1=$($prep score "$data/dev.tsv" "$work/$name.dev" | awk '{print $4}')
      echo "fastText $name: dev macro-F1 $f1"
      if awk "BEGIN{exit !($f1 > $best_f1)}"; then best=$name best_f1=$f1; fi
    done
  done
done
echo "chosen on dev: $best (-wordNgrams 2 -bucket 2000000)"

fasttext predict "$work/$best.bin" "$work/test.txt" > "$work/test.pred"
echo "fastText      test: $($prep score "$data/test.tsv" "$work/test.pred"), size $(stat -c %s "$work/$best.bin") bytes"
fasttext quantize -input "$work/train.txt" -output "$work/$best" -qnorm -retrain -cutoff 100000 -thread 1 -seed 1 -verbose 0
fasttext predict "$work/$best.ftz" "$work/test.txt" > "$work/test.ftz.pred"
echo "fastText .ftz test: $($prep score "$data/test.tsv" "$work/test.ftz.pred"), size $(stat -c %s "$work/$best.ftz") bytes"

ours=$("$smsfilter" eval --data "$data/test.tsv" --worst 0)
real=$(echo "$ours" | grep macro-F1 | sed -n 2p)
echo "smsfilter     test: $(echo "$ours" | grep -m1 macro-F1) real-accuracy $(echo "$real" | awk '{print $2}') real-macro-F1 $(echo "$real" | awk '{print $4}'), size $(stat -c %s "$root/models/default.smsf") bytes"
