#!/usr/bin/env bash
# Retrains models/default.smsf with models/train_default.sh and checks that the result is
# byte-identical to the committed file. Exits 77 (skipped) when the data is not there.
# usage: check_default_model.sh DATA_DIR SMSFILTER COMMITTED_MODEL
set -euo pipefail
data=$1 smsfilter=$2 committed=$3
[ -f "$data/train.tsv" ] || { echo "no $data/train.tsv: skipped"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$(dirname "$0")/../models/train_default.sh" "$data" "$smsfilter" "$out" 2>/dev/null
if cmp "$out" "$committed"; then
  echo "models/default.smsf is reproduced byte for byte"
else
  echo "retraining gives a different model: run models/train_default.sh and commit models/default.smsf"
  exit 1
fi
