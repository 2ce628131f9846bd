#include <catch2/catch.hpp>

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

TEST_CASE("feature buckets are fixed: models depend on them", "[hash]") {
  // Golden values: if these change, every trained model silently breaks.
  CHECK(feature_bucket(FeatureKind::kMarker, "url", 16) == 31437);
  CHECK(feature_bucket(FeatureKind::kSender, "service", 16) == 6552);
  CHECK(feature_bucket(FeatureKind::kWord, "我们", 16) == 58651);
  CHECK(feature_bucket(FeatureKind::kWord, "我们", 20) < (1u << 20));
}

}  // namespace
}  // namespace smsfilter
