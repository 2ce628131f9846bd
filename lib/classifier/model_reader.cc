// Validation of model files. Every offset and size is checked before it is used, so a
// corrupt or hostile file is refused with a status, never read out of bounds.
#include <cmath>
#include <memory>
#include <string>

#include "common/crc32c.h"
#include "classifier/model_data.h"

namespace smsfilter::internal {
namespace {

using format::load_u16;
using format::load_u32;
using format::load_u64;
using format::SectionKind;

constexpr std::uint32_t kMaxSections = 64;
// Keeps every logit finite with format::calibration_problem's temperatures, whatever the
// weights and however many features a message has (trained scales and biases are near 1).
constexpr float kMaxScaleOrBias = 1e4f;

Status corrupt(std::string message) { return Status(StatusCode::kCorruptModel, std::move(message)); }

struct Section {
  const unsigned char* bytes = nullptr;
  std::size_t size = 0;
  bool present = false;
};

Status read_section_table(const unsigned char* bytes, std::size_t header_size,
                          std::size_t total_size, std::uint32_t count, Section* sections,
                          std::size_t section_slots) {
  for (std::uint32_t i = 0; i < count; ++i) {
    const unsigned char* entry = bytes + format::kFileHeaderSize + i * format::kSectionEntrySize;
    const std::uint32_t kind = load_u32(entry);
    const std::uint64_t offset = load_u64(entry + 8);
    const std::uint64_t size = load_u64(entry + 16);
    if (offset < header_size || offset > total_size || size > total_size - offset) {
      return corrupt("section " + std::to_string(i) + " (kind " + std::to_string(kind) +
                     ") lies outside the file");
    }
    if (kind >= section_slots) continue;  // added by a later minor version
    if (sections[kind].present) return corrupt("section kind " + std::to_string(kind) + " repeated");
    sections[kind] = {bytes + offset, static_cast<std::size_t>(size), true};
  }
  return {};
}

Status check_settings(const format::ModelSettings& s) {
  const FeaturizerSettings& f = s.featurizer;
  if (f.featurizer_version != kFeaturizerVersion) {
    return Status(StatusCode::kUnsupportedVersion,
                  "model needs featurizer version " + std::to_string(f.featurizer_version) +
                      ", this build has " + std::to_string(kFeaturizerVersion));
  }
  if (std::string problem = featurizer_settings_problem(f); !problem.empty())
    return corrupt(std::move(problem));
  if (std::string problem = format::row_table_problem(s); !problem.empty()) return corrupt(std::move(problem));
  if (s.class_count != kCategoryCount)
    return corrupt("model has " + std::to_string(s.class_count) + " classes, expected 5");
  if (std::string problem = format::calibration_problem(s); !problem.empty()) return corrupt(std::move(problem));
  return {};
}

Status check_labels(const Section& labels) {
  std::string expected;
  for (std::string_view name : kCategoryNames) expected.append(name).push_back('\0');
  if (std::string_view(reinterpret_cast<const char*>(labels.bytes), labels.size) != expected)
    return corrupt("labels differ from personal, transaction, security, marketing, fraud");
  return {};
}

Status read_floats(const Section& section, const char* what,
                   std::array<float, kCategoryCount>* out) {
  if (section.size != kCategoryCount * 4) return corrupt(std::string(what) + " section has a wrong size");
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    (*out)[c] = format::load_f32(section.bytes + 4 * c);
    if (!(std::fabs((*out)[c]) <= kMaxScaleOrBias)) return corrupt(std::string(what) + " out of range");
  }
  return {};
}

Status read_char_map(const Section& section, CharMap* out) {
  if (section.size % kCharMapEntrySize != 0) return corrupt("character map has a partial entry");
  const std::size_t count = section.size / kCharMapEntrySize;
  std::uint32_t previous = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint32_t from = load_u32(section.bytes + i * kCharMapEntrySize);
    const std::uint32_t to = load_u32(section.bytes + i * kCharMapEntrySize + 4);
    const auto invalid = [](std::uint32_t c) { return c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF); };
    if ((i > 0 && from <= previous) || invalid(from) || invalid(to))
      return corrupt("character map is not sorted or holds invalid code points");
    previous = from;
  }
  *out = CharMap(section.bytes, count);
  return {};
}

Status count_self_tests(const Section& section, std::size_t* count) {
  *count = 0;
  std::size_t offset = 0;
  while (offset < section.size) {
    if (section.size - offset < format::kSelfTestRecordHeaderSize)
      return corrupt("self-test record header runs past its section");
    const unsigned char* p = section.bytes + offset;
    const std::size_t body = std::size_t{load_u16(p + 2)} + load_u32(p + 4);
    if (p[0] >= kCategoryCount) return corrupt("self-test label out of range");
    if (section.size - offset - format::kSelfTestRecordHeaderSize < body)
      return corrupt("self-test record runs past its section");
    offset += format::kSelfTestRecordHeaderSize + body;
    ++*count;
  }
  return {};
}

Status read_brands(const Section& section, ModelData* data) {
  if (!section.present) {
    if (data->settings.featurizer.markers) return corrupt("missing the brands section that markers read");
    return {};
  }
  auto brands = std::make_unique<RegistryIndex>();
  const Status status = brands->read({reinterpret_cast<const char*>(section.bytes), section.size});
  if (!status.ok()) return status;
  data->brands = std::move(brands);
  return {};
}

}  // namespace

Status parse_model(const unsigned char* bytes, std::size_t size, ModelData* data) {
  if (bytes == nullptr || size < format::kFileHeaderSize) {
    return Status(StatusCode::kTruncated, "model is " + std::to_string(size) +
                                              " bytes, shorter than its 32-byte header");
  }
  if (std::string_view(reinterpret_cast<const char*>(bytes), 4) !=
      std::string_view(format::kMagic.data(), 4)) {
    return Status(StatusCode::kBadMagic, "file does not start with \"SMSF\"");
  }
  data->major_version = load_u16(bytes + 4);
  data->minor_version = load_u16(bytes + 6);
  if (data->major_version < format::kOldestMajorVersion || data->major_version > format::kMajorVersion) {
    return Status(StatusCode::kUnsupportedVersion,
                  "model format " + std::to_string(data->major_version) + "." +
                      std::to_string(data->minor_version) + ", this build reads " +
                      std::to_string(format::kOldestMajorVersion) + ".x to " +
                      std::to_string(format::kMajorVersion) + ".x");
  }
  const std::uint32_t header_size = load_u32(bytes + 8);
  const std::uint32_t section_count = load_u32(bytes + format::kSectionCountOffset);
  const std::uint64_t total_size = load_u64(bytes + 16);
  if (section_count > kMaxSections ||
      header_size != format::kFileHeaderSize + section_count * format::kSectionEntrySize) {
    return corrupt("header size does not match its section count");
  }
  if (total_size > size) {
    return Status(StatusCode::kTruncated, "model is " + std::to_string(size) +
                                              " bytes, its header says " +
                                              std::to_string(total_size));
  }
  if (total_size < size) return corrupt(std::to_string(size - total_size) + " bytes past the end");
  if (header_size > total_size) return corrupt("section table runs past the end");
  const std::uint32_t crc = fast_crc32c(bytes + format::kChecksummedFrom,
                                          total_size - format::kChecksummedFrom);
  if (crc != load_u32(bytes + format::kChecksumOffset)) {
    return Status(StatusCode::kChecksumMismatch, "CRC-32C does not match the contents");
  }

  Section sections[static_cast<std::size_t>(SectionKind::kBrands) + 1];
  Status status = read_section_table(bytes, header_size, total_size, section_count, sections,
                                     std::size(sections));
  if (!status.ok()) return status;
  const auto section = [&](SectionKind kind) -> const Section& {
    return sections[static_cast<std::size_t>(kind)];
  };
  for (SectionKind required : {SectionKind::kSettings, SectionKind::kLabels,
                               SectionKind::kWeights, SectionKind::kScales, SectionKind::kBiases}) {
    if (!section(required).present) {
      return corrupt("missing section kind " + std::to_string(static_cast<int>(required)));
    }
  }

  if (section(SectionKind::kSettings).size < format::kSettingsSize) return corrupt("settings section too small");
  data->settings = format::decode_settings(section(SectionKind::kSettings).bytes);
  if (!(status = check_settings(data->settings)).ok()) return status;
  if (!(status = check_labels(section(SectionKind::kLabels))).ok()) return status;

  const std::size_t rows = data->settings.row_count();
  const Section& weights = section(SectionKind::kWeights);
  if (weights.size != rows * kCategoryCount) return corrupt("weights section size does not match the row count");
  data->weights = reinterpret_cast<const std::int8_t*>(weights.bytes);
  const Section& row_tags = section(SectionKind::kRowTags);
  if (row_tags.present != (data->settings.row_bits > 0) || (row_tags.present && row_tags.size != rows))
    return corrupt("row tags section does not match the row bits");
  data->row_tags = row_tags.present ? row_tags.bytes : nullptr;
  if (!(status = read_floats(section(SectionKind::kScales), "scales", &data->scales)).ok()) return status;
  if (!(status = read_floats(section(SectionKind::kBiases), "biases", &data->biases)).ok()) return status;

  if (section(SectionKind::kCharMap).present &&
      !(status = read_char_map(section(SectionKind::kCharMap), &data->char_map)).ok()) {
    return status;
  }
  const Section& self_test = section(SectionKind::kSelfTest);
  if (self_test.present && !(status = count_self_tests(self_test, &data->self_test_count)).ok())
    return status;
  data->self_test = self_test.bytes;
  data->self_test_size = self_test.size;
  if (!(status = read_brands(section(SectionKind::kBrands), data)).ok()) return status;
  const Section& info = section(SectionKind::kTrainingInfo);
  data->training_info = std::string_view(reinterpret_cast<const char*>(info.bytes), info.size);
  data->file_size = size;
  return {};
}

}  // namespace smsfilter::internal
