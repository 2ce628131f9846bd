// Natives of org.smsfilter.Policy. A Java Policy owns a heap-allocated
// std::shared_ptr<const Policy>; decisions become org.smsfilter.Decision objects.
#include <iterator>
#include <memory>
#include <string>

#include "jni_support.h"
#include "native_classifier.h"
#include "natives.h"
#include "smsfilter/host_text.h"
#include "smsfilter/policy.h"

namespace smsfilter::jni {
namespace {

using PolicyRef = std::shared_ptr<const Policy>;

// Global references, made when the natives are registered.
jclass decision_class = nullptr;
jmethodID decision_init = nullptr;
jclass reason_class = nullptr;
jmethodID reason_init = nullptr;

constexpr const char* kDecisionInit =
    "(II[FZI[Lorg/smsfilter/Reason;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I"
    "Ljava/lang/String;)V";
constexpr const char* kReasonInit =
    "(ILjava/lang/String;IFFIILjava/lang/String;Ljava/lang/String;Ljava/lang/String;"
    "[Ljava/lang/String;)V";

// The Java Reason; null with an exception pending if an allocation failed.
jobject new_reason(JNIEnv* env, const Reason& r) {
  jobjectArray texts = env->NewObjectArray(static_cast<jsize>(kLanguageCount), java_refs().string, nullptr);
  if (texts == nullptr) return nullptr;
  for (std::size_t l = 0; l < kLanguageCount; ++l) {
    jstring text = new_string(env, reason_text(r, static_cast<Language>(l)));
    if (text == nullptr) return nullptr;
    env->SetObjectArrayElement(texts, static_cast<jsize>(l), text);
    env->DeleteLocalRef(text);
  }
  jstring rule_id = new_string(env, r.rule_id);
  jstring host = rule_id ? new_string(env, r.host()) : nullptr;
  jstring organization = host ? new_string(env, r.organization) : nullptr;
  jstring organization_name = organization ? new_string(env, r.organization_name) : nullptr;
  if (organization_name == nullptr) return nullptr;
  const jint contact = r.contact ? static_cast<jint>(*r.contact) : -1;
  jobject reason = env->NewObject(reason_class, reason_init, static_cast<jint>(r.kind), rule_id,
                                  static_cast<jint>(r.category), r.value, r.threshold,
                                  static_cast<jint>(r.window_seconds), contact, host, organization,
                                  organization_name, texts);
  for (jobject local : {static_cast<jobject>(texts), static_cast<jobject>(rule_id), static_cast<jobject>(host),
                        static_cast<jobject>(organization), static_cast<jobject>(organization_name)})
    env->DeleteLocalRef(local);
  return reason;
}

// The Java Decision; null with an exception pending if an allocation failed.
jobject new_decision(JNIEnv* env, const Decision& d) {
  jfloatArray probabilities = env->NewFloatArray(static_cast<jsize>(kCategoryCount));
  if (probabilities == nullptr) return nullptr;
  env->SetFloatArrayRegion(probabilities, 0, static_cast<jsize>(kCategoryCount), d.probabilities.data());
  jobjectArray reasons = env->NewObjectArray(static_cast<jsize>(d.reasons.size()), reason_class, nullptr);
  if (reasons == nullptr) return nullptr;
  for (std::size_t i = 0; i < d.reasons.size(); ++i) {
    jobject reason = new_reason(env, d.reasons[i]);
    if (reason == nullptr) return nullptr;
    env->SetObjectArrayElement(reasons, static_cast<jsize>(i), reason);
    env->DeleteLocalRef(reason);
  }
  jstring code = nullptr, issuer = nullptr;  // null: no code
  if (d.code) {
    code = new_string(env, d.code->code());
    if (code == nullptr) return nullptr;
    issuer = new_string(env, d.code->issuer());
    if (issuer == nullptr) return nullptr;
  }
  jstring organization = new_string(env, d.organization);
  if (organization == nullptr) return nullptr;
  const jint organization_kind = d.organization_kind ? static_cast<jint>(*d.organization_kind) : -1;
  jstring description = new_string(env, describe(d));
  if (description == nullptr) return nullptr;
  return env->NewObject(decision_class, decision_init, static_cast<jint>(d.action),
                        static_cast<jint>(d.category), probabilities, static_cast<jboolean>(d.unsure),
                        static_cast<jint>(d.sub_kind), reasons, code, issuer, organization,
                        organization_kind, description);
}

// The message as the policy takes it: UTF-8, read as far as the classifier reads.
struct MessageCopy {
  MessageCopy(JNIEnv* env, NativeClassifier& native, jstring text, jstring sender) {
    copy_string(env, text, &native.text);
    copy_string(env, sender, &native.sender);
    text_utf8 = utf16_to_utf8(native.text);
    sender_utf8 = utf16_to_utf8(native.sender);
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
                     jstring sender, jint feedback, jlong state) {
  guarded(env, [&] {
    NativeClassifier& native = *from_address<NativeClassifier>(classifier);
    const MessageCopy copy(env, native, text, sender);
    const Status status = (*from_address<PolicyRef>(policy))
                              ->record_feedback(&native.classifier, copy.message(std::nullopt),
                                                static_cast<Feedback>(feedback),
                                                state_at(state));
    if (!status.ok()) throw_status(env, status);
    return 0;
  });
}

// A global reference to `name` and its constructor of `signature`; false with an exception pending.
bool find_constructor(JNIEnv* env, const char* name, const char* signature, jclass* type, jmethodID* init) {
  jclass local = env->FindClass(name);
  if (local == nullptr) return false;
  *type = static_cast<jclass>(env->NewGlobalRef(local));
  env->DeleteLocalRef(local);
  *init = env->GetMethodID(*type, "<init>", signature);
  return *init != nullptr;
}

}  // namespace

bool register_policy_natives(JNIEnv* env) {
  if (!find_constructor(env, "org/smsfilter/Decision", kDecisionInit, &decision_class, &decision_init) ||
      !find_constructor(env, "org/smsfilter/Reason", kReasonInit, &reason_class, &reason_init)) {
    return false;
  }
  const JNINativeMethod methods[] = {
      native_method("nativeParse", "([B)J", reinterpret_cast<void*>(parse)),
      native_method("nativeDelete", "(J)V", reinterpret_cast<void*>(delete_policy)),
      native_method("nativeDecide",
                    "(JJLjava/lang/String;Ljava/lang/String;ZJJ)Lorg/smsfilter/Decision;",
                    reinterpret_cast<void*>(decide)),
      native_method("nativeRecordFeedback", "(JJLjava/lang/String;Ljava/lang/String;IJ)V",
                    reinterpret_cast<void*>(record_feedback)),
  };
  return register_natives(env, "org/smsfilter/Policy", methods, std::size(methods));
}

}  // namespace smsfilter::jni
