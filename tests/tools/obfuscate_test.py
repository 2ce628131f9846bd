#!/usr/bin/python3
"""tools/obfuscate.py: each transform changes what it says and nothing else."""
import subprocess
import sys
import unittest
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "obfuscate.py"
HEADER = "label\tsender\ttext\tsource"
ROWS = ["marketing\t10690000\t加微信领红包，贷款额度50000元\tfixture:1",
        "security\t95588\t验证码104729，5分钟内有效\tfixture:2"]


def obfuscate(transform, seed=1, rows=ROWS):
    tsv = "\n".join([HEADER] + rows) + "\n"
    out = subprocess.run([sys.executable, str(TOOL), "--transform", transform, "--seed", str(seed)],
                         input=tsv, capture_output=True, text=True, check=True).stdout
    lines = out.rstrip("\n").split("\n")
    assert lines[0] == HEADER
    return [line.split("\t") for line in lines[1:]]


def texts(rows):
    return [row[2] for row in rows]


class ObfuscateTest(unittest.TestCase):
    def test_fullwidth_shifts_ascii_only(self):
        self.assertEqual(texts(obfuscate("fullwidth"))[1], "验证码１０４７２９，５分钟内有效")

    def test_transforms_read_the_message_not_its_escapes(self):
        rows = ["personal\t\t第一行\\n第二行\tfixture:3"]
        self.assertEqual(texts(obfuscate("fullwidth", rows=rows)), ["第一行\\n第二行"])

    def test_pinyin_replaces_one_character_of_listed_words(self):
        self.assertEqual(texts(obfuscate("pinyin"))[0], "加微信领hong包，dai款e度50000元")

    def test_contacts_replaces_wechat_with_a_variant(self):
        text = texts(obfuscate("contacts"))[0]
        self.assertNotIn("微信", text)
        self.assertTrue(text.endswith("领红包，贷款额度50000元"))

    def test_separators_go_only_between_chinese_characters(self):
        original, disguised = ROWS[1].split("\t")[2], texts(obfuscate("separators", seed=3))[1]
        self.assertNotEqual(disguised, original)
        self.assertEqual("".join(c for c in disguised if c not in " .·*_\u200b"), original)
        self.assertIn("104729", disguised)

    def test_symbols_go_only_between_chinese_characters(self):
        original, disguised = ROWS[1].split("\t")[2], texts(obfuscate("symbols", seed=3))[1]
        self.assertNotEqual(disguised, original)
        symbols = "★☆♥❤✿※=#\ufe0f\U0001F525\U0001F4B0\u0336"
        self.assertEqual("".join(c for c in disguised if c not in symbols), original)

    def test_letters_go_only_between_chinese_characters(self):
        original, disguised = ROWS[1].split("\t")[2], texts(obfuscate("letters", seed=3))[1]
        self.assertNotEqual(disguised, original)
        self.assertEqual("".join(c for c in disguised if not c.isascii() or not c.isalpha()), original)

    def assert_between_chat(self, transform, least, most):
        original, disguised = ROWS[0].split("\t")[2], texts(obfuscate(transform))[0]
        before, found, after = disguised.partition(original)
        self.assertEqual(found, original)
        for chat in (before, after):
            self.assertGreaterEqual(len(chat), least)
            self.assertLess(len(chat), most)

    def test_chat_puts_the_message_between_a_few_lines_of_chat(self):
        self.assert_between_chat("chat", 30, 60)

    def test_padded_puts_the_message_between_long_runs_of_chat(self):
        self.assert_between_chat("padded", 600, 630)

    def test_digits_change_only_digits(self):
        disguised = texts(obfuscate("digits"))[1]
        self.assertNotEqual(disguised, ROWS[1].split("\t")[2])
        self.assertTrue(disguised.startswith("验证码") and disguised.endswith("分钟内有效"))

    def test_labels_senders_and_sources_pass_unchanged(self):
        for before, after in zip(ROWS, obfuscate("fullwidth,pinyin,separators,symbols,letters,digits,contacts")):
            fields = before.split("\t")
            self.assertEqual([after[0], after[1], after[3]], [fields[0], fields[1], fields[3]])

    def test_same_seed_same_output_other_seed_differs(self):
        transforms = "separators,digits,contacts"
        self.assertEqual(obfuscate(transforms, seed=5), obfuscate(transforms, seed=5))
        self.assertNotEqual(obfuscate(transforms, seed=5), obfuscate(transforms, seed=6))

    def test_unknown_transform_is_refused(self):
        result = subprocess.run([sys.executable, str(TOOL), "--transform", "rot13"],
                                input=HEADER + "\n", capture_output=True, text=True)
        self.assertEqual(result.returncode, 2)
        self.assertIn("unknown transform: rot13", result.stderr)


if __name__ == "__main__":
    unittest.main()
