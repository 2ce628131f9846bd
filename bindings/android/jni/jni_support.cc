#include "jni_support.h"

#include <algorithm>
#include <new>

#include "smsfilter/host_text.h"

namespace smsfilter::jni {
namespace {

static_assert(sizeof(jchar) == sizeof(char16_t), "JNI strings are UTF-16");

JavaRefs refs;

jclass find_class(JNIEnv* env, const char* name) {
  jclass local = env->FindClass(name);
  if (local == nullptr) return nullptr;
  auto global = static_cast<jclass>(env->NewGlobalRef(local));
  env->DeleteLocalRef(local);
  return global;
}

void throw_out_of_memory(JNIEnv* env) {
  jclass c = env->FindClass("java/lang/OutOfMemoryError");
  if (c != nullptr) env->ThrowNew(c, "smsfilter: out of memory");
}

// Throws SmsFilterException(code, message); a null message means making it threw already.
void throw_exception(JNIEnv* env, StatusCode code, jstring message) {
  if (message == nullptr) return;
  jobject exception =
      env->NewObject(refs.exception, refs.exception_init, static_cast<jint>(code), message);
  if (exception != nullptr) env->Throw(static_cast<jthrowable>(exception));
}

}  // namespace

bool load_java_refs(JNIEnv* env) {
  refs.string = find_class(env, "java/lang/String");
  refs.result = find_class(env, "org/smsfilter/Result");
  refs.exception = find_class(env, "org/smsfilter/SmsFilterException");
  if (refs.string == nullptr || refs.result == nullptr || refs.exception == nullptr) return false;
  refs.result_init = env->GetMethodID(refs.result, "<init>", "(I[FZ[Ljava/lang/String;[F)V");
  if (refs.result_init == nullptr) return false;
  refs.exception_init = env->GetMethodID(refs.exception, "<init>", "(ILjava/lang/String;)V");
  return refs.exception_init != nullptr;
}

const JavaRefs& java_refs() { return refs; }

bool register_natives(JNIEnv* env, const char* class_name, const JNINativeMethod* methods,
                      std::size_t count) {
  jclass c = env->FindClass(class_name);
  if (c == nullptr) return false;
  const bool ok = env->RegisterNatives(c, methods, static_cast<jint>(count)) == JNI_OK;
  env->DeleteLocalRef(c);
  return ok;
}

void copy_string(JNIEnv* env, jstring string, std::u16string* out) {
  copy_readable_utf16(
      static_cast<std::size_t>(env->GetStringLength(string)),
      [env, string](std::size_t begin, std::size_t count, std::u16string* to) {
        const std::size_t end = to->size();
        to->resize(end + count);
        env->GetStringRegion(string, static_cast<jsize>(begin), static_cast<jsize>(count),
                             reinterpret_cast<jchar*>(to->data() + end));
      },
      out);
}

jstring new_string(JNIEnv* env, std::string_view utf8) {
  std::u16string utf16;
  try {
    utf16 = utf8_to_utf16(utf8);
  } catch (const std::bad_alloc&) {
    throw_out_of_memory(env);
    return nullptr;
  }
  return env->NewString(reinterpret_cast<const jchar*>(utf16.data()),
                        static_cast<jsize>(utf16.size()));
}

void throw_status(JNIEnv* env, const Status& status) {
  throw_exception(env, status.code(), new_string(env, status.to_string()));
}

void throw_current_exception(JNIEnv* env) {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    throw_out_of_memory(env);
  } catch (...) {
    throw_exception(env, StatusCode::kInternal,
                    env->NewStringUTF("internal error: unexpected C++ exception"));
  }
}

}  // namespace smsfilter::jni
