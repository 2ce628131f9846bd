// What the native methods share: Java classes looked up once, handles, strings, and turning
// failures into Java exceptions (no C++ exception may reach the JVM).
#ifndef SMSFILTER_BINDINGS_ANDROID_JNI_SUPPORT_H_
#define SMSFILTER_BINDINGS_ANDROID_JNI_SUPPORT_H_

#include <jni.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "smsfilter/status.h"

namespace smsfilter::jni {

// Global references, made once in JNI_OnLoad and kept for the life of the process.
struct JavaRefs {
  jclass string = nullptr;
  jclass result = nullptr;
  jmethodID result_init = nullptr;  // Result(int, float[], boolean, String[], float[])
  jclass exception = nullptr;
  jmethodID exception_init = nullptr;  // SmsFilterException(int, String)
};

// False, with a Java exception pending, if a class or constructor is missing.
bool load_java_refs(JNIEnv* env);
const JavaRefs& java_refs();

// A method table entry from string literals (OpenJDK's jni.h declares the strings non-const).
inline JNINativeMethod native_method(const char* name, const char* signature, void* function) {
  return {const_cast<char*>(name), const_cast<char*>(signature), function};
}

// Registers `methods` on `class_name`; false with a Java exception pending on failure.
bool register_natives(JNIEnv* env, const char* class_name, const JNINativeMethod* methods,
                      std::size_t count);

// A native object's address as the jlong the Java side keeps, and back.
template <typename T>
jlong to_address(T* object) {
  return static_cast<jlong>(reinterpret_cast<std::intptr_t>(object));
}
template <typename T>
T* from_address(jlong address) {
  return reinterpret_cast<T*>(static_cast<std::intptr_t>(address));
}

// Copies what the classifier can read of `string` into `out` (copy_readable_utf16).
void copy_string(JNIEnv* env, jstring string, std::u16string* out);
// A Java string from UTF-8 (not JNI's modified UTF-8); null with an exception pending.
jstring new_string(JNIEnv* env, std::string_view utf8);

void throw_status(JNIEnv* env, const Status& status);
// Throws the Java equivalent of the C++ exception being handled; call only in a catch block.
void throw_current_exception(JNIEnv* env);

// Runs `body`; a C++ exception becomes a Java exception and a zero (null) return value.
template <typename Body>
auto guarded(JNIEnv* env, Body body) -> decltype(body()) {
  try {
    return body();
  } catch (...) {
    throw_current_exception(env);
    return {};
  }
}

}  // namespace smsfilter::jni

#endif  // SMSFILTER_BINDINGS_ANDROID_JNI_SUPPORT_H_
