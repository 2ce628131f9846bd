#!/usr/bin/env bash
# A shared libsmsfilter exports every function smsfilter.h declares with SMSF_API, and no
# other symbol of its own: the C++ API and the internals stay hidden.
# usage: check_exports.sh LIBRARY.so HEADER
set -euo pipefail
library=$1 header=$2
declared=$(grep -E '^SMSF_API ' "$header" | grep -oE '\bsmsf_[a-z0-9_]+\(' | tr -d '(' | sort -u)
# Strong definitions only: weak ones (W, V, u) are C++ runtime template instances that
# every library using the standard library carries.
exported=$(nm -D --defined-only "$library" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sort -u)
missing=$(comm -23 <(echo "$declared") <(echo "$exported"))
extra=$(comm -13 <(echo "$declared") <(echo "$exported"))
[ -z "$missing" ] || { echo "declared but not exported:"; echo "$missing"; }
[ -z "$extra" ] || { echo "exported but not declared:"; echo "$extra"; }
[ -z "$missing$extra" ] || exit 1
echo "$(echo "$declared" | wc -l) smsf_* functions exported, nothing else"
