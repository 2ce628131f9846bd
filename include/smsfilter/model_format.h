// Layout of a .smsf model file. All integers and floats are little-endian; floats are
// IEEE-754 binary32.
//
//   offset  size  field
//   0       4     magic "SMSF"
//   4       2     major version: readers refuse any other major
//   6       2     minor version: additions that older readers of the same major ignore
//   8       4     header size: 32 + 24 * section count
//   12      4     section count
//   16      8     total file size
//   24      4     CRC-32C (Castagnoli, as iSCSI and ext4) of bytes [28, total size)
//   28      4     reserved, 0
//   32      24*n  section table: kind u32, reserved u32, offset u64, size u64
//   ...           sections, each starting at a multiple of 16
//
// Sections (each kind at most once):
//   settings     featurizer settings and calibration, see encode_settings()
//   labels       category names, each followed by NUL, in output order
//   char_map     sorted (from u32, to u32) code point pairs; to == 0 deletes the char
//   weights      int8 [row_count][class_count], row-major: a row per bucket, or the
//                2^row_bits rows of a tagged table (row_tags)
//   row_tags     u8 [row_count], present when row_bits > 0: row r holds the weights of
//                the one bucket (row_tags[r] << row_bits) | r; the other buckets whose low
//                row_bits bits are r weigh nothing
//   scales       f32 [class_count]: weight of class c = weights[.][c] * scales[c]
//   biases       f32 [class_count]
//   self_test    records: label u8, 0 u8, sender length u16, text length u32, sender, text
//   training_info  UTF-8 text, "key=value" lines, for people (inspect)
//   brands       the lookups of the official-channel registry's names and contacts that
//                the brand markers read (featurizer version 10), required when markers
//                are on, read in place: u16 byte length and UTF-8 registry version, u16
//                organisation count, then five key tables:
//                  senders     numbers the organisations send from, ASCII digits
//                  numbers     the senders and the hotlines they ask people to call
//                  domains     hosts, lower-case ASCII; subdomains match too
//                  names       names matched anywhere, normalised by the trainer (NFKC,
//                              case folded, separators removed), u32 code points
//                  signatures  further names matched only as a whole 【signature】,
//                              normalised, u32 code points; no pair names holds
//                Each table: u32 entry count n, u32 key character count m, u32 [n] where
//                each key ends (key i is characters [end[i-1] or 0, end[i])), u16 [n]
//                organisation, then the m key characters (bytes, or u32). Entries are
//                sorted by key, then organisation, each pair once; no key is empty, every
//                organisation is below the count, the last end is m, and nothing follows
//                the last table. Keys compare as unsigned bytes or code points.
//
// Major version 2 added row_bits and row_tags; a version 1 file reads as a version 2 file
// with a row per bucket. Minor version 1 added brands.
#ifndef SMSFILTER_MODEL_FORMAT_H_
#define SMSFILTER_MODEL_FORMAT_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "smsfilter/featurizer_settings.h"

namespace smsfilter::format {

inline constexpr std::array<char, 4> kMagic = {'S', 'M', 'S', 'F'};
inline constexpr std::uint16_t kMajorVersion = 2;
inline constexpr std::uint16_t kOldestMajorVersion = 1;
inline constexpr std::uint16_t kMinorVersion = 1;
inline constexpr std::size_t kFileHeaderSize = 32;
inline constexpr std::size_t kSectionEntrySize = 24;
inline constexpr std::size_t kSectionCountOffset = 12;
inline constexpr std::size_t kSectionAlignment = 16;
inline constexpr std::size_t kChecksumOffset = 24;
inline constexpr std::size_t kChecksummedFrom = 28;

enum class SectionKind : std::uint32_t {
  kSettings = 1,
  kLabels = 2,
  kCharMap = 3,
  kWeights = 4,
  kScales = 5,
  kBiases = 6,
  kSelfTest = 7,
  kTrainingInfo = 8,
  kRowTags = 9,
  kBrands = 10,
};

inline constexpr std::size_t kSettingsSize = 48;
inline constexpr std::size_t kSelfTestRecordHeaderSize = 8;

// Settings section: the featurizer settings plus the calibration the scorer applies.
struct ModelSettings {
  FeaturizerSettings featurizer;
  std::uint32_t class_count = 0;
  float temperature = 1;        // logits are divided by this before the softmax
  float unsure_threshold = 0;   // top probability below this is reported as unsure
  // 0: a weight row per bucket. Otherwise 2^row_bits rows, each holding the bucket its tag
  // names: the trainer keeps, of the buckets sharing a row, the one that matters most.
  std::uint32_t row_bits = 0;

  std::uint32_t row_count() const { return row_bits ? std::uint32_t{1} << row_bits : featurizer.bucket_count(); }
};

// A tag is one byte: the bucket bits above row_bits.
inline constexpr std::uint32_t kMaxTagBits = 8;

// The row of a tagged table of 2^row_bits rows where `bucket` would be, and whether that
// row's tag names it (if not, the row holds another bucket). `holds` is 1 or 0, not a bool:
// GCC packed the bool into the returned pair and unpacked it again for every feature the
// scorer read, 2.4% of a classify's instructions (callgrind, test's real messages).
struct TaggedRow {
  std::uint32_t row;
  std::uint32_t holds;
};
inline TaggedRow tagged_row(const std::uint8_t* row_tags, std::uint32_t row_bits, std::uint32_t bucket) {
  const std::uint32_t row = bucket & ((std::uint32_t{1} << row_bits) - 1);
  return {row, row_tags[row] == bucket >> row_bits ? 1u : 0u};
}

// Why `s` can't describe a weight table ("" when it can).
inline std::string row_table_problem(const ModelSettings& s) {
  const std::uint32_t bucket_bits = s.featurizer.bucket_bits;
  if (s.row_bits == 0 ||
      (s.row_bits >= kMinBucketBits && s.row_bits <= bucket_bits && bucket_bits - s.row_bits <= kMaxTagBits)) {
    return {};
  }
  return "row bits " + std::to_string(s.row_bits) + " out of range: 0, or " + std::to_string(kMinBucketBits) +
         ".." + std::to_string(bucket_bits) + " and at most " + std::to_string(kMaxTagBits) +
         " below the bucket bits";
}

// Bounds that keep every logit finite, whatever the weights and however many features a
// message has (trained models use temperatures of 0.25 to 4).
inline constexpr float kMinTemperature = 1e-3f;
inline constexpr float kMaxTemperature = 1e3f;

// Why `s`'s temperature or unsure threshold can't be a model's ("" when they can).
inline std::string calibration_problem(const ModelSettings& s) {
  if (!(s.temperature >= kMinTemperature && s.temperature <= kMaxTemperature))
    return "temperature out of range 0.001..1000";
  if (!(s.unsure_threshold >= 0 && s.unsure_threshold <= 1))
    return "unsure threshold out of range 0..1";
  return {};
}

// Little-endian loads and stores, independent of the host's byte order and alignment.
inline std::uint16_t load_u16(const unsigned char* p) {
  return static_cast<std::uint16_t>(p[0] | p[1] << 8);
}
inline std::uint32_t load_u32(const unsigned char* p) {
  return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 |
         std::uint32_t{p[3]} << 24;
}
inline std::uint64_t load_u64(const unsigned char* p) {
  return std::uint64_t{load_u32(p)} | std::uint64_t{load_u32(p + 4)} << 32;
}
inline float load_f32(const unsigned char* p) {
  std::uint32_t bits = load_u32(p);
  float value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

inline void append_u16(std::string& out, std::uint16_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>(v >> 8));
}
inline void append_u32(std::string& out, std::uint32_t v) {
  for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}
inline void append_u64(std::string& out, std::uint64_t v) {
  append_u32(out, static_cast<std::uint32_t>(v));
  append_u32(out, static_cast<std::uint32_t>(v >> 32));
}
inline void append_f32(std::string& out, float value) {
  std::uint32_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  append_u32(out, bits);
}
inline void store_u32(unsigned char* p, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}

inline std::string encode_settings(const ModelSettings& s) {
  std::string out;
  const FeaturizerSettings& f = s.featurizer;
  append_u32(out, f.featurizer_version);
  append_u32(out, f.bucket_bits);
  append_u32(out, f.max_chars);
  append_u32(out, f.char_ngram_max);
  append_u32(out, (f.word_tokens ? 1u : 0u) | (f.markers ? 2u : 0u) | (f.sender_kind ? 4u : 0u));
  append_u32(out, s.class_count);
  append_f32(out, s.temperature);
  append_f32(out, s.unsure_threshold);
  append_u32(out, s.row_bits);
  out.resize(kSettingsSize, '\0');
  return out;
}

// `p` points at kSettingsSize bytes. Range checks are the reader's job.
inline ModelSettings decode_settings(const unsigned char* p) {
  ModelSettings s;
  FeaturizerSettings& f = s.featurizer;
  f.featurizer_version = load_u32(p);
  f.bucket_bits = load_u32(p + 4);
  f.max_chars = load_u32(p + 8);
  f.char_ngram_max = load_u32(p + 12);
  const std::uint32_t flags = load_u32(p + 16);
  f.word_tokens = flags & 1;
  f.markers = flags & 2;
  f.sender_kind = flags & 4;
  s.class_count = load_u32(p + 20);
  s.temperature = load_f32(p + 24);
  s.unsure_threshold = load_f32(p + 28);
  s.row_bits = load_u32(p + 32);
  return s;
}

// CRC-32C: reflected polynomial 0x82F63B78, initial and final XOR 0xFFFFFFFF; `crc`
// chains calls. This byte-at-a-time version is the reference for tools; the library
// reads models with a hardware-accelerated equivalent.
inline std::uint32_t crc32c(const unsigned char* data, std::size_t size, std::uint32_t crc = 0) {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0x82F63B78u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  crc = ~crc;
  for (std::size_t i = 0; i < size; ++i) crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

}  // namespace smsfilter::format

#endif  // SMSFILTER_MODEL_FORMAT_H_
