// What a Model holds, the parsed view of a model file, and the library's access to it.
#ifndef SMSFILTER_LIB_CLASSIFIER_MODEL_DATA_H_
#define SMSFILTER_LIB_CLASSIFIER_MODEL_DATA_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

#include "analysis/char_map.h"
#include "registry/registry_index.h"
#include "smsfilter/model.h"
#include "smsfilter/category.h"
#include "smsfilter/model_format.h"
#include "smsfilter/status.h"

namespace smsfilter {
namespace internal {
class FileContents;
}  // namespace internal

// The parsed view of a model file: pointers into the caller's or the file's bytes.
struct Model::Data {
  std::uint16_t major_version = 0;
  std::uint16_t minor_version = 0;
  std::size_t file_size = 0;
  format::ModelSettings settings;
  internal::CharMap char_map;
  const std::int8_t* weights = nullptr;  // [settings.row_count()][kCategoryCount]
  const std::uint8_t* row_tags = nullptr;  // [settings.row_count()] when settings.row_bits > 0
  std::array<float, kCategoryCount> scales{};
  std::array<float, kCategoryCount> biases{};
  const unsigned char* self_test = nullptr;
  std::size_t self_test_size = 0;
  std::size_t self_test_count = 0;
  std::string_view training_info;
  // The brands section's lookups, read in place; null without the section.
  std::unique_ptr<const internal::RegistryIndex> brands;
  // Keeps a file's bytes alive; null for a caller's buffer.
  std::shared_ptr<const internal::FileContents> file;
};

struct Model::Access {
  using Data = Model::Data;  // the name the rest of the library reaches it by
  static const Data& data(const Model& model) { return *model.data_; }
  static std::shared_ptr<const Model> make(std::unique_ptr<const Data> data);
};

namespace internal {

using ModelData = Model::Access::Data;

struct SelfTestSample {
  Category label;
  std::string_view sender;
  std::string_view text;
};

// Validates `bytes` as a model file and fills `data` with views into it.
Status parse_model(const unsigned char* bytes, std::size_t size, ModelData* data);

// Calls `visit(sample)` for each self-test record of a parsed model.
template <typename Visit>
void for_each_self_test(const ModelData& data, Visit visit) {
  const unsigned char* p = data.self_test;
  const unsigned char* end = p + data.self_test_size;
  while (p < end) {
    const std::uint16_t sender_size = format::load_u16(p + 2);
    const std::uint32_t text_size = format::load_u32(p + 4);
    const auto* chars = reinterpret_cast<const char*>(p + format::kSelfTestRecordHeaderSize);
    visit(SelfTestSample{static_cast<Category>(p[0]), {chars, sender_size},
                         {chars + sender_size, text_size}});
    p += format::kSelfTestRecordHeaderSize + sender_size + text_size;
  }
}

}  // namespace internal
}  // namespace smsfilter

#endif  // SMSFILTER_LIB_CLASSIFIER_MODEL_DATA_H_
