#include <catch2/catch.hpp>

#include "smsfilter/train/dataset.h"

using smsfilter::train::source_kind;
using smsfilter::train::SourceKind;

TEST_CASE("a message's source names its kind", "[dataset]") {
  CHECK(source_kind("synth") == SourceKind::kSynth);
  CHECK(source_kind("handwritten") == SourceKind::kHandwritten);
  CHECK(source_kind("composed:tw_line_investment") == SourceKind::kComposed);
  CHECK(source_kind("nus_zh:10342") == SourceKind::kReal);
  CHECK(source_kind("web:https://example.org/composed:x") == SourceKind::kReal);
  CHECK(source_kind("composed") == SourceKind::kReal);
}
