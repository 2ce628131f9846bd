#include "smsfilter/train/model_writer.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "common/atomic_file.h"
#include "registry/registry_index.h"

namespace smsfilter::train {
namespace {

using format::SectionKind;

struct PendingSection {
  SectionKind kind;
  std::string bytes;
};

std::string encode_labels() {
  std::string out;
  for (std::string_view name : kCategoryNames) out.append(name).push_back('\0');
  return out;
}

std::string encode_floats(const std::array<float, kCategoryCount>& values) {
  std::string out;
  for (float v : values) format::append_f32(out, v);
  return out;
}

std::string encode_self_tests(const std::vector<Example>& samples) {
  std::string out;
  for (const Example& sample : samples) {
    out.push_back(static_cast<char>(sample.label));
    out.push_back('\0');
    format::append_u16(out, static_cast<std::uint16_t>(sample.sender.size()));
    format::append_u32(out, static_cast<std::uint32_t>(sample.text.size()));
    out += sample.sender;
    out += sample.text;
  }
  return out;
}

std::size_t align_up(std::size_t n) {
  return (n + format::kSectionAlignment - 1) / format::kSectionAlignment * format::kSectionAlignment;
}

}  // namespace

void quantize_weights(const std::vector<float>& weights, ModelContents* contents) {
  const std::size_t rows = weights.size() / kCategoryCount;
  contents->weights.assign(weights.size(), 0);
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    float max_abs = 0;
    for (std::size_t r = 0; r < rows; ++r) max_abs = std::max(max_abs, std::abs(weights[r * kCategoryCount + c]));
    const float scale = max_abs > 0 ? max_abs / 127.0f : 1.0f;
    contents->scales[c] = scale;
    for (std::size_t r = 0; r < rows; ++r) {
      const float q = std::round(weights[r * kCategoryCount + c] / scale);
      contents->weights[r * kCategoryCount + c] = static_cast<std::int8_t>(std::clamp(q, -127.0f, 127.0f));
    }
  }
}

BrandTable bundled_brands() {
  return {std::string(Registry::Access::index(*Registry::bundled()).bytes())};
}

std::string encode_char_map(const CharMapEntries& entries) {
  std::string out;
  for (const auto& [from, to] : entries) {
    format::append_u32(out, static_cast<std::uint32_t>(from));
    format::append_u32(out, static_cast<std::uint32_t>(to));
  }
  return out;
}

std::string serialize_model(const ModelContents& contents) {
  std::vector<PendingSection> sections = {
      {SectionKind::kSettings, format::encode_settings(contents.settings)},
      {SectionKind::kLabels, encode_labels()},
      {SectionKind::kCharMap, encode_char_map(contents.char_map)},
      {SectionKind::kWeights, std::string(contents.weights.begin(), contents.weights.end())},
      {SectionKind::kScales, encode_floats(contents.scales)},
      {SectionKind::kBiases, encode_floats(contents.biases)},
      {SectionKind::kSelfTest, encode_self_tests(contents.self_tests)},
      {SectionKind::kTrainingInfo, contents.training_info},
  };
  if (!contents.brands.section.empty()) sections.push_back({SectionKind::kBrands, contents.brands.section});
  if (!contents.row_tags.empty())
    sections.push_back({SectionKind::kRowTags, std::string(contents.row_tags.begin(), contents.row_tags.end())});
  const std::size_t header_size = format::kFileHeaderSize + sections.size() * format::kSectionEntrySize;
  std::string table;
  std::size_t offset = align_up(header_size);
  for (const PendingSection& section : sections) {
    format::append_u32(table, static_cast<std::uint32_t>(section.kind));
    format::append_u32(table, 0);
    format::append_u64(table, offset);
    format::append_u64(table, section.bytes.size());
    offset = align_up(offset + section.bytes.size());
  }
  std::string out(format::kMagic.begin(), format::kMagic.end());
  format::append_u16(out, format::kMajorVersion);
  format::append_u16(out, format::kMinorVersion);
  format::append_u32(out, static_cast<std::uint32_t>(header_size));
  format::append_u32(out, static_cast<std::uint32_t>(sections.size()));
  format::append_u64(out, 0);  // total size, below
  format::append_u32(out, 0);  // checksum, below
  format::append_u32(out, 0);
  out += table;
  for (const PendingSection& section : sections) {
    out.resize(align_up(out.size()), '\0');
    out += section.bytes;
  }
  std::string total;
  format::append_u64(total, out.size());
  out.replace(16, 8, total);
  auto* bytes = reinterpret_cast<unsigned char*>(out.data());
  format::store_u32(bytes + format::kChecksumOffset,
                    format::crc32c(bytes + format::kChecksummedFrom, out.size() - format::kChecksummedFrom));
  return out;
}

Status write_file(const std::string& path, const std::string& bytes) {
  return internal::write_file_atomically(path, bytes);
}

Status read_char_map_file(const std::string& path, CharMapEntries* entries) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot open");
  entries->clear();
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string from, to;
    fields >> from >> to;
    char* end = nullptr;
    const unsigned long from_cp = std::strtoul(from.c_str(), &end, 16);
    const bool from_ok = !from.empty() && *end == '\0';
    const unsigned long to_cp = to == "-" ? 0 : std::strtoul(to.c_str(), &end, 16);
    const bool to_ok = to == "-" || (!to.empty() && *end == '\0');
    if (!from_ok || !to_ok || from_cp > 0x10FFFF || to_cp > 0x10FFFF ||
        (!entries->empty() && from_cp <= entries->back().first)) {
      return Status(StatusCode::kInvalidArgument,
                    path + ":" + std::to_string(number) + ": expected sorted \"XXXX YYYY\" or \"XXXX -\"");
    }
    entries->emplace_back(static_cast<char32_t>(from_cp), static_cast<char32_t>(to_cp));
  }
  return {};
}

}  // namespace smsfilter::train
