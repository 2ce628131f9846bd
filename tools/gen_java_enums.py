#!/usr/bin/python3
"""Writes the constants of the Java enums from include/smsfilter/enums.def, the one list of
the enums C, C++, Java and Python share.

A Java enum takes its constants from a list between two comment lines:

  // SMSF_CATEGORY in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  ...
  // End of SMSF_CATEGORY.

and keeps the rest (the value field, methods) by hand. A constant is the C enumerator
without its prefix, as Python's member is, so hosts read one name everywhere (Language.ZH_CN,
SMSF_LANGUAGE_ZH_CN). The files are committed, as Gradle compiles bindings/android/java as it
is; with --check nothing is written, and the exit status is 1 when a file differs from what
the list gives (ctest java_enums).

usage: tools/gen_java_enums.py [--check]
"""
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIST = "include/smsfilter/enums.def"
JAVA = "bindings/android/java"
WIDTH = 96

STRINGS = r'((?:"(?:[^"\\\n]|\\.)*"\s*)+)'
ENTRY = re.compile(r"(SMSF_[A-Z_]+)\(\s*([A-Z][A-Za-z0-9]*),\s*([A-Z][A-Z0-9_]*),\s*" + STRINGS
                   + r",\s*(\d+),\s*" + STRINGS + r"\)")
COMMENT_OR_DIRECTIVE = re.compile(r"/\*.*?\*/|^[ \t]*#[^\n]*", re.S | re.M)
BEGIN = re.compile(r"^([ \t]*)// (SMSF_[A-Z_]+) in " + re.escape(LIST)
                   + r", written by tools/gen_java_enums\.py:\n", re.M)


@dataclass
class Entry:
    cpp: str    # C++ enumerator without its k: InvalidArgument
    c: str      # C enumerator suffix, Python's member and Java's constant: INVALID_ARGUMENT
    name: str
    value: int
    doc: str


def string_value(literals):
    """The text of adjacent C string literals; the list uses no escapes but \\" and \\\\."""
    return "".join(re.sub(r"\\(.)", r"\1", s) for s in re.findall(r'"((?:[^"\\]|\\.)*)"', literals))


def parse_lists(text, where=LIST):
    """{macro: [Entry]} in list order. Refuses anything that is not an entry, a comment or a
    preprocessor line, and a repeated spelling or value within a list."""
    lists = {}
    # Blank out comments and directives, keeping line breaks so errors name the right line.
    code = COMMENT_OR_DIRECTIVE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    position = 0
    while True:
        while position < len(code) and code[position].isspace():
            position += 1
        if position == len(code):
            return lists
        match = ENTRY.match(code, position)
        line = code.count("\n", 0, position) + 1
        if not match:
            raise ValueError(f"{where}:{line}: not an entry: MACRO(Cpp, C, \"name\", value, \"doc\")")
        macro, cpp, c, name, value, doc = match.groups()
        entry = Entry(cpp, c, string_value(name), int(value), string_value(doc))
        if "*/" in entry.doc:
            raise ValueError(f"{where}:{line}: a doc can't contain */")
        entries = lists.setdefault(macro, [])
        for field in ("cpp", "c", "name", "value"):
            if any(getattr(e, field) == getattr(entry, field) for e in entries):
                raise ValueError(f"{where}:{line}: {macro} has two entries with {field} "
                                 f"{getattr(entry, field)}")
        entries.append(entry)
        position = match.end()


def javadoc(doc, indent):
    if not doc:
        return []
    text = doc[0].upper() + doc[1:] + ("" if doc.endswith(".") else ".")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    one_line = f"{indent}/** {text} */"
    if len(one_line) <= WIDTH:
        return [one_line]
    lines = textwrap.wrap(text, WIDTH - len(indent) - 3)
    return [f"{indent}/**"] + [f"{indent} * {line}" for line in lines] + [f"{indent} */"]


def constants(macro, entries, indent):
    """The lines of a Java enum's constants, from the marker line to the end marker."""
    lines = [f"{indent}// {macro} in {LIST}, written by tools/gen_java_enums.py:"]
    for i, entry in enumerate(entries):
        lines += javadoc(entry.doc, indent)
        lines.append(f"{indent}{entry.c}({entry.value})"
                     + (";" if i == len(entries) - 1 else ","))
    lines.append(f"{indent}// End of {macro}.")
    return "".join(line + "\n" for line in lines)


def regenerate(java, lists, where):
    """`java` with each generated list rewritten from `lists`."""
    out, position = [], 0
    for begin in BEGIN.finditer(java):
        indent, macro = begin.groups()
        end = re.compile(rf"^[ \t]*// End of {macro}\.\n", re.M).search(java, begin.end())
        if begin.start() < position or not end:
            raise ValueError(f"{where}: {macro}'s constants have no end marker")
        if macro not in lists:
            raise ValueError(f"{where}: {LIST} has no {macro}")
        out += [java[position:begin.start()], constants(macro, lists[macro], indent)]
        position = end.end()
    return "".join(out) + java[position:]


def java_files(root):
    return sorted((root / JAVA).rglob("*.java"))


def main(argv):
    check = argv[1:] == ["--check"]
    if argv[1:] not in ([], ["--check"]):
        sys.exit(__doc__.strip().splitlines()[-1])
    try:
        lists = parse_lists((ROOT / LIST).read_text(encoding="utf-8"))
        stale = []
        for path in java_files(ROOT):
            where = path.relative_to(ROOT)
            java = path.read_text(encoding="utf-8")
            generated = regenerate(java, lists, where)
            if generated != java:
                stale.append(where)
                if not check:
                    path.write_text(generated, encoding="utf-8")
    except ValueError as error:
        sys.exit(f"gen_java_enums: {error}")
    for where in stale:
        print(f"{where}: {'differs from' if check else 'rewritten from'} {LIST}")
    if check and stale:
        print("run tools/gen_java_enums.py and commit the result")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
