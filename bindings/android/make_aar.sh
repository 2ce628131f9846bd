#!/usr/bin/env bash
# Assembles smsfilter.aar, the Android library an app adds as a dependency: the Java
# classes (compiled here, Java 11 bytecode), each ABI's libsmsfilter_jni.so from an NDK
# build (README.md, "Building the AAR"), the consumer R8 rules and the manifest (minSdk 31).
# usage: make_aar.sh OUT.aar ABI=PATH/libsmsfilter_jni.so...
#   ABI: arm64-v8a, armeabi-v7a, x86 or x86_64
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 OUT.aar ABI=PATH/libsmsfilter_jni.so..." >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "$1")
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
aar=$work/aar
mkdir -p "$aar" "$work/classes"

for pair in "$@"; do
  abi=${pair%%=*} library=${pair#*=}
  case $abi in
    arm64-v8a | armeabi-v7a | x86 | x86_64) ;;
    *) echo "make_aar.sh: unknown ABI '$abi'" >&2; exit 2 ;;
  esac
  mkdir -p "$aar/jni/$abi"
  cp "$library" "$aar/jni/$abi/libsmsfilter_jni.so"
done

javac --release 11 -encoding UTF-8 -Xlint:all -Werror -d "$work/classes" \
  "$here"/java/org/smsfilter/*.java
jar --create --file "$aar/classes.jar" -C "$work/classes" .
cp "$here/AndroidManifest.xml" "$aar/"
cp "$here/proguard-rules.pro" "$aar/proguard.txt"
: > "$aar/R.txt"  # no resources
rm -f "$out"
mkdir -p "$(dirname "$out")"
(cd "$aar" && jar --create --no-manifest --file "$out" .)
echo "$out"
