#!/bin/sh
# bench/compare.sh removes the worktree it makes for the base commit on every exit, here
# when it fails at once: this tree's build directory can't be made. Skipped outside a git
# checkout.
# usage: compare_cleanup_test.sh SOURCE_DIR
set -eu
src=$1
. "$(dirname "$0")/cli_test_support.sh"
git -C "$src" rev-parse --verify -q HEAD > /dev/null || { echo "skipped: not a git checkout"; exit 77; }

if BUILD_DIR=/dev/null/build BASE_TREE="$work/base" "$src/bench/compare.sh" HEAD 1 1 \
     > "$work/out" 2>&1; then
  echo "FAIL compare.sh ran without a build directory"; exit 1
fi
expect "it failed building" "*CMake Error*" "$(cat "$work/out")"
[ ! -e "$work/base" ] || { echo "FAIL the base commit's worktree is left behind"; exit 1; }
if git -C "$src" worktree list --porcelain | grep -qxF "worktree $work/base"; then
  echo "FAIL the repository still lists the base commit's worktree"; exit 1
fi
echo "ok"
