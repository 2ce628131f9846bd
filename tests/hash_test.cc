#include <catch2/catch.hpp>

#include <string_view>

#include "smsfilter/featurizer_settings.h"
#include "smsfilter/hash.h"

namespace smsfilter {
namespace {

TEST_CASE("FNV-1a matches its published test vectors", "[hash]") {
  CHECK(fnv1a(kFnvOffsetBasis, "") == 0xcbf29ce484222325ull);
  CHECK(fnv1a(kFnvOffsetBasis, "a") == 0xaf63dc4c8601ec8cull);
  CHECK(fnv1a(kFnvOffsetBasis, "foobar") == 0x85944171f73967e8ull);
}

TEST_CASE("bytes above 0x7F hash as unsigned whatever char's signedness", "[hash]") {
  // 验 is E9 AA 8C in UTF-8.
  std::uint64_t expected = kFnvOffsetBasis;
  for (unsigned byte : {0xE9u, 0xAAu, 0x8Cu}) expected = (expected ^ byte) * kFnvPrime;
  CHECK(fnv1a(kFnvOffsetBasis, "验") == expected);
}

TEST_CASE("hashed features are fixed: models depend on them", "[hash]") {
  // Golden values: if these change, every trained model silently breaks.
  CHECK(hash_named_feature(FeatureKind::kMarker, "url", 16) == HashedFeature{31437, true});
  CHECK(hash_named_feature(FeatureKind::kSender, "service", 16) == HashedFeature{6552, false});
  CHECK(hash_named_feature(FeatureKind::kWord, "我们", 16) == HashedFeature{58651, false});
  CHECK(hash_named_feature(FeatureKind::kWord, "我们", 20).bucket < (1u << 20));
}

TEST_CASE("the sign is the mixed hash's top bit, independent of the bucket bits", "[hash]") {
  int negated = 0;
  for (char c = 'a'; c <= 'z'; ++c) {
    const std::string_view text(&c, 1);
    const HashedFeature narrow = hash_named_feature(FeatureKind::kMarker, text, 8);
    const HashedFeature wide = hash_named_feature(FeatureKind::kMarker, text, 22);
    CHECK(narrow.negated == wide.negated);
    CHECK(narrow.bucket == (wide.bucket & 0xFF));
    negated += narrow.negated;
  }
  CHECK(negated > 5);
  CHECK(negated < 21);
  CHECK(HashedFeature{3, false}.sign() == 1);
  CHECK(HashedFeature{3, true}.sign() == -1);
}

}  // namespace
}  // namespace smsfilter
