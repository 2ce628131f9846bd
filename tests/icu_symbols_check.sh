#!/usr/bin/env bash
# Fails if LIBRARY calls an ICU function that Android's NDK does not expose (ALLOWED, one
# name a line): such a call links on a desktop and breaks on a phone. ICU functions are
# the symbols the ICU libraries define; their version suffix (u_strlen_72) is dropped.
# usage: icu_symbols_check.sh LIBRARY ALLOWED ICU_LIBRARY...
set -euo pipefail
library=$1
allowed=$2
shift 2

icu_defined=$(nm -D --defined-only --format=posix "$@" | awk 'NF >= 2 { sub(/@.*/, "", $1); print $1 }' | sort -u)
used=$(nm -u --format=posix "$library" | awk '$2 == "U" { print $1 }' | sort -u)
icu_used=$(comm -12 <(echo "$used") <(echo "$icu_defined") | sed -E 's/_[0-9]+$//' | sort -u)
if [ -z "$icu_used" ]; then
  echo "no ICU function found in $library: the check itself is broken"
  exit 1
fi
outside=$(comm -23 <(echo "$icu_used") <(grep -v '^#' "$allowed" | sort -u))
if [ -n "$outside" ]; then
  echo "ICU functions not in $(basename "$allowed"):"
  echo "$outside"
  exit 1
fi
echo "$(echo "$icu_used" | wc -l) ICU functions used, all in $(basename "$allowed")"
