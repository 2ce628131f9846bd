#!/usr/bin/env bash
# Installs a built smsfilter to a temporary prefix, builds this consumer project against
# the installed package, and runs it.
# usage: test_installed_package.sh CMAKE BUILD_DIR WORK_DIR
set -euo pipefail
cmake=$1 build=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$work"
"$cmake" --install "$build" --prefix "$work/prefix" > /dev/null
"$cmake" -S "$here" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" > /dev/null
"$cmake" --build "$work/build" > /dev/null
"$work/build/consumer_c"
# Only against a static library: a shared one exports the C API alone.
[ ! -e "$work/build/consumer_cpp" ] || "$work/build/consumer_cpp"
[ ! -e "$work/build/consumer_train" ] || "$work/build/consumer_train"
"$work/prefix/bin/smsfilter" classify --model "$work/prefix/share/smsfilter/default.smsf" \
  "【京东】您的订单已由顺丰揽收，预计明天送达，取件码 6620。" | grep '^transaction '
