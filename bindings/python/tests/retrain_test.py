"""featurize_file() and pack(): scikit-learn's multinomial regression packed back.

usage: retrain_test.py SOURCE_DIR
"""
import collections
import math
import os
import sys
import tempfile
import unittest

from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import LogisticRegression

import smsfilter

SOURCE_DIR = sys.argv.pop(1)
DATA_DIR = os.path.join(SOURCE_DIR, "tests", "data")
CHAR_MAP = os.path.join(SOURCE_DIR, "models", "charmap.txt")
TRAIN = os.path.join(DATA_DIR, "messages.tsv")
HELDOUT = os.path.join(DATA_DIR, "heldout_messages.tsv")


def read_messages(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f][1:]  # label, sender, text, source


def write_dense_csv(path, regression):
    with open(path, "w") as out:
        for label, intercept, row in zip(regression.classes_, regression.intercept_, regression.coef_):
            out.write(",".join([str(int(label)), repr(intercept)] + [repr(w) for w in row]) + "\n")


class RetrainTest(unittest.TestCase):
    def setUp(self):
        self.model = smsfilter.default_model()
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def featurize(self, data, name, **shard):
        count = smsfilter.featurize_file(data, self.path(name), self.model, **shard)
        with open(self.path(name)) as f:
            rows = f.read().splitlines()
        self.assertEqual(count, len(rows))
        return rows

    def test_rows_are_the_featurizer_buckets(self):
        rows = self.featurize(TRAIN, "train.svm")
        messages = read_messages(TRAIN)
        self.assertEqual(len(rows), len(messages))
        for row, (label, sender, text, _) in zip(rows, messages):
            self.assertEqual(int(row.split()[0]), smsfilter.CATEGORIES.index(label))
            features = smsfilter.featurize(text, sender, self.model)
            signs = collections.Counter()
            for bucket, sign in features:
                signs[bucket + 1] += sign
            expected = {i: s / math.sqrt(len(features)) for i, s in signs.items() if s != 0}
            pairs = [pair.split(":") for pair in row.split()[1:]]
            self.assertEqual([int(i) for i, _ in pairs], sorted(expected))
            for index, value in pairs:
                self.assertAlmostEqual(float(value), expected[int(index)], places=6)

    def test_shards_partition_the_file(self):
        whole = self.featurize(TRAIN, "whole.svm")
        first = self.featurize(TRAIN, "0.svm", shard_index=0, shard_count=2)
        second = self.featurize(TRAIN, "1.svm", shard_index=1, shard_count=2)
        self.assertEqual(whole[0::2], first)  # the first message is on line 2
        self.assertEqual(whole[1::2], second)

    def test_packed_sklearn_model_gives_sklearn_probabilities(self):
        # A packed model has a row per bucket: the default model's 2^20 would make it 5 MB.
        settings = smsfilter.FeaturizerSettings(bucket_bits=12, word_tokens=False)
        for data, name in [(TRAIN, "train.svm"), (HELDOUT, "heldout.svm")]:
            smsfilter.featurize_file(data, self.path(name), settings, CHAR_MAP)
        buckets = settings.bucket_count
        x, y = load_svmlight_file(self.path("train.svm"), n_features=buckets, zero_based=False)
        regression = LogisticRegression(C=10, max_iter=1000).fit(x, y)
        write_dense_csv(self.path("weights.csv"), regression)
        packed = smsfilter.Model.from_bytes(
            smsfilter.pack(self.path("weights.csv"), "dense-csv", TRAIN, settings, char_map=CHAR_MAP))
        self.assertEqual(packed.temperature, 1)
        self.assertEqual(packed.featurizer_settings.bucket_bits, 12)

        heldout, _ = load_svmlight_file(self.path("heldout.svm"), n_features=buckets, zero_based=False)
        expected = regression.predict_proba(heldout)
        classifier = smsfilter.Classifier(packed)
        for probabilities, (_, sender, text, _) in zip(expected, read_messages(HELDOUT)):
            result = classifier.classify(text, sender)
            self.assertEqual(result.category, smsfilter.CATEGORIES[probabilities.argmax()])
            for c, name in enumerate(smsfilter.CATEGORIES):
                self.assertAlmostEqual(result.probabilities[name], probabilities[c], delta=0.01)

    def test_pack_refuses_what_it_cannot_read(self):
        with open(self.path("narrow.csv"), "w") as out:
            out.writelines(f"{label},0,1,2\n" for label in range(5))
        for weights, format_name in [(self.path("narrow.csv"), "dense-csv"),
                                     (self.path("narrow.csv"), "csv"),
                                     (self.path("missing.model"), "liblinear")]:
            with self.assertRaises(smsfilter.Error) as raised:
                smsfilter.pack(weights, format_name, TRAIN, self.model)
            self.assertIn(raised.exception.code,
                          (smsfilter.StatusCode.INVALID_ARGUMENT, smsfilter.StatusCode.IO_ERROR))


if __name__ == "__main__":
    unittest.main()
