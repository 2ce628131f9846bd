#!/usr/bin/env bash
# Writes the default model's training set: the data's training split, then this
# repository's composed messages (data/composed/train.tsv) and the training split of the
# real messages it gathered (data/field/train.tsv), under one header.
# usage: models/training_set.sh DATA_DIR OUT
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
LC_ALL=C awk 'NR == 1 || FNR > 1' "$1/train.tsv" "$root/data/composed/train.tsv" \
  "$root/data/field/train.tsv" > "$2"
