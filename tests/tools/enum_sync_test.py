#!/usr/bin/python3
"""Every enum the bindings expose -- categories, actions, statuses, feedback, reason, contact, sub- and
organisation kinds, languages -- reads the same, in the same order, in the C++ headers, the C header,
Java and Python: each binding exposes them as the library's numbers, and Java maps them by value."""
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


def cpp_enumerators(header, enum):
    """The enumerators kName = N of a C++ enum class in value order, as lower-case snake case."""
    text = read(header)
    start = text.index("enum class " + enum)
    body = text[start:text.index("};", start)]
    values = re.findall(r"\bk([A-Za-z]+) = (\d+)", body)
    return [re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
            for name, value in sorted(values, key=lambda v: int(v[1]))]


def java_constants(path, enum):
    """(name, value) for each constant of a Java enum in declaration order, the name lower case;
    the value is None for a constant without one."""
    body = read(path)
    body = re.sub(r"/\*.*?\*/", "", body[body.index("enum " + enum):], flags=re.S)
    constants = re.match(r"[^{]*\{([^;}]*)", body).group(1)
    return [(name.lower(), int(value) if value else None)
            for name, value in re.findall(r"([A-Z_]+)(?:\((\d+)\))?", constants)]


def java_names(path, enum):
    """The constants of a Java enum in declaration order, lower case."""
    return [name for name, _ in java_constants(path, enum)]


JAVA = "bindings/android/java/org/smsfilter/"


def python_names(enum, source="bindings/python/policy_bindings.cc"):
    """Values of a Python enum in order, lower case: those of the C++ list it is defined from
    (define_enum), or else those of its py::enum_ in the binding's source."""
    text = read(source)
    from_list = re.search(r'define_enum<%s>\(m, "%s",[^;]*,\s*(k[A-Za-z]+Names)\);' % (enum, enum), text)
    if from_list:
        array = from_list.group(1)
        header = next(h for h in (ROOT / "include/smsfilter").glob("*.h") if array + " =" in h.read_text())
        return cpp_names(str(header.relative_to(ROOT)), array)
    start = text.index('py::enum_<%s>' % enum)
    body = text[start:text.index(");\n", start)]
    return [name.lower() for name in re.findall(r'\.value\("([A-Z_]+)"', body)]


class EnumSync(unittest.TestCase):
    def assertJavaByValue(self, enum):
        """Java's constants carry their native values, 0, 1, 2 ... in declaration order."""
        values = [value for _, value in java_constants(JAVA + enum + ".java", enum)]
        self.assertEqual(values, list(range(len(values))), enum)

    def test_categories(self):
        names = cpp_names("include/smsfilter/category.h", "kCategoryNames")
        self.assertEqual(cpp_enumerators("include/smsfilter/category.h", "Category"), names)
        self.assertEqual(c_names("SMSF_CATEGORY_"), names)
        self.assertEqual(java_names(JAVA + "Category.java", "Category"), names)
        self.assertJavaByValue("Category")

    def test_actions(self):
        names = cpp_names("include/smsfilter/action.h", "kActionNames")
        self.assertEqual(cpp_enumerators("include/smsfilter/action.h", "Action"), names)
        self.assertEqual(["none"] + c_names("SMSF_ACTION_"), names)
        self.assertEqual(java_names(JAVA + "Action.java", "Action"), names)
        self.assertJavaByValue("Action")
        self.assertEqual(python_names("Action"), names)

    def test_statuses(self):
        names = cpp_enumerators("include/smsfilter/status.h", "StatusCode")
        self.assertIn("self_test_failed", names)
        self.assertEqual(c_names("SMSF_STATUS_"), names)
        self.assertEqual(java_names(JAVA + "StatusCode.java", "StatusCode"), names)
        self.assertJavaByValue("StatusCode")
        self.assertEqual(python_names("StatusCode", "bindings/python/module.cc"), names)

    def test_feedback(self):
        names = cpp_enumerators("include/smsfilter/policy.h", "Feedback")
        self.assertEqual(c_names("SMSF_FEEDBACK_"), names)
        self.assertEqual(java_names(JAVA + "Feedback.java", "Feedback"), names)
        self.assertEqual(python_names("Feedback"), names)

    def test_languages(self):
        names = cpp_names("include/smsfilter/reason.h", "kLanguageNames")
        self.assertEqual(c_names("SMSF_LANGUAGE_"), names)
        self.assertEqual(len(java_names(JAVA + "Language.java", "Language")), len(names))
        self.assertJavaByValue("Language")
        self.assertEqual(python_names("Language"), names)

    def test_reason_kinds(self):
        names = cpp_names("include/smsfilter/reason.h", "kReasonKindNames")
        self.assertIn("suspicious_contact", names)
        self.assertEqual(c_names("SMSF_REASON_"), names)
        self.assertEqual(java_names(JAVA + "Reason.java", "Kind"), names)
        self.assertEqual([v for _, v in java_constants(JAVA + "Reason.java", "Kind")], list(range(len(names))))
        self.assertEqual(python_names("ReasonKind"), names)

    def test_contact_kinds(self):
        names = cpp_names("include/smsfilter/reason.h", "kContactKindNames")
        self.assertEqual(len(names), 6)
        self.assertEqual(c_names("SMSF_CONTACT_"), names)
        self.assertEqual(java_names(JAVA + "ContactKind.java", "ContactKind"), names)
        self.assertJavaByValue("ContactKind")
        self.assertEqual(python_names("ContactKind"), names)

    def test_sub_kinds(self):
        names = cpp_names("include/smsfilter/decision.h", "kSubKindNames")
        self.assertEqual(names[0], "none")
        self.assertIn("promotional_coupons", names)
        self.assertEqual(c_names("SMSF_SUB_KIND_"), names[1:])
        self.assertEqual(java_names(JAVA + "SubKind.java", "SubKind"), names)
        self.assertJavaByValue("SubKind")
        self.assertEqual(python_names("SubKind"), names)

    def test_organization_kinds(self):
        names = cpp_names("include/smsfilter/registry.h", "kOrganizationKindNames")
        self.assertEqual(len(names), 14)
        self.assertEqual(c_names("SMSF_ORGANIZATION_"), names)
        self.assertEqual(java_names(JAVA + "OrganizationKind.java", "OrganizationKind"), names)
        self.assertJavaByValue("OrganizationKind")
        self.assertEqual(python_names("OrganizationKind"), names)


if __name__ == "__main__":
    unittest.main()
