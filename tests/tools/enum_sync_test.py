#!/usr/bin/python3
"""The reason, contact, sub- and organisation kinds read the same, in the same order, in the C++ headers,
the C header, Java and Python: each binding exposes them as the library's numbers."""
import re
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def read(path):
    return (ROOT / path).read_text(encoding="utf-8")


def cpp_names(header, array):
    """The strings of `array` = {...} in a C++ header, lower case."""
    body = re.search(array + r" = \{(.*?)\};", read(header), re.S).group(1)
    return re.findall(r'"([a-z_]+)"', body)


def c_names(prefix):
    """Enumerators PREFIX_NAME = N of include/smsfilter.h in value order, lower case."""
    values = re.findall(prefix + r"([A-Z_]+) = (\d+)", read("include/smsfilter.h"))
    return [name.lower() for name, value in sorted(values, key=lambda v: int(v[1]))
            if name != "NONE"]


def java_names(path, enum):
    """The constants of a Java enum in declaration order, lower case."""
    body = read(path)
    body = re.sub(r"/\*.*?\*/", "", body[body.index("enum " + enum):], flags=re.S)
    constants = body[body.index("{") + 1:body.index(";")]
    return [name.lower() for name in re.findall(r"[A-Z_]+", constants)]


def python_names(enum):
    """Values of a py::enum_ in bindings/python/policy_bindings.cc, in order, lower case."""
    text = read("bindings/python/policy_bindings.cc")
    start = text.index('py::enum_<%s>' % enum)
    body = text[start:text.index(";", start)]
    return [name.lower() for name in re.findall(r'\.value\("([A-Z_]+)"', body)]


class EnumSync(unittest.TestCase):
    def test_reason_kinds(self):
        names = cpp_names("include/smsfilter/reason.h", "kReasonKindNames")
        self.assertIn("suspicious_contact", names)
        self.assertEqual(c_names("SMSF_REASON_"), names)
        self.assertEqual(java_names("bindings/android/java/org/smsfilter/Reason.java", "Kind"), names)
        self.assertEqual(python_names("ReasonKind"), names)

    def test_contact_kinds(self):
        names = cpp_names("include/smsfilter/reason.h", "kContactKindNames")
        self.assertEqual(len(names), 6)
        self.assertEqual(c_names("SMSF_CONTACT_"), names)
        self.assertEqual(java_names("bindings/android/java/org/smsfilter/ContactKind.java", "ContactKind"),
                         names)
        self.assertEqual(python_names("ContactKind"), names)

    def test_sub_kinds(self):
        names = cpp_names("include/smsfilter/decision.h", "kSubKindNames")
        self.assertEqual(names[0], "none")
        self.assertIn("promotional_coupons", names)
        self.assertEqual(c_names("SMSF_SUB_KIND_"), names[1:])
        self.assertEqual(java_names("bindings/android/java/org/smsfilter/SubKind.java", "SubKind"), names)
        self.assertEqual(python_names("SubKind"), names)

    def test_organization_kinds(self):
        names = cpp_names("include/smsfilter/registry.h", "kOrganizationKindNames")
        self.assertEqual(len(names), 14)
        self.assertEqual(c_names("SMSF_ORGANIZATION_"), names)
        self.assertEqual(
            java_names("bindings/android/java/org/smsfilter/OrganizationKind.java", "OrganizationKind"),
            names)
        self.assertEqual(python_names("OrganizationKind"), names)


if __name__ == "__main__":
    unittest.main()
