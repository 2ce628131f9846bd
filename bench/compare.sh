#!/usr/bin/env bash
# This tree against an older commit in one run: the same bench/classify_bench.cc built
# against both libraries, each with its own commit's default model, run alternately on
# one core over the real messages of test.tsv. On a shared machine one run's latency
# tail moves with whatever else runs, so each figure is the best of ROUNDS runs (highest
# messages/s, lowest time), and the load average before and after is printed with them.
# usage: bench/compare.sh [BASE_COMMIT] [ROUNDS] [SECONDS]
#   BASE_COMMIT  default 475f370, the last commit before the message analysis (issue 14)
#   ROUNDS       runs of each build, alternating (default 5)
#   SECONDS      each throughput loop (default 2)
# env: BUILD_DIR (this tree's build, default build), DATA (default ../shared/data),
#      CORE (the core to pin to, default 1), BASE_TREE (the older commit's worktree,
#      default /tmp/smsfilter-bench-COMMIT: made if missing and then removed on every
#      exit; name an existing one to keep its build between runs)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-475f370}
rounds=${2:-5}
seconds=${3:-2}
build=${BUILD_DIR:-$root/build}
data=${DATA:-$root/../shared/data}
core=${CORE:-1}
base_tree=${BASE_TREE:-/tmp/smsfilter-bench-$(git -C "$root" rev-parse --short=12 "$base")}

work=$(mktemp -d)
made_base_tree=""
cleanup() {
  rm -rf "$work"
  if [ -n "$made_base_tree" ]; then
    git -C "$root" worktree remove --force "$base_tree" 2>/dev/null || rm -rf "$base_tree"
    git -C "$root" worktree prune
  fi
}
trap cleanup EXIT

# The older commit in a worktree of its own, with this tree's benchmark source.
if [ ! -d "$base_tree" ]; then
  made_base_tree=1
  git -C "$root" worktree add --detach "$base_tree" "$base" >/dev/null
fi
cp "$root"/bench/{CMakeLists.txt,classify_bench.cc,measure.h,real_messages.h,allocation_counter.h,allocation_counter.cc} \
  "$base_tree/bench/"
for tree in "$root:$build" "$base_tree:$base_tree/build"; do
  src=${tree%%:*} dir=${tree#*:}
  [ -f "$dir/CMakeCache.txt" ] || cmake -S "$src" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSMSFILTER_BUILD_JAVA=OFF -DSMSFILTER_BUILD_PYTHON=OFF >/dev/null
  cmake --build "$dir" -j2 --target smsfilter_bench >/dev/null
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq "$rounds"); do
  for name in base this; do
    if [ $name = base ]; then tree=$base_tree bench=$base_tree/build/bench/smsfilter_bench
    else tree=$root bench=$build/bench/smsfilter_bench; fi
    taskset -c "$core" "$bench" "$tree/models/default.smsf" "$data/test.tsv" "$seconds" > "$work/$name.$round"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# "best spread" of a figure over the rounds: rates take the highest, times the lowest.
best() {  # name figure
  cat "$work/$1".* | awk -F'\t' -v key="$2" '
    $1 == key { v[n++] = $2 }
    END {
      hi = v[0]; lo = v[0]
      for (i = 1; i < n; i++) { if (v[i] > hi) hi = v[i]; if (v[i] < lo) lo = v[i] }
      printf "%s %s %s\n", (key ~ /per_s$/ ? hi : lo), lo, hi
    }'
}
row() {  # label figure unit: rates as whole numbers, the rest to 4 digits
  local b bl bh t tl th
  read -r b bl bh < <(best base "$2")
  read -r t tl th < <(best this "$2")
  awk -v l="$1" -v u="$3" -v f="$([[ $2 == *per_s ]] && echo %.0f || echo %.4g)" \
    -v b="$b" -v bl="$bl" -v bh="$bh" -v t="$t" -v tl="$tl" -v th="$th" 'BEGIN {
      cell = f u " (" f "–" f ")"
      printf "| %s | " cell " | " cell " | %s |\n", l, b, bl, bh, t, tl, th, (b > 0 ? sprintf("%.2f", t / b) : "")
    }'
}

cat <<EOF
$(head -1 "$work/this.1" | cut -f2) real messages of test.tsv ($(grep '^short_messages' "$work/this.1" | cut -f2) of at most 200 characters),
core $core of $(nproc): $(lscpu | sed -n 's/^Model name: *//p'); load average $load_before before, $load_after after.
Best of $rounds alternating runs (range in brackets): the machine is shared, so latencies are
upper bounds and the ranges show the noise. Baseline: $(git -C "$root" log -1 --format='%h %s' "$base" | cut -c1-80).
This tree: $(git -C "$root" log -1 --format='%h %s' HEAD | cut -c1-80)$(git -C "$root" diff --quiet HEAD || echo ' (with uncommitted changes)').

| figure | baseline | this tree | ratio |
|---|---|---|---|
$(row "classify, messages/s" messages_per_s "")
$(row "classify, UTF-16, messages/s" utf16_messages_per_s "")
$(row "classify p50, ≤ 200 characters" latency_p50_us " µs")
$(row "classify p99, ≤ 200 characters" latency_p99_us " µs")
$(row "classify allocations per message" allocations_per_classify "")
$(row "classify + decide, messages/s" decide_messages_per_s "")
$(row "classify + decide p50, ≤ 200 characters" decide_latency_p50_us " µs")
$(row "classify + decide p99, ≤ 200 characters" decide_latency_p99_us " µs")
$(row "classify + decide allocations per message" allocations_per_decide "")
EOF
