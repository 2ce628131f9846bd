#!/usr/bin/env bash
# make_aar.sh lays an AAR out as Android's build tools read it. The native library given
# here is the host's, standing in for an NDK build: what is checked is the packaging.
# usage: check_aar.sh LIBRARY.so WORK_DIR
set -euo pipefail
library=$1 work=$2
here=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$work"
mkdir -p "$work/unpacked"
"$here/make_aar.sh" "$work/smsfilter.aar" arm64-v8a="$library" x86_64="$library" > /dev/null
(cd "$work/unpacked" && jar xf "$work/smsfilter.aar")
for entry in AndroidManifest.xml classes.jar proguard.txt R.txt \
             jni/arm64-v8a/libsmsfilter_jni.so jni/x86_64/libsmsfilter_jni.so; do
  [ -f "$work/unpacked/$entry" ] || { echo "missing $entry"; exit 1; }
done
[ ! -e "$work/unpacked/META-INF" ] || { echo "an AAR has no jar manifest"; exit 1; }
grep -q 'android:minSdkVersion="31"' "$work/unpacked/AndroidManifest.xml"
grep -q -- '-keep class org.smsfilter.Model' "$work/unpacked/proguard.txt"
# Every class, Java 11 bytecode (class file major version 55).
classes=$(jar tf "$work/unpacked/classes.jar" | grep -c '^org/smsfilter/.*\.class$')
[ "$classes" -ge 16 ] || { echo "classes.jar holds $classes classes"; exit 1; }
javap -v -cp "$work/unpacked/classes.jar" org.smsfilter.NativeHandle | grep -q 'major version: 55'
echo "smsfilter.aar: $classes classes, 2 ABIs, manifest minSdk 31, R8 rules"
