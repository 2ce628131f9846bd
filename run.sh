#!/usr/bin/env bash
# One entry point for people and CI.
#   ./run.sh demo    install dependencies, build, classify sample messages
#   ./run.sh test    install dependencies, build, run the whole test suite
#   ./run.sh build   install dependencies and build only
#   ./run.sh sanitize  the tests under ASan+UBSan (build-asan/), thread tests under TSan (build-tsan/)
#   ./run.sh fuzz    the libFuzzer targets (clang, build-fuzz/), FUZZ_SECONDS (60) each
#   ./run.sh shared  a shared libsmsfilter (build-shared/): the C tests against the .so, its exports
#   ./run.sh arm64   cross-built for aarch64 (build-arm64/), tests under qemu, same output and
#                    same retrained model bytes as on this machine
# Builds go to build/ (override with BUILD_DIR=...).
set -euo pipefail
cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-2}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

# Debian 12 packages the build and the tests need.
PACKAGES=(cmake g++ make libicu-dev libeigen3-dev libfmt-dev catch2 clang
          default-jdk-headless python3-dev pybind11-dev liblinear-tools python3-sklearn
          python3-venv python3-setuptools python3-wheel python3-matplotlib)

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
}

# build [CMAKE_ARGS...]: every target, or only those in TARGETS (space-separated).
build() {
  install_deps
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  # shellcheck disable=SC2086  # TARGETS is a list
  cmake --build "$BUILD_DIR" -j"$JOBS" ${TARGETS:+--target $TARGETS}
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
    # Only the thread tests run under TSan: only their programs are built.
    TARGETS="smsfilter_tests smsfilter_c_api_threads_test" BUILD_DIR=build-tsan build -DSMSFILTER_SANITIZE=thread
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
  shared)
    install_deps
    cmake -S . -B build-shared -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_SHARED_LIBS=ON \
      -DSMSFILTER_BUILD_TOOLS=OFF -DSMSFILTER_BUILD_JAVA=OFF -DSMSFILTER_BUILD_PYTHON=OFF
    cmake --build build-shared -j"$JOBS"
    ctest --test-dir build-shared --output-on-failure -j"$JOBS"
    # The C tests ran against the shared library, not a copy of its code.
    ldd build-shared/bindings/c/smsfilter_c_api_test | grep 'libsmsfilter\.so\.2 => '
    ;;
  arm64)
    [ "$(dpkg --print-architecture)" = amd64 ] || { echo "arm64: run on an amd64 machine" >&2; exit 2; }
    dpkg --print-foreign-architectures | grep -qx arm64 || $SUDO dpkg --add-architecture arm64
    PACKAGES+=(crossbuild-essential-arm64 qemu-user-static libicu-dev:arm64 libfmt-dev:arm64)
    install_deps
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
    cmake --build "$BUILD_DIR" -j"$JOBS" --target smsfilter_cli
    cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-linux-gnu.cmake \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMSFILTER_BUILD_JAVA=OFF -DSMSFILTER_BUILD_PYTHON=OFF \
      -DSMSFILTER_INSTALL=OFF
    cmake --build build-arm64 -j"$JOBS" --target smsfilter_cli smsfilter_tests \
      smsfilter_c_api_test smsfilter_c_api_policy_test smsfilter_c_api_threads_test
    readelf -h build-arm64/tools/smsfilter | grep 'Machine: *AArch64'
    ctest --test-dir build-arm64 --output-on-failure -j"$JOBS" -R '^c_api'
    qemu-aarch64-static build-arm64/tests/smsfilter_tests
    tests/check_same_output.sh "$BUILD_DIR"/tools/smsfilter "qemu-aarch64-static build-arm64/tools/smsfilter" \
      examples/sample_messages.txt tests/data/messages.tsv ../shared/data/dev.tsv
    # Retraining on arm64 gives the committed model, byte for byte.
    printf '#!/bin/sh\nexec qemu-aarch64-static "%s/build-arm64/tools/smsfilter" "$@"\n' "$PWD" \
      > build-arm64/smsfilter-qemu
    chmod +x build-arm64/smsfilter-qemu
    models/train_default.sh ../shared/data build-arm64/smsfilter-qemu build-arm64/default.smsf
    cmp build-arm64/default.smsf models/default.smsf
    echo "arm64: tests passed, same output, same model bytes"
    ;;
  *)
    echo "usage: $0 demo|test|build|sanitize|fuzz|shared|arm64" >&2
    exit 2
    ;;
esac
