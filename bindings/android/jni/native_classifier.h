// What a Java Classifier's address points to; the policy's natives classify with it too.
#ifndef SMSFILTER_BINDINGS_ANDROID_NATIVE_CLASSIFIER_H_
#define SMSFILTER_BINDINGS_ANDROID_NATIVE_CLASSIFIER_H_

#include <memory>
#include <string>

#include "smsfilter/classifier.h"

namespace smsfilter::jni {

// A Classifier and the buffers Java strings are copied into, reused from call to call.
struct NativeClassifier {
  explicit NativeClassifier(std::shared_ptr<const Model> model) : classifier(std::move(model)) {}

  Classifier classifier;
  std::u16string text;
  std::u16string sender;
};

}  // namespace smsfilter::jni

#endif  // SMSFILTER_BINDINGS_ANDROID_NATIVE_CLASSIFIER_H_
