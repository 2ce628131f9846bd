#include "classifier/window_screen.h"

#include <algorithm>
#include <cstdint>

namespace smsfilter::internal {
namespace {

// The longest text windows are cut from starts at most kMaxCharNgram n-grams a character.
static_assert(std::int64_t{Featurizer::kWindowedChars} * kMaxCharNgram * 128 < INT32_MAX,
              "prefix sums of int8 weight rows could overflow");

bool is_char_ngram(FeatureKind kind) {
  return kind == FeatureKind::kChar1 || kind == FeatureKind::kChar2 || kind == FeatureKind::kChar3 ||
         kind == FeatureKind::kNegated;
}

}  // namespace

void WindowScreen::index(const Scorer& scorer, const std::vector<Feature>& features) {
  begins_.clear();
  sums_.assign(1, {});
  // The featurizer emits character n-grams in the order of their first unit.
  for (const Feature& feature : features) {
    if (!is_char_ngram(feature.kind)) continue;
    begins_.push_back(feature.begin);
    Scorer::WeightSums sums = sums_.back();
    scorer.add_row(feature, &sums);
    sums_.push_back(sums);
  }
}

std::pair<std::size_t, std::size_t> WindowScreen::positions(std::pair<std::uint32_t, std::uint32_t> units) const {
  const auto position = [&](std::uint32_t unit) {
    return static_cast<std::size_t>(std::lower_bound(begins_.begin(), begins_.end(), unit) - begins_.begin());
  };
  return {position(units.first), position(units.second)};
}

ClassScores WindowScreen::estimate(const Scorer& scorer, std::pair<std::uint32_t, std::uint32_t> units) const {
  const auto [from, to] = positions(units);
  Scorer::WeightSums sums;
  for (std::size_t c = 0; c < kCategoryCount; ++c) sums[c] = sums_[to][c] - sums_[from][c];
  return scorer.probabilities(scorer.logits(sums, to - from));
}

ClassScores WindowScreen::estimate_without(const Scorer& scorer, std::pair<std::uint32_t, std::uint32_t> units) const {
  const auto [from, to] = positions(units);
  Scorer::WeightSums sums;
  for (std::size_t c = 0; c < kCategoryCount; ++c) sums[c] = sums_.back()[c] - (sums_[to][c] - sums_[from][c]);
  return scorer.probabilities(scorer.logits(sums, begins_.size() - (to - from)));
}

}  // namespace smsfilter::internal
