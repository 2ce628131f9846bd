#!/usr/bin/env bash
# One entry point for people and CI.
#   ./run.sh demo    install dependencies, build, classify sample messages
#   ./run.sh test    install dependencies, build, run the whole test suite
#   ./run.sh build   install dependencies and build only
#   ./run.sh sanitize  the tests under ASan+UBSan (build-asan/), thread tests under TSan (build-tsan/)
#   ./run.sh fuzz    the libFuzzer targets (clang, build-fuzz/), FUZZ_SECONDS (60) each
# Builds go to build/ (override with BUILD_DIR=...).
set -euo pipefail
cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-2}

# Debian 12 packages the build and the tests need.
PACKAGES=(cmake g++ make libicu-dev libeigen3-dev libfmt-dev catch2
          default-jdk-headless python3-dev pybind11-dev liblinear-tools python3-sklearn)

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

build() {
  install_deps
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$BUILD_DIR" -j"$JOBS"
}

case "${1:-}" in
  build)
    build
    ;;
  demo)
    build
    "$BUILD_DIR"/tools/smsfilter classify < examples/sample_messages.txt
    ;;
  test)
    build
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$JOBS"
    ;;
  sanitize)
    BUILD_DIR=build-asan build -DSMSFILTER_SANITIZE=address,undefined
    ctest --test-dir build-asan --output-on-failure -j"$JOBS"
    BUILD_DIR=build-tsan build -DSMSFILTER_SANITIZE=thread
    ctest --test-dir build-tsan --output-on-failure -R threads
    ;;
  fuzz)
    PACKAGES+=(clang libclang-rt-14-dev)
    CC=clang CXX=clang++ BUILD_DIR=build-fuzz build -DSMSFILTER_FUZZ=ON \
      -DSMSFILTER_SANITIZE=address,undefined -DSMSFILTER_BUILD_TESTS=OFF \
      -DSMSFILTER_BUILD_TOOLS=OFF -DSMSFILTER_INSTALL=OFF
    # New inputs go to build-fuzz/corpus/; the seeds in tests/fuzz/corpus/ stay as they are.
    # A crash, leak or timeout stops the run and saves the input as build-fuzz/crash-*.
    for seeds in tests/fuzz/corpus/*/; do
      target=$(basename "$seeds")
      mkdir -p build-fuzz/corpus/"$target"
      build-fuzz/tests/fuzz/"$target" -max_total_time="${FUZZ_SECONDS:-60}" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/ \
        build-fuzz/corpus/"$target" "$seeds"
    done
    ;;
  *)
    echo "usage: $0 demo|test|build|sanitize|fuzz" >&2
    exit 2
    ;;
esac
