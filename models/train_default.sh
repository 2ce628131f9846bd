#!/usr/bin/env bash
# Regenerates models/default.smsf from the labeled data, byte for byte.
# usage: models/train_default.sh [DATA_DIR] [SMSFILTER] [OUT]
#   DATA_DIR   holds train.tsv and dev.tsv (default: ../shared/data beside the checkout);
#              data/composed/train.tsv of this repository is trained on too
#   SMSFILTER  the smsfilter binary (default: build/tools/smsfilter)
#   OUT        where to write the model (default: models/default.smsf)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$root/../shared/data}
smsfilter=${2:-$root/build/tools/smsfilter}
out=${3:-$root/models/default.smsf}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/models/training_set.sh" "$data" "$work/train.tsv"

# The committed training settings: change them here, retrain, commit both.
"$smsfilter" train \
  --data "$work/train.tsv" --dev "$data/dev.tsv" \
  --charmap "$root/models/charmap.txt" \
  --bucket-bits 20 --row-bits 16 --ngram-max 3 --no-words --epochs 10 --learning-rate 0.2 --l2 1e-5 \
  --class-weight-power 0.5 --label-smoothing 0.03 --unsure 0.5 --seed 1 --shuffles 5 \
  --out "$out"
