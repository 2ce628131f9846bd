// Featurizer settings and feature kinds. The settings are stored in every model file,
// so the classifier always extracts exactly the features the model was trained on.
#ifndef SMSFILTER_FEATURIZER_SETTINGS_H_
#define SMSFILTER_FEATURIZER_SETTINGS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "smsfilter/hash.h"

namespace smsfilter {

// Bump when a change to normalisation, tokenisation or hashing would give an existing
// model different features for the same message. Models record the version they were
// trained with; a classifier refuses a model whose featurizer version it doesn't have.
inline constexpr std::uint32_t kFeaturizerVersion = 29;

struct FeaturizerSettings {
  std::uint32_t featurizer_version = kFeaturizerVersion;
  std::uint32_t bucket_bits = 16;    // hash table of 2^bucket_bits rows
  std::uint32_t max_chars = 1000;    // visible characters read per message, from both ends
  std::uint32_t char_ngram_max = 3;  // character n-grams of length 1..char_ngram_max
  bool word_tokens = true;           // ICU dictionary word break tokens
  bool markers = true;               // url, phone, signature, amount, length ... markers
  bool sender_kind = true;           // 106xx service number, 95xxx bank, mobile ...

  std::uint32_t bucket_count() const { return std::uint32_t{1} << bucket_bits; }
};

// The ranges this build's featurizer accepts.
inline constexpr std::uint32_t kMinBucketBits = 4;
// 2^22 rows of 5 one-byte weights: 20 MiB, within a model file's kMaxModelFileBytes.
inline constexpr std::uint32_t kMaxBucketBits = 22;
inline constexpr std::uint32_t kMaxCharNgram = 3;
// Far above any SMS, low enough that a message's features are few thousand and their
// int32 weight sums can't overflow (scorer.cc).
inline constexpr std::uint32_t kMaxCharsLimit = 4096;

// Why the featurizer can't use `settings` (e.g. "bucket bits 40 out of range 4..24"), or
// "" when it can. Model files, the trainer and every tool that takes settings from a user
// check this before featurizing.
inline std::string featurizer_settings_problem(const FeaturizerSettings& settings) {
  if (settings.featurizer_version != kFeaturizerVersion) {
    return "featurizer version " + std::to_string(settings.featurizer_version) +
           ", this build has " + std::to_string(kFeaturizerVersion);
  }
  if (settings.bucket_bits < kMinBucketBits || settings.bucket_bits > kMaxBucketBits) {
    return "bucket bits " + std::to_string(settings.bucket_bits) + " out of range " +
           std::to_string(kMinBucketBits) + ".." + std::to_string(kMaxBucketBits);
  }
  if (settings.char_ngram_max > kMaxCharNgram) {
    return "character n-gram length " + std::to_string(settings.char_ngram_max) + " above " +
           std::to_string(kMaxCharNgram);
  }
  if (settings.max_chars == 0 || settings.max_chars > kMaxCharsLimit) {
    return "max_chars " + std::to_string(settings.max_chars) + " out of range 1.." +
           std::to_string(kMaxCharsLimit);
  }
  return {};
}

// Each feature is hashed as: kind tag byte, 0x1F, then the feature's UTF-8 text.
enum class FeatureKind : unsigned char {
  kWord = 'w',
  kChar1 = '1',
  kChar2 = '2',
  kChar3 = '3',
  kNegated = 'n',  // character n-grams that start where a negation or condemnation reaches
  kHead = 'h',  // character n-grams within a message's first few units, hashed apart
  kTail = 't',  // ... and within its last few
  kMarker = 'm',
  kSender = 's',
};

constexpr std::uint64_t feature_hash_start(FeatureKind kind) {
  return fnv1a_byte(fnv1a_byte(kFnvOffsetBasis, static_cast<std::uint8_t>(kind)), 0x1F);
}

// A feature whose text is known up front (markers, sender kinds, tests), hashed.
constexpr HashedFeature hash_named_feature(FeatureKind kind, std::string_view text,
                                           unsigned bucket_bits) {
  return hash_feature(fnv1a(feature_hash_start(kind), text), bucket_bits);
}

}  // namespace smsfilter

#endif  // SMSFILTER_FEATURIZER_SETTINGS_H_
