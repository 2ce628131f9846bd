// Natives of org.smsfilter.Policy. A Java Policy owns a heap-allocated
// std::shared_ptr<const Policy>; decisions become org.smsfilter.Decision objects.
#include <iterator>
#include <memory>
#include <string>

#include "jni_support.h"
#include "native_classifier.h"
#include "natives.h"
#include "common/utf.h"
#include "smsfilter/policy.h"

namespace smsfilter::jni {
namespace {

using PolicyRef = std::shared_ptr<const Policy>;

// Global references, made when the natives are registered.
jclass decision_class = nullptr;
jmethodID decision_init = nullptr;

constexpr const char* kDecisionInit =
    "(II[FZ[I[Ljava/lang/String;[F[Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;"
    "Ljava/lang/String;ILjava/lang/String;)V";

// A Java String[] of `count` strings from `text(i)`; null with an exception pending.
template <typename Text>
jobjectArray new_string_array(JNIEnv* env, std::size_t count, Text text) {
  jobjectArray array = env->NewObjectArray(static_cast<jsize>(count), java_refs().string, nullptr);
  for (std::size_t i = 0; array != nullptr && i < count; ++i) {
    jstring s = new_string(env, text(i));
    if (s == nullptr) return nullptr;
    env->SetObjectArrayElement(array, static_cast<jsize>(i), s);
    env->DeleteLocalRef(s);
  }
  return array;
}

// The Java Decision; null with an exception pending if an allocation failed.
jobject new_decision(JNIEnv* env, const Decision& d) {
  const std::size_t n = d.reasons.size();
  jfloatArray probabilities = env->NewFloatArray(static_cast<jsize>(kCategoryCount));
  jintArray kinds = env->NewIntArray(static_cast<jsize>(n));
  jfloatArray values = env->NewFloatArray(static_cast<jsize>(n));
  if (probabilities == nullptr || kinds == nullptr || values == nullptr) return nullptr;
  env->SetFloatArrayRegion(probabilities, 0, static_cast<jsize>(kCategoryCount), d.probabilities.data());
  for (std::size_t i = 0; i < n; ++i) {
    const jint kind = static_cast<jint>(d.reasons[i].kind);
    env->SetIntArrayRegion(kinds, static_cast<jsize>(i), 1, &kind);
    env->SetFloatArrayRegion(values, static_cast<jsize>(i), 1, &d.reasons[i].value);
  }
  jobjectArray rule_ids = new_string_array(env, n, [&](std::size_t i) { return d.reasons[i].rule_id; });
  if (rule_ids == nullptr) return nullptr;
  jobjectArray details = new_string_array(env, n, [&](std::size_t i) { return d.reasons[i].detail; });
  if (details == nullptr) return nullptr;
  jstring code = nullptr, issuer = nullptr;  // null: no code
  if (d.code) {
    code = new_string(env, d.code->code);
    if (code == nullptr) return nullptr;
    issuer = new_string(env, d.code->issuer);
    if (issuer == nullptr) return nullptr;
  }
  jstring organization = new_string(env, d.organization);
  if (organization == nullptr) return nullptr;
  const jint organization_kind = d.organization_kind ? static_cast<jint>(*d.organization_kind) : -1;
  jstring description = new_string(env, describe(d));
  if (description == nullptr) return nullptr;
  return env->NewObject(decision_class, decision_init, static_cast<jint>(d.action),
                        static_cast<jint>(d.category), probabilities, static_cast<jboolean>(d.unsure),
                        kinds, rule_ids, values, details, code, issuer, organization,
                        organization_kind, description);
}

// The message as the policy takes it: UTF-8, read as far as the classifier reads.
struct MessageCopy {
  MessageCopy(JNIEnv* env, NativeClassifier& native, jstring text, jstring sender) {
    copy_string(env, text, &native.text);
    copy_string(env, sender, &native.sender);
    text_utf8 = internal::utf16_to_utf8(native.text);
    sender_utf8 = internal::utf16_to_utf8(native.sender);
  }
  Message message(std::optional<std::int64_t> time) const { return {text_utf8, sender_utf8, time}; }

  std::string text_utf8;
  std::string sender_utf8;
};

jlong parse(JNIEnv* env, jclass, jbyteArray utf8_text) {
  return guarded(env, [&]() -> jlong {
    std::string text(static_cast<std::size_t>(env->GetArrayLength(utf8_text)), '\0');
    env->GetByteArrayRegion(utf8_text, 0, static_cast<jsize>(text.size()),
                            reinterpret_cast<jbyte*>(text.data()));
    Status status;
    PolicyRef policy = Policy::parse(text, &status);
    if (!policy) {
      throw_status(env, status);
      return 0;
    }
    return to_address(new PolicyRef(std::move(policy)));
  });
}

void delete_policy(JNIEnv*, jclass, jlong address) { delete from_address<PolicyRef>(address); }

PolicyState* state_at(jlong address) {
  return address == 0 ? nullptr : from_address<PolicyState>(address);
}

jobject decide(JNIEnv* env, jclass, jlong policy, jlong classifier, jstring text, jstring sender,
               jboolean has_time, jlong time, jlong state) {
  return guarded(env, [&]() -> jobject {
    NativeClassifier& native = *from_address<NativeClassifier>(classifier);
    const MessageCopy copy(env, native, text, sender);
    const std::optional<std::int64_t> when = has_time ? std::optional<std::int64_t>(time) : std::nullopt;
    Decision decision;
    const Status status = (*from_address<PolicyRef>(policy))
                              ->decide(&native.classifier, copy.message(when), state_at(state), &decision);
    if (!status.ok()) {
      throw_status(env, status);
      return nullptr;
    }
    return new_decision(env, decision);
  });
}

void record_feedback(JNIEnv* env, jclass, jlong policy, jlong classifier, jstring text,
                     jstring sender, jboolean spam, jlong state) {
  guarded(env, [&] {
    NativeClassifier& native = *from_address<NativeClassifier>(classifier);
    const MessageCopy copy(env, native, text, sender);
    const Status status = (*from_address<PolicyRef>(policy))
                              ->record_feedback(&native.classifier, copy.message(std::nullopt),
                                                spam ? Feedback::kSpam : Feedback::kNotSpam,
                                                state_at(state));
    if (!status.ok()) throw_status(env, status);
    return 0;
  });
}

}  // namespace

bool register_policy_natives(JNIEnv* env) {
  jclass local = env->FindClass("org/smsfilter/Decision");
  if (local == nullptr) return false;
  decision_class = static_cast<jclass>(env->NewGlobalRef(local));
  env->DeleteLocalRef(local);
  decision_init = env->GetMethodID(decision_class, "<init>", kDecisionInit);
  if (decision_init == nullptr) return false;
  const JNINativeMethod methods[] = {
      native_method("nativeParse", "([B)J", reinterpret_cast<void*>(parse)),
      native_method("nativeDelete", "(J)V", reinterpret_cast<void*>(delete_policy)),
      native_method("nativeDecide",
                    "(JJLjava/lang/String;Ljava/lang/String;ZJJ)Lorg/smsfilter/Decision;",
                    reinterpret_cast<void*>(decide)),
      native_method("nativeRecordFeedback", "(JJLjava/lang/String;Ljava/lang/String;ZJ)V",
                    reinterpret_cast<void*>(record_feedback)),
  };
  return register_natives(env, "org/smsfilter/Policy", methods, std::size(methods));
}

}  // namespace smsfilter::jni
