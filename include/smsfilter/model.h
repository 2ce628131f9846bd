// An immutable, loaded .smsf model.
//
// Thread safety: a Model is never modified after it is opened; any number of threads may
// share one (through std::shared_ptr) and each use its own Classifier on it.
#ifndef SMSFILTER_MODEL_H_
#define SMSFILTER_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "smsfilter/featurizer_settings.h"
#include "smsfilter/status.h"

namespace smsfilter {

class Model;

namespace internal {
struct ModelData;
class FileContents;
const ModelData& model_data(const Model& model);
}  // namespace internal

// The largest model file open_file reads.
inline constexpr std::size_t kMaxModelFileBytes = 32u << 20;

struct OpenOptions {
  // Classify the samples stored in the model and refuse it if any gets a different
  // label: catches byte-order, hashing or ICU-data differences on a new platform.
  bool run_self_test = true;
};

class Model {
 public:
  // Reads the file into memory (a model is a few hundred KB): replacing or truncating the
  // file afterwards can't affect the model. Refuses anything but a regular file of at most
  // kMaxModelFileBytes.
  static std::shared_ptr<const Model> open_file(const std::string& path, Status* status,
                                                const OpenOptions& options = {});
  // Uses `data` in place, without copying: it must stay valid and unchanged for as long
  // as the model or any Classifier on it exists.
  static std::shared_ptr<const Model> open_buffer(const void* data, std::size_t size,
                                                  Status* status,
                                                  const OpenOptions& options = {});

  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  std::uint16_t major_version() const;
  std::uint16_t minor_version() const;
  std::size_t file_size() const;
  const FeaturizerSettings& featurizer_settings() const;
  float temperature() const;
  float unsure_threshold() const;
  std::size_t char_map_size() const;
  std::size_t self_test_count() const;
  // Free-form "key=value" lines written by the trainer (data, seed, settings).
  std::string_view training_info() const;

 private:
  friend const internal::ModelData& internal::model_data(const Model& model);
  explicit Model(std::unique_ptr<internal::ModelData> data);
  static std::shared_ptr<const Model> open_bytes(const unsigned char* bytes, std::size_t size,
                                                 std::shared_ptr<const internal::FileContents> file,
                                                 Status* status, const OpenOptions& options);
  std::unique_ptr<internal::ModelData> data_;
};

}  // namespace smsfilter

#endif  // SMSFILTER_MODEL_H_
