#!/usr/bin/python3
"""Converts a smsfilter data TSV to fastText's supervised format, and scores predictions.

  fasttext_prep.py convert IN.tsv OUT.txt      one line per message: __label__X tokens...
  fasttext_prep.py score IN.tsv PREDICTIONS    macro-F1 of `fasttext predict` output on
                                               real and hand-composed rows (never templates)

Tokens give fastText a fair view of Chinese: one token per CJK character, Latin letter
runs as one lowercase word, digit runs as a length-class token (<d6>), and the sender's
kind as a token. With -wordNgrams 2 fastText then sees character bigrams.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from tsv_text import unescape  # noqa: E402

LABELS = ["personal", "transaction", "security", "marketing", "fraud"]
TOKEN = re.compile(r"[a-z]+|[0-9]+|\S", re.IGNORECASE)


def digit_class(n):
    return f"<d{n}>" if n <= 6 else "<d7-10>" if n <= 10 else "<d11>" if n == 11 else "<d12+>"


def sender_token(sender):
    digits = re.sub(r"\D", "", sender)
    if not sender:
        return []
    if re.search(r"[^\d+\s-]", sender):
        return ["__snamed"]
    if digits.startswith("106"):
        return ["__s106"]
    if re.fullmatch(r"9[56]\d{3,4}", digits):
        return ["__s95"]
    if re.fullmatch(r"(86)?1[3-9]\d{9}", digits):
        return ["__smobile"]
    return ["__sother"]


def tokens(sender, text):
    out = sender_token(sender)
    for token in TOKEN.findall(text):
        out.append(digit_class(len(token)) if token.isdigit() else token.lower())
    return out


def rows(path):
    with open(path, encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            label, sender, text, source = line.rstrip("\n").split("\t")
            yield label, sender, unescape(text), source


def convert(tsv, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        for label, sender, text, _ in rows(tsv):
            out.write(f"__label__{label} {' '.join(tokens(sender, text))}\n")


def macro_f1(pairs):
    f1s = []
    for label in LABELS:
        tp = sum(1 for t, p in pairs if t == label and p == label)
        predicted = sum(1 for _, p in pairs if p == label)
        actual = sum(1 for t, _ in pairs if t == label)
        if actual == 0:
            continue
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(f1s) / len(f1s)


def accuracy(pairs):
    return sum(t == p for t, p in pairs) / len(pairs)


def score(tsv, predictions_path):
    data = list(rows(tsv))
    with open(predictions_path, encoding="utf-8") as lines:
        predicted = [line.split()[0].replace("__label__", "") for line in lines]
    pairs = [(row[0], p) for row, p in zip(data, predicted)]
    real = [pair for pair, row in zip(pairs, data) if row[3] not in ("synth", "handwritten")]
    hand = [pair for pair, row in zip(pairs, data) if row[3] == "handwritten"]
    scores = [("real+hand-macro-F1", macro_f1(real + hand)), ("real-macro-F1", macro_f1(real))]
    if hand:  # composed sets have no handwritten rows
        scores.append(("hand-macro-F1", macro_f1(hand)))
    scores.append(("real-accuracy", accuracy(real)))
    print(" ".join(f"{name} {value:.4f}" for name, value in scores))


if __name__ == "__main__":
    {"convert": convert, "score": score}[sys.argv[1]](*sys.argv[2:])
