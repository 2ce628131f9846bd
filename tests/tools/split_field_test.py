#!/usr/bin/python3
"""tools/split_field.py: gathered rows land where the data's splitter puts their campaign."""
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "split_field.py"
HEADER = "label\tsender\ttext\tsource\n"


def write(path, rows):
    path.write_text(HEADER + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")


def read(path):
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]


class SplitFieldTest(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.TemporaryDirectory()
        self.dir = Path(self.work.name)
        data = self.dir / "data"
        data.mkdir()
        write(data / "train.tsv", [("transaction", "", "【工商银行】您尾号1234卡消费12元", "fixture:1")])
        write(data / "dev.tsv", [])
        write(data / "test.tsv", [("transaction", "", "包裹已签收123", "fixture:2")])

    def tearDown(self):
        self.work.cleanup()

    def split(self, rows):
        gathered = self.dir / "gathered.tsv"
        write(gathered, rows)
        return subprocess.run([sys.executable, str(TOOL), "--data", str(self.dir / "data"),
                               "--out", str(self.dir / "field"), str(gathered)],
                              capture_output=True, text=True)

    def test_rows_follow_their_near_duplicate_key_and_known_text_is_dropped(self):
        result = self.split([
            ("transaction", "", "【工商银行】您尾号1234卡消费12元 ", "github:a/b:c"),  # in the data
            ("transaction", "", "包裹已签收456", "github:a/b:c"),  # test's campaign
            ("personal", "", "会议改到下午三点", "github:a/b:d"),
            ("personal", "", "会议改到下午三点", "github:a/b:e"),  # gathered twice
            ("transaction", "95588", "【工商银行】您尾号9876卡消费30元", "github:a/b:f"),
        ])
        self.assertEqual(result.returncode, 0, result.stderr)
        field = self.dir / "field"
        self.assertEqual([row[2] for row in read(field / "test.tsv")], ["包裹已签收456"])
        self.assertEqual([row[2] for row in read(field / "dev.tsv")], ["会议改到下午三点"])
        self.assertEqual(read(field / "train.tsv"),
                         [["transaction", "95588", "【工商银行】您尾号9876卡消费30元", "github:a/b:f"]])
        self.assertIn("dropped 2 rows", result.stdout)

    def test_a_row_without_a_known_label_is_refused(self):
        result = self.split([("spam", "", "恭喜您获得大奖", "github:a/b:c")])
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("gathered.tsv:2", result.stderr)
        self.assertFalse((self.dir / "field").exists())


if __name__ == "__main__":
    unittest.main()
