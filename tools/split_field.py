#!/usr/bin/env python3
"""Splits real messages gathered for this repository as the data's own splitter would.

Rows already in ../shared/data (any split, same text up to whitespace) or in
data/composed are dropped, and so is a repeated row; every other row goes to the split
make_splits.py gives its near-duplicate key, so a campaign gathered here lands where the
data keeps its variants and nothing that would be a test row is ever trained on.

Usage: tools/split_field.py [--data DIR] [--out DIR] GATHERED.tsv...
Each GATHERED.tsv has the data's columns (label, sender, text, source) and a header;
writes OUT/train.tsv, OUT/dev.tsv and OUT/test.tsv (OUT defaults to data/field).
"""
import argparse
import glob
import os
import re
import sys
from collections import Counter

from near_duplicates import split_of

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ("personal", "transaction", "security", "marketing", "fraud")
HEADER = "label\tsender\ttext\tsource\n"
SPACE = re.compile(r"\s+")


def rows_of(path):
    with open(path, encoding="utf-8") as f:
        f.readline()
        for number, line in enumerate(f, 2):
            if not line.strip():
                continue
            row = line.rstrip("\n").split("\t")
            if len(row) != 4 or row[0] not in LABELS or not row[2].strip():
                sys.exit(f"{path}:{number}: expected label, sender, text, source with a known label")
            yield row


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(ROOT, "data", "field"))
    parser.add_argument("gathered", nargs="+")
    args = parser.parse_args()

    known = [os.path.join(args.data, f"{name}.tsv") for name in ("train", "dev", "test")]
    known += sorted(glob.glob(os.path.join(ROOT, "data", "composed", "*.tsv")))
    seen = {SPACE.sub("", row[2]) for path in known for row in rows_of(path)}
    splits = {"train": [], "dev": [], "test": []}
    dropped = 0
    for path in args.gathered:
        for row in rows_of(path):
            text = SPACE.sub("", row[2])
            if text in seen:
                dropped += 1
                continue
            seen.add(text)
            splits[split_of(row[2])].append(row)

    os.makedirs(args.out, exist_ok=True)
    for name, rows in splits.items():
        with open(os.path.join(args.out, f"{name}.tsv"), "w", encoding="utf-8") as f:
            f.write(HEADER)
            f.writelines("\t".join(row) + "\n" for row in rows)
        counts = Counter(row[0] for row in rows)
        print(f"{name:5s} {len(rows):4d}  " + "  ".join(f"{c} {counts[c]}" for c in LABELS))
    print(f"dropped {dropped} rows already in the data, in data/composed or gathered twice")


if __name__ == "__main__":
    main()
