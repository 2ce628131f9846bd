// Natives of org.smsfilter.PolicyState: a Java PolicyState owns a heap-allocated PolicyState.
#include <iterator>
#include <string>

#include "jni_support.h"
#include "natives.h"
#include "smsfilter/policy.h"

namespace smsfilter::jni {
namespace {

PolicyState& state_at(jlong address) { return *from_address<PolicyState>(address); }

jlong create(JNIEnv* env, jclass) {
  return guarded(env, [] { return to_address(new PolicyState()); });
}

void delete_state(JNIEnv*, jclass, jlong address) { delete from_address<PolicyState>(address); }

jbyteArray save(JNIEnv* env, jclass, jlong address) {
  return guarded(env, [&]() -> jbyteArray {
    const std::string bytes = state_at(address).save();
    jbyteArray array = env->NewByteArray(static_cast<jsize>(bytes.size()));
    if (array != nullptr) {
      env->SetByteArrayRegion(array, 0, static_cast<jsize>(bytes.size()),
                              reinterpret_cast<const jbyte*>(bytes.data()));
    }
    return array;
  });
}

void restore(JNIEnv* env, jclass, jlong address, jbyteArray saved) {
  guarded(env, [&] {
    std::string bytes(static_cast<std::size_t>(env->GetArrayLength(saved)), '\0');
    env->GetByteArrayRegion(saved, 0, static_cast<jsize>(bytes.size()),
                            reinterpret_cast<jbyte*>(bytes.data()));
    const Status status = state_at(address).restore(bytes);
    if (!status.ok()) throw_status(env, status);
    return 0;
  });
}

jint tracked_sender_count(JNIEnv*, jclass, jlong address) {
  return static_cast<jint>(state_at(address).tracked_sender_count());
}

jint feedback_entry_count(JNIEnv*, jclass, jlong address) {
  return static_cast<jint>(state_at(address).feedback_entry_count());
}

}  // namespace

bool register_policy_state_natives(JNIEnv* env) {
  const JNINativeMethod methods[] = {
      native_method("nativeCreate", "()J", reinterpret_cast<void*>(create)),
      native_method("nativeDelete", "(J)V", reinterpret_cast<void*>(delete_state)),
      native_method("nativeSave", "(J)[B", reinterpret_cast<void*>(save)),
      native_method("nativeRestore", "(J[B)V", reinterpret_cast<void*>(restore)),
      native_method("nativeTrackedSenderCount", "(J)I", reinterpret_cast<void*>(tracked_sender_count)),
      native_method("nativeFeedbackEntryCount", "(J)I", reinterpret_cast<void*>(feedback_entry_count)),
  };
  return register_natives(env, "org/smsfilter/PolicyState", methods, std::size(methods));
}

}  // namespace smsfilter::jni
