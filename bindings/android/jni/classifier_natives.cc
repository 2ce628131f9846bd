// Natives of org.smsfilter.Classifier.
#include <iterator>
#include <memory>
#include <string>

#include "jni_support.h"
#include "native_classifier.h"
#include "natives.h"

namespace smsfilter::jni {
namespace {

// The Java Result; null with an exception pending if an allocation failed.
jobject new_result(JNIEnv* env, const Result& result) {
  const JavaRefs& refs = java_refs();
  constexpr auto category_count = static_cast<jsize>(kCategoryCount);
  const auto feature_count = static_cast<jsize>(result.top_feature_count);
  jfloatArray probabilities = env->NewFloatArray(category_count);
  if (probabilities == nullptr) return nullptr;
  env->SetFloatArrayRegion(probabilities, 0, category_count, result.probabilities.data());
  jobjectArray names = env->NewObjectArray(feature_count, refs.string, nullptr);
  if (names == nullptr) return nullptr;
  jfloatArray weights = env->NewFloatArray(feature_count);
  if (weights == nullptr) return nullptr;
  for (jsize i = 0; i < feature_count; ++i) {
    const FeatureContribution& feature = result.top_features[static_cast<std::size_t>(i)];
    jstring name = new_string(env, feature.feature);
    if (name == nullptr) return nullptr;
    env->SetObjectArrayElement(names, i, name);
    env->DeleteLocalRef(name);
    env->SetFloatArrayRegion(weights, i, 1, &feature.weight);
  }
  return env->NewObject(refs.result, refs.result_init, static_cast<jint>(result.category),
                        probabilities, static_cast<jboolean>(result.unsure), names, weights);
}

jlong create(JNIEnv* env, jclass, jlong model_address) {
  return guarded(env, [&] {
    const auto& model = *from_address<std::shared_ptr<const Model>>(model_address);
    return to_address(new NativeClassifier(model));
  });
}

void delete_classifier(JNIEnv*, jclass, jlong address) {
  delete from_address<NativeClassifier>(address);
}

jobject classify(JNIEnv* env, jclass, jlong address, jstring text, jstring sender) {
  return guarded(env, [&]() -> jobject {
    NativeClassifier& native = *from_address<NativeClassifier>(address);
    copy_string(env, text, &native.text);
    copy_string(env, sender, &native.sender);
    Result result;
    const Status status = native.classifier.classify(native.text, native.sender, &result);
    if (!status.ok()) {
      throw_status(env, status);
      return nullptr;
    }
    return new_result(env, result);
  });
}

}  // namespace

bool register_classifier_natives(JNIEnv* env) {
  const JNINativeMethod methods[] = {
      native_method("nativeCreate", "(J)J", reinterpret_cast<void*>(create)),
      native_method("nativeDelete", "(J)V", reinterpret_cast<void*>(delete_classifier)),
      native_method("nativeClassify",
                    "(JLjava/lang/String;Ljava/lang/String;)Lorg/smsfilter/Result;",
                    reinterpret_cast<void*>(classify)),
  };
  return register_natives(env, "org/smsfilter/Classifier", methods, std::size(methods));
}

}  // namespace smsfilter::jni
