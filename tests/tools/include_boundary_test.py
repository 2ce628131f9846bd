#!/usr/bin/python3
"""Bindings, tools, benchmarks and examples use the public headers (include/) only: no
#include reaches a private header in lib/, and no build file of theirs puts lib/ on an
include path or links smsfilter_private_headers. The public headers name none of the
library's own types (namespace internal): a class's private parts are nested types the
library defines (struct Model::Data, Model::Access)."""
import os
import re
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ["bindings", "tools", "bench", "examples"]
SOURCES = {".c", ".cc", ".cpp", ".h", ".hpp", ".m", ".mm"}
# Headers outside include/ that clients may include: the embedded default model's.
SHARED_HEADERS = [ROOT / "models"]
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]', re.M)


def client_files(suffixes=None, names=()):
    for folder in CLIENTS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and (path.suffix in (suffixes or ()) or path.name in names):
                yield path


def private_includes(path):
    """The includes of `path` that resolve to lib/ rather than to a public or local header."""
    found = []
    text = path.read_text(encoding="utf-8", errors="replace")
    for match in INCLUDE.finditer(text):
        quote, name = match.groups()
        where = f"{os.path.relpath(path, ROOT)}:{text.count(chr(10), 0, match.start()) + 1}"
        public = [path.parent / name, ROOT / "include" / name] + [d / name for d in SHARED_HEADERS]
        if quote == '"' and not any(p.is_file() for p in public):
            found.append(f"{where}: #include \"{name}\"")
        elif quote == "<" and (ROOT / "lib" / name).is_file() and not (ROOT / "include" / name).is_file():
            found.append(f"{where}: #include <{name}>")
    return found


PRIVATE_PATH = re.compile(r"smsfilter_private_headers|(SOURCE_DIR|SMSFILTER_DIR)\}?/lib\b")


def private_build_settings(path):
    return [f"{os.path.relpath(path, ROOT)}:{n}: {line.strip()}"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if PRIVATE_PATH.search(line)]


INTERNAL_NAME = re.compile(r"\binternal::|\bnamespace\s+internal\b")


def internal_names(path):
    return [f"{os.path.relpath(path, ROOT)}:{n}: {line.strip()}"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if INTERNAL_NAME.search(line)]


class IncludeBoundaryTest(unittest.TestCase):
    def test_sources_include_public_headers_only(self):
        found = [hit for path in client_files(SOURCES) for hit in private_includes(path)]
        self.assertEqual(found, [], "private headers included outside lib/ and tests/")

    def test_build_files_keep_lib_off_the_include_path(self):
        files = client_files({".cmake", ".snippet", ".gradle"}, names={"CMakeLists.txt"})
        found = [hit for path in files for hit in private_build_settings(path)]
        self.assertEqual(found, [], "lib/ on a client's include path")

    def test_public_headers_name_no_internal_types(self):
        headers = sorted((ROOT / "include").rglob("*.h"))
        found = [hit for path in headers for hit in internal_names(path)]
        self.assertEqual(found, [], "internal:: in a public header")

    def test_internal_names_are_found(self):
        with tempfile.TemporaryDirectory() as folder:
            probe = Path(folder) / "probe.h"
            probe.write_text("namespace internal {\nstruct ModelData;\n}\n"
                             "  friend struct internal::PolicyAccess;\n"
                             "StatusCode::kInternal; // internal error\n")
            found = internal_names(probe)
        self.assertEqual([hit.split(":")[1] for hit in found], ["1", "4"])

    def test_private_includes_are_found(self):
        with tempfile.TemporaryDirectory() as folder:
            probe = Path(folder) / "probe.cc"
            (Path(folder) / "local.h").write_text("")
            probe.write_text('#include "local.h"\n#include "smsfilter/model.h"\n'
                             '#include "default_model.h"\n#include <vector>\n'
                             '#include "common/utf.h"\n# include <train/feature_matrix.h>\n')
            found = private_includes(probe)
        self.assertEqual([hit.split(": ", 1)[1] for hit in found],
                         ['#include "common/utf.h"', "#include <train/feature_matrix.h>"])

    def test_private_build_settings_are_found(self):
        with tempfile.TemporaryDirectory() as folder:
            probe = Path(folder) / "CMakeLists.txt"
            probe.write_text("target_include_directories(x PRIVATE ${PROJECT_SOURCE_DIR}/lib)\n"
                             "target_link_libraries(x PRIVATE smsfilter_train)\n"
                             "target_link_libraries(y PRIVATE smsfilter_private_headers)\n"
                             "target_sources(z PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/library.cc)\n")
            found = private_build_settings(probe)
        self.assertEqual([hit.split(":")[1] for hit in found], ["1", "3"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
