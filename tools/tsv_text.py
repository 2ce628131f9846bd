"""A labelled TSV's text field and the message it holds: the data escapes backslash, tab,
CR and LF as \\\\, \\t, \\r and \\n."""
import re


def unescape(field):
    return re.sub(r"\\([\\trn])", lambda m: {"\\": "\\", "t": "\t", "r": "\r", "n": "\n"}[m.group(1)], field)


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
