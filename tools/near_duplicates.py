"""The data's near-duplicate key and split, as ../shared/data/make_splits.py computes them.

Two texts with the same key are one campaign with other numbers: they are kept on one
side of every split.
"""
import hashlib
import re

_STRIP = re.compile(r"[\sA-Za-z0-9０-９Ａ-Ｚａ-ｚ\W_]+", re.UNICODE)


def key_of(text):
    """The first 24 characters of the text without digits, Latin letters, spaces and punctuation."""
    return _STRIP.sub("", text)[:24] or text


def bucket_of(text, buckets):
    """A stable bucket in [0, buckets) for the text's near-duplicate group."""
    return int(hashlib.sha256(key_of(text).encode()).hexdigest()[:8], 16) % buckets


def split_of(text):
    """The split make_splits.py gives the text: test, dev or train (10/10/80)."""
    bucket = bucket_of(text, 10)
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"
