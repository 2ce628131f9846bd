#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "classifier/model_data.h"
#include "classifier/scorer.h"
#include "smsfilter/classifier.h"
#include "smsfilter/model.h"
#include "test_support.h"
#include "smsfilter/train/model_writer.h"

namespace smsfilter {
namespace {

StatusCode open_status(const std::string& bytes) {
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  CHECK((model != nullptr) == status.ok());
  return status.code();
}

// Rewrites the checksum so that a deliberate edit reaches the validation behind it.
void reseal(std::string* bytes) {
  auto* p = reinterpret_cast<unsigned char*>(bytes->data());
  format::store_u32(p + format::kChecksumOffset,
                    format::crc32c(p + format::kChecksummedFrom, bytes->size() - format::kChecksummedFrom));
}

// Where a section's entry (kind, reserved, offset, size) is in the section table.
std::size_t section_entry(const std::string& bytes, format::SectionKind kind) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (std::uint32_t i = 0; i < format::load_u32(p + format::kSectionCountOffset); ++i) {
    const std::size_t entry = format::kFileHeaderSize + i * format::kSectionEntrySize;
    if (format::load_u32(p + entry) == static_cast<std::uint32_t>(kind)) return entry;
  }
  FAIL("no such section");
  return 0;
}

// Offset of a section's bytes, from the section table.
std::size_t section_offset(const std::string& bytes, format::SectionKind kind) {
  return format::load_u64(reinterpret_cast<const unsigned char*>(bytes.data()) +
                          section_entry(bytes, kind) + 8);
}

void store_u64(std::string* bytes, std::size_t at, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) (*bytes)[at + i] = static_cast<char>(value >> (8 * i));
}

// `bytes` resealed with the section table saying a section is one byte shorter.
std::string section_cut_short(std::string bytes, format::SectionKind kind) {
  const std::size_t size_at = section_entry(bytes, kind) + 16;
  store_u64(&bytes, size_at, format::load_u64(reinterpret_cast<const unsigned char*>(bytes.data()) + size_at) - 1);
  reseal(&bytes);
  return bytes;
}

// `bytes` resealed with a section's entry given a kind no reader knows, so it is missing.
std::string section_dropped(std::string bytes, format::SectionKind kind) {
  format::store_u32(reinterpret_cast<unsigned char*>(bytes.data()) + section_entry(bytes, kind), 99);
  reseal(&bytes);
  return bytes;
}

// A model small enough to damage at every byte: 16 weight rows.
std::string small_model() {
  train::TrainOptions options = testing::fixture_options();
  options.featurizer.bucket_bits = 4;
  return testing::train_fixture_model(options);
}

TEST_CASE("a written model opens with its settings, borrowing the buffer", "[model]") {
  const std::string bytes = testing::train_fixture_model();
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(status.ok());
  CHECK(model->major_version() == format::kMajorVersion);
  CHECK(model->file_size() == bytes.size());
  CHECK(model->featurizer_settings().bucket_bits == 10);
  CHECK(model->char_map_size() == 1);
  CHECK(model->self_test_count() == 10);
  CHECK(model->training_info().find("seed=1\n") != std::string_view::npos);
  const auto* weights = reinterpret_cast<const char*>(Model::Access::data(*model).weights);
  CHECK(weights >= bytes.data());
  CHECK(weights < bytes.data() + bytes.size());
}

TEST_CASE("a model file opens from disk, a missing one is an i/o error", "[model]") {
  const std::string bytes = testing::train_fixture_model();
  const std::string path = "model_file_test.smsf";
  std::ofstream(path, std::ios::binary) << bytes;
  Status status;
  CHECK(Model::open_file(path, &status) != nullptr);
  CHECK(status.ok());
  std::remove(path.c_str());
  CHECK(Model::open_file(path, &status) == nullptr);
  CHECK(status.code() == StatusCode::kIoError);
}

TEST_CASE("damaged models are refused with distinct statuses", "[model]") {
  const std::string good = testing::train_fixture_model();
  REQUIRE(open_status(good) == StatusCode::kOk);

  std::string bytes = good;
  bytes[0] = 'X';
  CHECK(open_status(bytes) == StatusCode::kBadMagic);

  bytes = good;
  bytes[4] = format::kMajorVersion + 1;
  CHECK(open_status(bytes) == StatusCode::kUnsupportedVersion);
  bytes[4] = format::kOldestMajorVersion - 1;
  CHECK(open_status(bytes) == StatusCode::kUnsupportedVersion);

  CHECK(open_status(good.substr(0, 10)) == StatusCode::kTruncated);
  CHECK(open_status(good.substr(0, good.size() - 1)) == StatusCode::kTruncated);
  CHECK(open_status(good + '\0') == StatusCode::kCorruptModel);

  bytes = good;
  bytes[section_offset(bytes, format::SectionKind::kWeights) + 7] ^= 0x40;
  CHECK(open_status(bytes) == StatusCode::kChecksumMismatch);

  bytes = good;
  format::store_u32(reinterpret_cast<unsigned char*>(bytes.data()) + format::kFileHeaderSize + 8, 0xFFFFFF);
  reseal(&bytes);
  CHECK(open_status(bytes) == StatusCode::kCorruptModel);  // first section's offset past the end

  bytes = good;
  bytes[section_offset(bytes, format::SectionKind::kSettings)] = 99;  // featurizer version
  reseal(&bytes);
  CHECK(open_status(bytes) == StatusCode::kUnsupportedVersion);
}

TEST_CASE("a version 1 file, a row per bucket, opens as it always did", "[model]") {
  std::string bytes = testing::train_fixture_model();
  REQUIRE(format::kOldestMajorVersion == 1);
  bytes[4] = 1;  // outside the checksum
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(status.ok());
  CHECK(model->major_version() == 1);
  CHECK(model->row_count() == model->featurizer_settings().bucket_count());
}

// A model of 64 buckets in 16 rows, each row keeping one of the four buckets that share it.
std::string tagged_model() {
  train::TrainOptions options = testing::fixture_options();
  options.featurizer.bucket_bits = 6;
  options.row_bits = 4;
  return testing::train_fixture_model(options);
}

TEST_CASE("a tagged row weighs only the bucket its tag names", "[model]") {
  const std::string bytes = tagged_model();
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(status.ok());
  CHECK(model->major_version() == 2);
  CHECK(model->row_count() == 16);
  const internal::ModelData& data = Model::Access::data(*model);
  REQUIRE(data.row_tags != nullptr);
  const internal::Scorer scorer(data);
  std::size_t weighed = 0;
  for (std::uint32_t bucket = 0; bucket < 64; ++bucket) {
    INFO("bucket " << bucket);
    const std::uint32_t row = bucket % 16;
    const bool kept = data.row_tags[row] == bucket / 16;
    internal::Feature feature;
    feature.bucket = bucket;
    const internal::ClassScores logits = scorer.logits({feature});
    internal::Scorer::WeightSums sums{};
    scorer.add_row(feature, &sums);
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
      const std::int8_t row_weight = kept ? data.weights[row * kCategoryCount + c] : 0;
      CHECK(logits[c] == Approx(data.biases[c] + data.scales[c] * row_weight));
      CHECK(sums[c] == row_weight);
      if (!kept) CHECK(scorer.contribution(feature, scorer.contribution_weights(c, 1.0f)) == 0.0f);
    }
    weighed += kept;
  }
  CHECK(weighed == 16);
}

TEST_CASE("row tags that don't match the row bits are refused", "[model]") {
  const std::string good = tagged_model();
  const std::size_t settings = section_offset(good, format::SectionKind::kSettings);
  const auto with_row_bits = [&](std::uint32_t row_bits) {
    std::string bytes = good;
    format::store_u32(reinterpret_cast<unsigned char*>(bytes.data()) + settings + 32, row_bits);
    reseal(&bytes);
    return open_status(bytes);
  };
  CHECK(with_row_bits(4) == StatusCode::kOk);
  CHECK(with_row_bits(0) == StatusCode::kCorruptModel);  // 16 rows for 64 buckets
  CHECK(with_row_bits(5) == StatusCode::kCorruptModel);  // 32 rows expected
  CHECK(with_row_bits(7) == StatusCode::kCorruptModel);  // more rows than buckets
  CHECK(with_row_bits(3) == StatusCode::kCorruptModel);  // below the fewest buckets

  CHECK(open_status(section_cut_short(good, format::SectionKind::kRowTags)) == StatusCode::kCorruptModel);
  CHECK(open_status(section_dropped(good, format::SectionKind::kRowTags)) == StatusCode::kCorruptModel);
}

// Where table `n` of a model's brands section starts: after the registry version and the
// organisation count come the senders, numbers and domains tables (keys of bytes), then
// the names and signatures tables (keys of u32 code points).
std::size_t brands_table(const std::string& bytes, int n) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t at = section_offset(bytes, format::SectionKind::kBrands);
  at += 2 + format::load_u16(p + at) + 2;
  for (int table = 0; table < n; ++table)
    at += 8 + 6 * format::load_u32(p + at) + (table < 3 ? 1 : 4) * format::load_u32(p + at + 4);
  return at;
}

TEST_CASE("the brands section is read in place and refused malformed or missing", "[model]") {
  const std::string good = testing::train_fixture_model();
  Status status;
  const auto model = Model::open_buffer(good.data(), good.size(), &status);
  REQUIRE(status.ok());
  const internal::RegistryIndex* brands = Model::Access::data(*model).brands.get();
  REQUIRE(brands != nullptr);
  CHECK(brands->bytes().data() == good.data() + section_offset(good, format::SectionKind::kBrands));
  CHECK(brands->bytes() == train::bundled_brands().section);

  // Edits of the section, resealed: a crafted file can have a valid checksum.
  const auto problem_after = [&](auto edit) {
    std::string bytes = good;
    edit(reinterpret_cast<unsigned char*>(bytes.data()));
    reseal(&bytes);
    CHECK(Model::open_buffer(bytes.data(), bytes.size(), &status) == nullptr);
    CHECK(status.code() == StatusCode::kCorruptModel);
    return status.message();
  };
  const auto* p = reinterpret_cast<const unsigned char*>(good.data());
  const std::size_t senders = brands_table(good, 0);
  const std::uint32_t sender_count = format::load_u32(p + senders);
  const std::size_t first_org = senders + 8 + 4 * sender_count;
  const std::size_t last_end = first_org - 4;
  CHECK(problem_after([&](unsigned char* b) { b[first_org] = b[first_org + 1] = 0xFF; }) ==
        "brands section: the senders table names an organisation out of range");
  const std::uint32_t sender_chars = format::load_u32(p + senders + 4);
  CHECK(problem_after([&](unsigned char* b) { format::store_u32(b + last_end, sender_chars + 1); }) ==
        "brands section: the senders table has a key past its key characters");
  // The second name made to start with U+0000, before the first.
  const std::size_t names = brands_table(good, 3);
  const std::size_t name_keys = names + 8 + 6 * format::load_u32(p + names);
  const std::size_t second_name = name_keys + 4 * format::load_u32(p + names + 8);  // after the first's end
  CHECK(problem_after([&](unsigned char* b) { format::store_u32(b + second_name, 0); }) ==
        "brands section: the names table is not sorted or repeats an entry");

  CHECK(open_status(section_cut_short(good, format::SectionKind::kBrands)) == StatusCode::kCorruptModel);
  CHECK(open_status(section_dropped(good, format::SectionKind::kBrands)) == StatusCode::kCorruptModel);
}

TEST_CASE("every byte flipped and every truncation of a model is refused", "[model]") {
  const std::string good = small_model();
  REQUIRE(open_status(good) == StatusCode::kOk);
  for (std::size_t i = 0; i < good.size(); ++i) {
    std::string bytes = good;
    bytes[i] = static_cast<char>(~bytes[i]);
    INFO("byte " << i);
    // The minor version is outside the checksum: a later minor opens with this reader.
    if (i == 6 || i == 7) CHECK(open_status(bytes) == StatusCode::kOk);
    else CHECK(open_status(bytes) != StatusCode::kOk);
  }
  for (std::size_t size = 0; size < good.size(); ++size) {
    INFO("first " << size << " bytes");
    CHECK(open_status(good.substr(0, size)) == StatusCode::kTruncated);
  }
}

TEST_CASE("section offsets and sizes outside the file are refused, overflow included", "[model]") {
  const std::string good = small_model();
  const std::size_t weights = section_entry(good, format::SectionKind::kWeights);
  const std::uint64_t weights_offset = section_offset(good, format::SectionKind::kWeights);
  const auto damaged = [&](std::size_t at, std::uint64_t value) {
    std::string bytes = good;
    store_u64(&bytes, at, value);
    reseal(&bytes);
    return open_status(bytes);
  };
  CHECK(damaged(weights + 8, 0) == StatusCode::kCorruptModel);                  // in the header
  CHECK(damaged(weights + 8, good.size() + 16) == StatusCode::kCorruptModel);   // past the end
  CHECK(damaged(weights + 8, ~std::uint64_t{0}) == StatusCode::kCorruptModel);
  CHECK(damaged(weights + 16, good.size() - weights_offset + 1) == StatusCode::kCorruptModel);
  // offset + size wraps around to a small number
  CHECK(damaged(weights + 16, ~std::uint64_t{0} - weights_offset + 2) == StatusCode::kCorruptModel);
  CHECK(damaged(weights + 16, ~std::uint64_t{0}) == StatusCode::kCorruptModel);
  CHECK(damaged(weights + 16, 80 - 1) == StatusCode::kCorruptModel);  // not 16 rows of 5
  CHECK(damaged(16, ~std::uint64_t{0}) == StatusCode::kTruncated);    // total size

  std::string bytes = good;
  format::store_u32(reinterpret_cast<unsigned char*>(bytes.data()) + 12, 0xFFFFFFFF);  // section count
  reseal(&bytes);
  CHECK(open_status(bytes) == StatusCode::kCorruptModel);
}

// Writes `count` copies of the float `value` from byte `offset` on.
void store_floats(std::string* bytes, std::size_t offset, std::size_t count, float value) {
  std::uint32_t bits;
  std::memcpy(&bits, &value, 4);
  for (std::size_t i = 0; i < count; ++i)
    format::store_u32(reinterpret_cast<unsigned char*>(bytes->data()) + offset + 4 * i, bits);
}

// Classifies `text` with the model `bytes` (its self-test skipped): probabilities finite,
// summing to 1.
void check_probabilities_finite(const std::string& bytes, const std::string& text) {
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status, OpenOptions{false});
  REQUIRE(model);
  Classifier classifier(model);
  Result result;
  REQUIRE(classifier.classify(text, "", &result).ok());
  float sum = 0;
  for (float p : result.probabilities) {
    CHECK(std::isfinite(p));
    sum += p;
  }
  CHECK(sum == Approx(1.0f));
}

TEST_CASE("scales, biases and temperatures that could overflow a logit are refused", "[model]") {
  const std::string good = small_model();
  const std::size_t scales = section_offset(good, format::SectionKind::kScales);
  const std::size_t biases = section_offset(good, format::SectionKind::kBiases);
  const std::size_t temperature = section_offset(good, format::SectionKind::kSettings) + 24;
  const auto with = [&](std::size_t offset, std::size_t count, float value) {
    std::string bytes = good;
    store_floats(&bytes, offset, count, value);
    reseal(&bytes);
    return bytes;
  };
  CHECK(open_status(with(scales + 4, 1, -3e38f)) == StatusCode::kCorruptModel);
  CHECK(open_status(with(biases, 1, 1e25f)) == StatusCode::kCorruptModel);
  CHECK(open_status(with(temperature, 1, 1e-30f)) == StatusCode::kCorruptModel);
  CHECK(open_status(with(temperature, 1, 1e30f)) == StatusCode::kCorruptModel);

  // At the limits, a long message still gets finite probabilities.
  std::string bytes = with(scales, kCategoryCount, 1e4f);
  store_floats(&bytes, biases, 1, -1e4f);
  store_floats(&bytes, temperature, 1, 1e-3f);
  reseal(&bytes);
  std::string text;
  for (int i = 0; i < 100; ++i) text += "验证码482913，贷款退订";
  check_probabilities_finite(bytes, text);
}

TEST_CASE("max_chars, bucket bits and character-map targets beyond the caps are refused", "[model][hostile]") {
  const std::string good = small_model();
  const std::size_t settings = section_offset(good, format::SectionKind::kSettings);
  const auto with_u32 = [&](std::size_t offset, std::uint32_t value) {
    std::string bytes = good;
    format::store_u32(reinterpret_cast<unsigned char*>(bytes.data()) + offset, value);
    reseal(&bytes);
    return bytes;
  };
  CHECK(open_status(with_u32(settings + 8, kMaxCharsLimit)) == StatusCode::kOk);
  CHECK(open_status(with_u32(settings + 8, kMaxCharsLimit + 1)) == StatusCode::kCorruptModel);
  CHECK(open_status(with_u32(settings + 8, 1u << 20)) == StatusCode::kCorruptModel);
  CHECK(open_status(with_u32(settings + 4, kMaxBucketBits + 1)) == StatusCode::kCorruptModel);

  // The fixture's one entry maps 銀 to 银; a surrogate on either side is no character.
  const std::size_t char_map = section_offset(good, format::SectionKind::kCharMap);
  CHECK(open_status(with_u32(char_map + 4, 0x94F6)) == StatusCode::kOk);
  CHECK(open_status(with_u32(char_map + 4, 0xD800)) == StatusCode::kCorruptModel);
  CHECK(open_status(with_u32(char_map + 4, 0xDFFF)) == StatusCode::kCorruptModel);
  CHECK(open_status(with_u32(char_map, 0xDC00)) == StatusCode::kCorruptModel);
}

TEST_CASE("the largest weights on the longest message give finite probabilities", "[model][hostile]") {
  std::string bytes = small_model();
  auto* p = reinterpret_cast<unsigned char*>(bytes.data());
  format::store_u32(p + section_offset(bytes, format::SectionKind::kSettings) + 8, kMaxCharsLimit);
  const std::size_t weights = section_offset(bytes, format::SectionKind::kWeights);
  for (std::size_t i = 0; i < 16 * kCategoryCount; ++i) bytes[weights + i] = i % 2 ? 127 : -128;
  store_floats(&bytes, section_offset(bytes, format::SectionKind::kScales), kCategoryCount, 1e4f);
  reseal(&bytes);
  std::string text;
  for (std::size_t i = 0; i < 2 * kMaxCharsLimit; ++i) text += i % 3 ? "验证" : "a1";
  check_probabilities_finite(bytes, text);
}

TEST_CASE("a model file replaced or truncated while open changes nothing for its readers", "[model][hostile]") {
  const testing::ScratchDirectory dir("smsfilter_model_file_test_");
  const std::string path = dir.path + "/model.smsf";
  REQUIRE(train::write_file(path, testing::train_fixture_model()).ok());
  Status status;
  const auto model = Model::open_file(path, &status);
  REQUIRE(model);
  Classifier classifier(model);
  Result before, after;
  REQUIRE(classifier.classify("您的验证码为482913", "", &before).ok());

  // Truncated in place, as a careless host's copy would: no SIGBUS, the same result.
  REQUIRE(::truncate(path.c_str(), 0) == 0);
  REQUIRE(classifier.classify("您的验证码为482913", "", &after).ok());
  CHECK(after.probabilities == before.probabilities);
  // Replaced by another model.
  REQUIRE(train::write_file(path, small_model()).ok());
  REQUIRE(classifier.classify("您的验证码为482913", "", &after).ok());
  CHECK(after.probabilities == before.probabilities);
}

TEST_CASE("a model is written beside its path and renamed over it", "[model][hostile]") {
  const testing::ScratchDirectory dir("smsfilter_model_file_test_");
  const std::string path = dir.path + "/model.smsf";
  const std::string first = testing::train_fixture_model(), second = small_model();
  REQUIRE(train::write_file(path, first).ok());
  struct stat before, after;
  REQUIRE(::stat(path.c_str(), &before) == 0);
  std::ifstream open_before(path, std::ios::binary);
  REQUIRE(train::write_file(path, second).ok());
  REQUIRE(::stat(path.c_str(), &after) == 0);
  CHECK(after.st_ino != before.st_ino);  // a new file, not the old one truncated
  // A reader that opened the old file still reads all of it.
  std::string old_bytes((std::istreambuf_iterator<char>(open_before)), std::istreambuf_iterator<char>());
  CHECK(old_bytes == first);
  std::ifstream reread(path, std::ios::binary);
  CHECK(std::string((std::istreambuf_iterator<char>(reread)), std::istreambuf_iterator<char>()) == second);
  // No temporary file is left behind.
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path), std::filesystem::directory_iterator()) == 1);
  // A directory that can't be written to: an error, and the path untouched.
  CHECK(train::write_file(dir.path + "/missing/model.smsf", second).code() == StatusCode::kIoError);
}

TEST_CASE("open_file refuses a FIFO, a directory and a file above the size cap", "[model][hostile]") {
  const testing::ScratchDirectory dir("smsfilter_model_file_test_");
  const std::string fifo = dir.path + "/fifo.smsf";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  Status status;
  CHECK(Model::open_file(fifo, &status) == nullptr);  // returns at once: no writer awaited
  CHECK(status.code() == StatusCode::kIoError);
  CHECK(status.message().find("not a regular file") != std::string::npos);
  CHECK(Model::open_file(dir.path, &status) == nullptr);
  CHECK(status.code() == StatusCode::kIoError);

  const std::string huge = dir.path + "/huge.smsf";
  std::ofstream(huge).close();
  REQUIRE(::truncate(huge.c_str(), static_cast<off_t>(kMaxModelFileBytes) + 1) == 0);
  CHECK(Model::open_file(huge, &status) == nullptr);
  CHECK(status.code() == StatusCode::kIoError);
  CHECK(status.message().find("larger than") != std::string::npos);
}

TEST_CASE("a self-test sample that classifies differently refuses the model", "[model]") {
  std::string bytes = testing::train_fixture_model();
  const std::size_t first_sample = section_offset(bytes, format::SectionKind::kSelfTest);
  bytes[first_sample] = static_cast<char>((bytes[first_sample] + 1) % kCategoryCount);
  reseal(&bytes);
  Status status;
  CHECK(Model::open_buffer(bytes.data(), bytes.size(), &status) == nullptr);
  CHECK(status.code() == StatusCode::kSelfTestFailed);
  CHECK(Model::open_buffer(bytes.data(), bytes.size(), &status, OpenOptions{false}) != nullptr);
}

}  // namespace
}  // namespace smsfilter
