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
  // Weight rows: one per hashed bucket, or fewer, each keeping one bucket (model_format.h).
  std::uint32_t row_count() const;
  float temperature() const;
  float unsure_threshold() const;
  std::size_t char_map_size() const;
  std::size_t self_test_count() const;
  // Free-form "key=value" lines written by the trainer (data, seed, settings).
  std::string_view training_info() const;

  // The library's own way in, defined in its private headers: not for applications.
  struct Access;

 private:
  struct Data;  // the parsed file
  explicit Model(std::unique_ptr<const Data> data);
  std::unique_ptr<const Data> data_;
};

}  // namespace smsfilter

#endif  // SMSFILTER_MODEL_H_
