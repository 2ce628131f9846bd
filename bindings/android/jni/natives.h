// Registration of each Java class's native methods, called from JNI_OnLoad.
#ifndef SMSFILTER_BINDINGS_ANDROID_NATIVES_H_
#define SMSFILTER_BINDINGS_ANDROID_NATIVES_H_

#include <jni.h>

namespace smsfilter::jni {

// Each returns false with a Java exception pending on failure.
bool register_model_natives(JNIEnv* env);
bool register_classifier_natives(JNIEnv* env);
bool register_policy_natives(JNIEnv* env);
bool register_policy_state_natives(JNIEnv* env);

}  // namespace smsfilter::jni

#endif  // SMSFILTER_BINDINGS_ANDROID_NATIVES_H_
