#!/usr/bin/env bash
# Writes the default model's training set: the data's training split, then this
# repository's composed messages (data/composed/train.tsv) and the training split of the
# real messages it gathered (data/field/train.tsv), under one header.
#
# The NUS corpus's chats (source nus_zh) come without senders, and nearly all of the
# data's personal messages are theirs, while scams mostly come from mobiles: trained as
# they are, the sender kind "mobile" read as a sign of fraud, and a person's message on a
# phone, which always has a sender, was blocked for it. Every fourth of those chats is
# trained as sent from a mobile (docs/model.md, "A person's message comes from a mobile").
# usage: models/training_set.sh DATA_DIR OUT
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
LC_ALL=C awk 'BEGIN { FS = OFS = "\t" }
  FNR == 1 && NR != 1 { next }
  $1 == "personal" && $2 == "" && $4 ~ /^nus_zh:/ && ++chats % 4 == 0 { $2 = "13800000000" }
  { print }' "$1/train.tsv" "$root/data/composed/train.tsv" "$root/data/field/train.tsv" > "$2"
