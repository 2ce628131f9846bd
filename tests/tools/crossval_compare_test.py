#!/usr/bin/python3
"""tools/crossval.py --baseline: verdicts are compared message by message, and a baseline
that shares no message with the run is refused rather than reported as no change."""
import contextlib
import io
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import crossval  # noqa: E402


class CompareTest(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.TemporaryDirectory()
        self.saved = Path(self.work.name) / "base.tsv"
        self.saved.write_text("1\t\t包裹已签收\ttransaction\tmarketing\n"
                              "1\t\t中奖了\tfraud\tfraud\n", encoding="utf-8")

    def tearDown(self):
        self.work.cleanup()

    def test_counts_fixed_and_broken(self):
        current = {"1\t\t包裹已签收": ("transaction", "transaction"), "1\t\t中奖了": ("fraud", "marketing")}
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            crossval.compare(str(self.saved), current)
        self.assertIn("2 of 2 held-out verdicts", out.getvalue())
        self.assertIn("transaction +1/-0", out.getvalue())
        self.assertIn("fraud +0/-1", out.getvalue())
        self.assertIn("total +1/-1", out.getvalue())

    def test_refuses_a_baseline_of_other_seeds(self):
        current = {"2\t\t包裹已签收": ("transaction", "transaction")}
        with self.assertRaises(SystemExit) as raised:
            crossval.compare(str(self.saved), current)
        self.assertIn("same --seeds", str(raised.exception.code))


if __name__ == "__main__":
    unittest.main()
