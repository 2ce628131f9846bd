#!/usr/bin/python3
"""fastText and smsfilter judged on the same cross-validation folds.

test.tsv has 13 real security and 35 real transaction messages: one of them moves real
macro-F1 by about 0.005, and fastText's row order alone moves it by up to 0.01
(bench/fasttext_compare.sh). Cross-validation judges every real training message once,
about 32,000 of them. This trains fastText on tools/crossval.py's folds (the same
near-duplicate buckets) and scores it on the held-out messages of a crossval run saved
with --save, message for message.

usage: bench/fasttext_crossval.py OURS.tsv [--data DIR] [--dim 50] [--epoch 25] [--lr 0.5]
                                  [--orders 3]
  OURS.tsv   tools/crossval.py --save output of the recipe to compare (each of its
             training seeds is scored apart). The fastText settings default to those
             bench/fasttext_compare.sh chose on dev; each row order is a fastText run.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(ROOT, "tools"), os.path.join(ROOT, "bench")]
from crossval import DEFAULT_FOLDS, Score, kind_of, read_rows, split_folds  # noqa: E402
from fasttext_prep import tokens  # noqa: E402
from tsv_text import unescape  # noqa: E402


def key_of(row):
    return row[1] + "\t" + row[2]


def fasttext_line(row):
    label, sender, text = row[:3]
    return f"__label__{label} {' '.join(tokens(sender, unescape(text)))}\n"


def fasttext_held_out(splits, order, args, work):
    """Held-out prediction of every scored row, by key_of, for one row order."""
    predicted = {}
    train_txt, held_txt, model = (os.path.join(work, name) for name in ("train.txt", "held.txt", "fold"))
    for training, held in splits:
        lines = [fasttext_line(row) for row in training]
        random.Random(order).shuffle(lines)
        with open(train_txt, "w", encoding="utf-8") as f:
            f.writelines(lines)
        with open(held_txt, "w", encoding="utf-8") as f:
            f.writelines(fasttext_line(row) for row in held)
        subprocess.run(["fasttext", "supervised", "-input", train_txt, "-output", model, "-dim", args.dim,
                        "-epoch", args.epoch, "-lr", args.lr, "-wordNgrams", "2", "-bucket", "2000000",
                        "-thread", "1", "-verbose", "0"], check=True)
        out = subprocess.run(["fasttext", "predict", model + ".bin", held_txt], check=True,
                             capture_output=True, text=True).stdout
        for row, line in zip(held, out.splitlines()):
            predicted[key_of(row)] = line.removeprefix("__label__")
    return predicted


def read_ours(path):
    """Saved crossval predictions: training seed -> {sender and text: predicted}."""
    runs = defaultdict(dict)
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, predicted = line.rstrip("\n").rsplit("\t", 2)
            parts = key.split("\t")
            seed = parts[0] if len(parts) == 3 else "-"
            runs[seed]["\t".join(parts[-2:])] = predicted
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ours")
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--dim", default="50")
    parser.add_argument("--epoch", default="25")
    parser.add_argument("--lr", default="0.5")
    parser.add_argument("--orders", type=int, default=3)
    args = parser.parse_args()

    ours = read_ours(args.ours)
    with tempfile.TemporaryDirectory() as work:
        training_set = os.path.join(work, "train.tsv")
        subprocess.run([os.path.join(ROOT, "models", "training_set.sh"), args.data, training_set], check=True)
        splits = split_folds(read_rows(training_set)[1], DEFAULT_FOLDS)
        fasttext = {order: fasttext_held_out(splits, order, args, work) for order in range(1, args.orders + 1)}

    scored = {key_of(row): row for _, held in splits for row in held}
    shared = set(scored).intersection(*ours.values())
    print(f"fastText -dim {args.dim} -epoch {args.epoch} -lr {args.lr} -wordNgrams 2, {DEFAULT_FOLDS} folds; "
          f"{len(shared)} held-out messages scored by both")
    for kind in ("real", "hand", "composed"):
        keys = [key for key in shared if kind_of(scored[key][3]) == kind]
        print(f"== {kind} ({len(keys)} messages)")
        for name, runs in (("fastText row order", fasttext), ("smsfilter seed", ours)):
            f1s = []
            for run, predicted in runs.items():
                score = Score()
                for key in keys:
                    score.add(scored[key][0], predicted[key])
                f1s.append(score.macro_f1())
                print(f"  {name} {run}: {score.summary()}")
            print(f"  {name.split()[0]} mean macro-F1 {sum(f1s) / len(f1s):.4f} over {len(f1s)}")


if __name__ == "__main__":
    sys.exit(main())
