"""Builds the smsfilter package's C++ module with the project's CMake.

SMSFILTER_BUILD_DIR names a build tree to reuse (configured with SMSFILTER_BUILD_PYTHON on,
for the same Python version); without it the project is configured under build_temp.
Only the module's target is built, with SMSFILTER_JOBS (2) jobs.
"""
import importlib.machinery
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parents[2]


def project_version():
    cmake = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    return re.search(r"project\(smsfilter VERSION ([0-9.]+)", cmake).group(1)


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = Path(os.environ.get("SMSFILTER_BUILD_DIR") or
                         Path(self.build_temp).resolve() / "cmake")
        if not (build_dir / "CMakeCache.txt").exists():
            subprocess.check_call([
                "cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                f"-DPython3_EXECUTABLE={sys.executable}", "-DSMSFILTER_BUILD_PYTHON=ON",
                "-DSMSFILTER_BUILD_JAVA=OFF", "-DSMSFILTER_BUILD_TESTS=OFF",
                "-DSMSFILTER_INSTALL=OFF"])
        subprocess.check_call(["cmake", "--build", str(build_dir), "--target", "smsfilter_python",
                               "-j", os.environ.get("SMSFILTER_JOBS", "2")])
        suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
        built = build_dir / "bindings" / "python" / "smsfilter" / ("_smsfilter" + suffix)
        if not built.exists():
            sys.exit(f"{built} not found: was {build_dir} configured for this Python "
                     "with SMSFILTER_BUILD_PYTHON on?")
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


setup(version=project_version(),
      ext_modules=[Extension("smsfilter._smsfilter", sources=[])],
      cmdclass={"build_ext": CMakeBuild})
