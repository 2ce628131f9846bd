"""Retrains the classifier with scikit-learn: featurize, fit, pack, classify.

usage: PYTHONPATH=build/bindings/python /usr/bin/python3 sklearn_retrain.py TRAIN.tsv DEV.tsv

The features are the built-in model's but hashed into 2^16 buckets, not its 2^20 (of which
it keeps 2^16 weight rows): a packed model has a row per bucket. The dense CSV written
here is the layout `smsfilter pack --format dense-csv` reads (docs/retraining.md).
"""
import sys
import tempfile
from pathlib import Path

from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import LogisticRegression

import smsfilter

train_tsv, dev_tsv = sys.argv[1], sys.argv[2]
char_map = str(Path(__file__).resolve().parents[2] / "models" / "charmap.txt")
settings = smsfilter.FeaturizerSettings(bucket_bits=16, word_tokens=False)
buckets = settings.bucket_count

with tempfile.TemporaryDirectory() as tmp:
    features, weights = Path(tmp) / "train.svm", Path(tmp) / "weights.csv"
    smsfilter.featurize_file(train_tsv, str(features), settings, char_map)
    # LIBSVM indices are bucket + 1: zero_based=False puts bucket b in column b.
    x, y = load_svmlight_file(str(features), n_features=buckets, zero_based=False)
    regression = LogisticRegression(C=10, max_iter=1000).fit(x, y)  # multinomial (lbfgs)

    with open(weights, "w") as out:
        for label, intercept, row in zip(regression.classes_, regression.intercept_, regression.coef_):
            out.write(",".join([str(int(label)), repr(intercept)] + [repr(w) for w in row]) + "\n")
    model = smsfilter.Model.from_bytes(
        smsfilter.pack(str(weights), "dense-csv", dev_tsv, settings, char_map=char_map))

print(f"dev macro-F1 {smsfilter.evaluate(model, dev_tsv)['macro_f1']:.4f}")
result = smsfilter.Classifier(model).classify("【招商银行】您的验证码为482913，请勿泄露", sender="95555")
print(f"{result.category} {result.confidence:.2f}")
