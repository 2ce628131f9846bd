#!/usr/bin/python3
"""Java's enum constants are what include/smsfilter/enums.def gives (tools/gen_java_enums.py),
and the generator follows the list: a new entry appears, a changed value is rewritten, a
malformed or ambiguous list is refused. C, C++ and Python expand the list when they compile."""
import re
import subprocess
import sys
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import gen_java_enums  # noqa: E402

LIST = (ROOT / gen_java_enums.LIST).read_text(encoding="utf-8")
CATEGORY = ROOT / gen_java_enums.JAVA / "org/smsfilter/Category.java"


class JavaEnums(unittest.TestCase):
    def test_committed_files_are_current(self):
        result = subprocess.run([sys.executable, str(ROOT / "tools/gen_java_enums.py"), "--check"],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_every_java_enum_of_the_list_is_generated(self):
        generated = {line.split()[1] for path in gen_java_enums.java_files(ROOT)
                     for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip().endswith("written by tools/gen_java_enums.py:")}
        lists = gen_java_enums.parse_lists(LIST)
        # Apple's filter actions are for iOS hosts only.
        self.assertEqual(generated, set(lists) - {"SMSF_APPLE_ACTION", "SMSF_APPLE_SUB_ACTION"})

    def test_java_constants_are_the_c_enumerators_as_in_python(self):
        lists = gen_java_enums.parse_lists(LIST)
        for path in gen_java_enums.java_files(ROOT):
            java = path.read_text(encoding="utf-8")
            for begin in gen_java_enums.BEGIN.finditer(java):
                macro = begin.group(2)
                end = java.index(f"// End of {macro}.", begin.end())
                constants = re.findall(r"^\s*(\w+)\(\d+\)[,;]$", java[begin.end():end], re.M)
                with self.subTest(macro=macro):
                    self.assertEqual(constants, [entry.c for entry in lists[macro]])

    def test_the_list_reads_as_the_compilers_do(self):
        lists = gen_java_enums.parse_lists(LIST)
        reasons = lists["SMSF_REASON_KIND"]
        self.assertEqual([e.value for e in reasons], list(range(22)))
        self.assertEqual(reasons[12].c, "SUSPICIOUS_CONTACT")
        self.assertEqual(reasons[14].c, "SCAM_REQUEST")
        self.assertEqual(reasons[15].c, "IMPERSONATION")
        self.assertEqual(reasons[16].c, "NEW_NUMBER")
        self.assertEqual(reasons[17].c, "SUSPICIOUS_LINK")
        self.assertEqual(reasons[18].c, "REGISTERED_SENDER")
        self.assertEqual(reasons[19].c, "IN_APP_ONLY")
        self.assertEqual(reasons[20].c, "DOUBTFUL")
        self.assertTrue(reasons[5].doc.startswith("a block by the model or the phishing override"))
        self.assertTrue(reasons[5].doc.endswith("official links did)"))  # literals joined
        self.assertEqual(lists["SMSF_STATUS_CODE"][2].name, "i/o error")
        self.assertEqual(lists["SMSF_APPLE_SUB_ACTION"][-1].value, 20002)

    def test_a_new_entry_and_a_changed_value_are_written(self):
        java = CATEGORY.read_text(encoding="utf-8")
        grown = LIST.replace('SMSF_CATEGORY(Fraud, FRAUD, "fraud", 4, "scams and phishing")\n',
                             'SMSF_CATEGORY(Fraud, FRAUD, "fraud", 4, "scams and phishing")\n'
                             'SMSF_CATEGORY(Political, POLITICAL, "political", 5, "campaigns")\n')
        self.assertNotEqual(grown, LIST)
        regenerated = gen_java_enums.regenerate(java, gen_java_enums.parse_lists(grown), "Category")
        self.assertIn("  FRAUD(4),\n  /** Campaigns. */\n  POLITICAL(5);\n", regenerated)
        stale = java.replace("FRAUD(4)", "FRAUD(5)")
        self.assertEqual(gen_java_enums.regenerate(stale, gen_java_enums.parse_lists(LIST), "Category"),
                         java)

    def test_a_malformed_list_is_refused_naming_the_line(self):
        for bad in ('SMSF_CATEGORY(Fraud, FRAUD, 4, "scams")\n',          # no name
                    'SMSF_CATEGORY(Fraud, FRAUD, "fraud", -4, "scams")\n',  # negative
                    'SMSF_CATEGORY(Fraud, FRAUD, "fraud", 4, "a */ b")\n',  # ends a comment
                    'enum { X };\n'):
            with self.subTest(bad=bad), self.assertRaisesRegex(ValueError, r"^list:3: "):
                gen_java_enums.parse_lists('/* a\n */\n' + bad, "list")

    def test_a_repeated_value_or_spelling_is_refused(self):
        for entry in ('SMSF_ACTION(Drop, DROP, "drop", 3, "")',     # value of BLOCK
                      'SMSF_ACTION(Block, DROP, "drop", 4, "")',    # C++ enumerator of BLOCK
                      'SMSF_ACTION(Drop, DROP, "block", 4, "")'):   # name of BLOCK
            with self.subTest(entry=entry), self.assertRaisesRegex(ValueError, "two entries"):
                gen_java_enums.parse_lists(LIST + entry)

    def test_a_java_list_the_def_lacks_or_without_its_end_is_refused(self):
        java = CATEGORY.read_text(encoding="utf-8")
        lists = gen_java_enums.parse_lists(LIST)
        with self.assertRaisesRegex(ValueError, "has no SMSF_KATEGORY"):
            gen_java_enums.regenerate(java.replace("SMSF_CATEGORY", "SMSF_KATEGORY"), lists, "C")
        with self.assertRaisesRegex(ValueError, "no end marker"):
            gen_java_enums.regenerate(java.replace("// End of SMSF_CATEGORY.", ""), lists, "C")


if __name__ == "__main__":
    unittest.main()
