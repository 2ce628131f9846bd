// Natives of org.smsfilter.Model. A Java Model owns a heap-allocated
// std::shared_ptr<const Model>: its share of the model, which classifiers also hold.
#include <iterator>
#include <memory>
#include <string>

#include "jni_support.h"
#include "natives.h"
#include "smsfilter/model.h"

namespace smsfilter::jni {
namespace {

using ModelRef = std::shared_ptr<const Model>;

jlong to_handle(JNIEnv* env, ModelRef model, const Status& status) {
  if (!model) {
    throw_status(env, status);
    return 0;
  }
  return to_address(new ModelRef(std::move(model)));
}

jlong open_file(JNIEnv* env, jclass, jbyteArray utf8_path) {
  return guarded(env, [&] {
    std::string path(static_cast<std::size_t>(env->GetArrayLength(utf8_path)), '\0');
    env->GetByteArrayRegion(utf8_path, 0, static_cast<jsize>(path.size()),
                            reinterpret_cast<jbyte*>(path.data()));
    Status status;
    ModelRef model = Model::open_file(path, &status);
    return to_handle(env, std::move(model), status);
  });
}

// The Java Model keeps `direct` alive, since the model reads its bytes in place.
jlong open_buffer(JNIEnv* env, jclass, jobject direct) {
  return guarded(env, [&] {
    const void* data = env->GetDirectBufferAddress(direct);
    const jlong size = env->GetDirectBufferCapacity(direct);
    Status status(StatusCode::kInvalidArgument, "not a direct buffer");
    ModelRef model;
    if (size >= 0) model = Model::open_buffer(data, static_cast<std::size_t>(size), &status);
    return to_handle(env, std::move(model), status);
  });
}

void delete_model(JNIEnv*, jclass, jlong address) { delete from_address<ModelRef>(address); }

}  // namespace

bool register_model_natives(JNIEnv* env) {
  const JNINativeMethod methods[] = {
      native_method("nativeOpenFile", "([B)J", reinterpret_cast<void*>(open_file)),
      native_method("nativeOpenBuffer", "(Ljava/nio/ByteBuffer;)J",
                    reinterpret_cast<void*>(open_buffer)),
      native_method("nativeDelete", "(J)V", reinterpret_cast<void*>(delete_model)),
  };
  return register_natives(env, "org/smsfilter/Model", methods, std::size(methods));
}

}  // namespace smsfilter::jni
