#!/usr/bin/env bash
# Compiles smsfilter.h with clang's nullability and pedantic warnings as errors: as the
# Clang module of bindings/apple/module.modulemap, laid out as in a framework's Headers
# folder (what Swift's importer and Objective-C's @import see), and as plain C and C++.
# usage: check_module.sh CLANG SOURCE_DIR WORK_DIR
set -euo pipefail
clang=$1 source=$2 work=$3
tests=$source/bindings/apple/tests
warnings=(-Wall -Wextra -Wpedantic -Wnullability-completeness -Werror)
rm -rf "$work"
mkdir -p "$work/Headers/smsfilter"
cp "$source/include/smsfilter.h" "$source/bindings/apple/module.modulemap" "$work/Headers/"
cp "$source/include/smsfilter/enums.def" "$work/Headers/smsfilter/"
"$clang" -x objective-c -fsyntax-only -fmodules -fmodules-cache-path="$work/cache" \
  -I "$work/Headers" "${warnings[@]}" "$tests/import_module.m"
"$clang" -x c -std=c99 -fsyntax-only -I "$work/Headers" "${warnings[@]}" "$tests/include_header.c"
"$clang" -x c++ -std=c++17 -fsyntax-only -I "$work/Headers" "${warnings[@]}" "$tests/include_header.c"
echo "smsfilter.h: clang module, C and C++ ok"
