#!/bin/sh
# pip install of bindings/python into a fresh virtualenv, offline and without build
# isolation, reusing this build tree (setup.py builds only the module's target, which is
# up to date): the installed package classifies and draws evaluate()'s figures as PNG.
# usage: pip_install_test.sh PYTHON SOURCE_DIR BUILD_DIR WORK_DIR
set -eu
python=$1 source_dir=$2 build_dir=$3 work=$4
rm -rf "$work"
mkdir -p "$work"
# Debian's numpy and matplotlib come from the system site packages.
"$python" -m venv --system-site-packages "$work/venv"
SMSFILTER_BUILD_DIR=$build_dir "$work/venv/bin/python" -m pip install --quiet --no-index \
  --no-build-isolation --no-deps "$source_dir/bindings/python"
cd "$work"
"$work/venv/bin/python" - "$source_dir/tests/data/messages.tsv" <<'PY'
import sys
import smsfilter
assert smsfilter.__file__.startswith(sys.prefix), smsfilter.__file__
result = smsfilter.Classifier(smsfilter.default_model()).classify(
    "【招商银行】您的验证码为482913，请勿泄露", "95555")
assert result.category == "security", result.category
metrics = smsfilter.evaluate(smsfilter.default_model(), sys.argv[1],
                             confusion_png="confusion.png", reliability_png="reliability.png")
assert sum(b["count"] for b in metrics["reliability"]) == metrics["count"]
for name in ("confusion.png", "reliability.png"):
    with open(name, "rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n", name
print("installed", smsfilter.__file__)
PY
