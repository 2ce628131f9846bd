#!/usr/bin/python3
"""featurize -> liblinear-train -s 0 -> pack: the packed model agrees with liblinear-predict.

usage: retrain_liblinear_test.py SMSFILTER TEST_DATA_DIR

Trains on tests/data/messages.tsv (rows reversed, so liblinear's label order is 4 3 2 1 0
and pack has to map it), with a bias term. On every held-out message, our classifier must
pick liblinear's label, or one within quantisation error of it. liblinear's -s 0 is one-vs-rest: its -b 1 probabilities are the
classes' sigmoids normalised, while our scorer takes the softmax of the same logits. So the
logits are computed here from liblinear's model file, checked against liblinear-predict's
probabilities, and their softmax against ours within int8 quantisation error.
"""
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

QUANTISATION_TOLERANCE = 0.01  # largest difference in any class probability


def run(*args):
    done = subprocess.run([str(a) for a in args], capture_output=True)
    assert done.returncode == 0, (args, done.stderr.decode(errors="replace"))
    return done.stdout.decode()


def read_svm(path):
    rows = []
    for line in Path(path).read_text().splitlines():
        label, *pairs = line.split()
        rows.append((int(label), {int(i): float(v) for i, v in (p.split(':') for p in pairs)}))
    return rows


def read_liblinear_model(path):
    lines = Path(path).read_text().splitlines()
    header = dict(line.split(' ', 1) for line in lines[:lines.index('w')])
    labels = [int(x) for x in header['label'].split()]
    rows = [[float(x) for x in line.split()] for line in lines[lines.index('w') + 1:]]
    return labels, float(header['bias']), rows


def logits(model, features):
    labels, bias, rows = model
    n = len(rows) - (1 if bias >= 0 else 0)
    z = [0.0] * len(labels)
    for index, value in features.items():
        if index <= n:
            z = [zc + value * w for zc, w in zip(z, rows[index - 1])]
    if bias >= 0:
        z = [zc + bias * w for zc, w in zip(z, rows[n])]
    return dict(zip(labels, z))  # by category


def main():
    smsfilter, data = sys.argv[1], Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        run(smsfilter, 'featurize', '--data', data / 'messages.tsv', '--out', tmp / 'train.svm')
        run(smsfilter, 'featurize', '--data', data / 'heldout_messages.tsv', '--out', tmp / 'heldout.svm')
        lines = (tmp / 'train.svm').read_text().splitlines()
        (tmp / 'reversed.svm').write_text('\n'.join(reversed(lines)) + '\n')
        run('liblinear-train', '-s', '0', '-B', '1', '-q', tmp / 'reversed.svm', tmp / 'liblinear.model')
        run(smsfilter, 'pack', '--weights', tmp / 'liblinear.model', '--format', 'liblinear',
            '--data', data / 'messages.tsv', '--out', tmp / 'packed.smsf')
        run('liblinear-predict', '-b', '1', tmp / 'heldout.svm', tmp / 'liblinear.model', tmp / 'predicted.txt')
        ours = [json.loads(line) for line in
                run(smsfilter, 'classify', '--model', tmp / 'packed.smsf', '--json',
                    '--data', data / 'heldout_messages.tsv').splitlines()]
        model = read_liblinear_model(tmp / 'liblinear.model')
        predicted = (tmp / 'predicted.txt').read_text().splitlines()
        heldout = read_svm(tmp / 'heldout.svm')

    assert model[0] == [4, 3, 2, 1, 0], model[0]
    order = [int(x) for x in predicted[0].split()[1:]]
    names = ['personal', 'transaction', 'security', 'marketing', 'fraud']
    assert len(ours) == len(heldout) == len(predicted) - 1 == 30
    worst = 0.0
    for i, ((_, features), line, result) in enumerate(zip(heldout, predicted[1:], ours)):
        label, *probabilities = line.split()
        theirs = dict(zip(order, map(float, probabilities)))
        z = logits(model, features)
        sigmoids = {c: 1 / (1 + math.exp(-zc)) for c, zc in z.items()}
        for c in z:  # our reading of liblinear's model is liblinear's
            assert abs(sigmoids[c] / sum(sigmoids.values()) - theirs[c]) < 1e-5, (i, c)
        top = max(z.values())
        norm = sum(math.exp(zc - top) for zc in z.values())
        # A near tie may go either way within the quantisation error.
        ours_p = result['probabilities']
        tied = ours_p[names[int(label)]] > ours_p[result['category']] - QUANTISATION_TOLERANCE
        assert result['category'] == names[int(label)] or tied, (i, result['category'], label)
        for c, zc in z.items():
            worst = max(worst, abs(math.exp(zc - top) / norm - result['probabilities'][names[c]]))
    assert worst < QUANTISATION_TOLERANCE, worst
    print(f'{len(ours)} held-out messages: same label as liblinear-predict; '
          f'largest probability difference from the float softmax {worst:.4f}')


if __name__ == '__main__':
    main()
