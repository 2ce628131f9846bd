"""A message given as a str is read as far as the library reads it, and no further: a long
str classifies, decides and featurizes as its UTF-8 bytes do (which the module passes in
place), and a huge one is never converted whole. usage: long_text_test.py
"""
import sys
import unittest

import smsfilter

# The library scans this many bytes of UTF-8 from each end of a text
# (kMaxScannedBytes, smsfilter/host_text.h).
SCANNED = 256 * 1024
# Longer than both ends together, so the module reads the ends alone.
PADDING = 3 * SCANNED


def as_utf8(text):
    """What the module reads of a str: surrogate pairs as their characters, other surrogates
    as U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace").encode()


class LongTextTest(unittest.TestCase):
    def setUp(self):
        self.classifier = smsfilter.Classifier(smsfilter.default_model())
        self.policy = smsfilter.Policy("smsfilter-policy 1\n")

    def read(self, text, sender):
        result = self.classifier.classify(text, sender)
        return (self.classifier.normalized_text(), result.probabilities, result.top_features,
                str(self.policy.decide(self.classifier, text, sender)),
                smsfilter.featurize(text, sender, smsfilter.default_model()))

    def assert_reads_as_utf8(self, text, sender=""):
        self.assertEqual(self.read(text, sender), self.read(as_utf8(text), as_utf8(sender)))

    def test_the_ends_read_as_the_whole(self):
        # Control characters are invisible and one UTF-8 byte each: a visible character at
        # each offset around the last byte scanned from the head, and from the tail; the
        # middle character makes the str Latin-1, UCS-2 or UCS-4 (an ASCII str is read in
        # place).
        for middle in ("é", "贷", "😀"):
            for offset in range(-6, 7):
                with self.subTest(middle=middle, offset=offset):
                    pad = "\x01" * (SCANNED - 1 + offset)
                    self.assert_reads_as_utf8("a" + pad + "b" + "\x01" * PADDING + middle
                                              + "\x01" * PADDING + "c" + pad + "d")
        # A surrogate pair (two code points of the str) and lone surrogates on either side
        # of where the module cuts a long str.
        for piece in ("\ud83d\ude00", "\ud800", "\udc00x"):
            for offset in range(-6, 7):
                with self.subTest(piece=ascii(piece), offset=offset):
                    pad = "\x01" * (SCANNED + offset)
                    self.assert_reads_as_utf8("a" + pad + piece + "\x01" * PADDING + "贷"
                                              + "\x01" * PADDING + piece + pad + "d")

    def test_a_huge_str_is_never_converted_whole(self):
        text = "【某银行】您的贷款已获批，点击 http://a.cn 领取" + "款" * (20 * SCANNED) + "回T退订"
        # CPython counts a str's cached UTF-8 copy in its size.
        size = sys.getsizeof(text)
        self.assert_reads_as_utf8(text, "10690000")
        self.assertEqual(sys.getsizeof(text), size)


if __name__ == "__main__":
    unittest.main()
