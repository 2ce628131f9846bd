#include <jni.h>

#include "jni_support.h"
#include "natives.h"

extern "C" JNIEXPORT jint JNI_OnLoad(JavaVM* vm, void* /*reserved*/) {
  JNIEnv* env = nullptr;
  if (vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_6) != JNI_OK) return JNI_ERR;
  using namespace smsfilter::jni;
  if (!load_java_refs(env) || !register_model_natives(env) || !register_classifier_natives(env) ||
      !register_policy_natives(env) || !register_policy_state_natives(env)) {
    return JNI_ERR;
  }
  return JNI_VERSION_1_6;
}
