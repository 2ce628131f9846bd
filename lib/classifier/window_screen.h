// What the character n-grams of each window of a long message weigh, or of a text without
// one of its parts (a sentence, a code's clauses, its opening), from one read of the
// whole: prefix sums of their weight rows by first unit, so that a window costs two binary
// searches instead of a read of its own. Markers, edges and words are left out: the
// estimate only tells which windows are worth reading.
#ifndef SMSFILTER_LIB_CLASSIFIER_WINDOW_SCREEN_H_
#define SMSFILTER_LIB_CLASSIFIER_WINDOW_SCREEN_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "classifier/featurizer.h"
#include "classifier/scorer.h"

namespace smsfilter::internal {

class WindowScreen {
 public:
  // `features`: Featurizer::featurize_windowed()'s. Reuses the buffers' capacity.
  void index(const Scorer& scorer, const std::vector<Feature>& features);
  // The probabilities of the character n-grams that start in `units`
  // (Featurizer::window_units()).
  ClassScores estimate(const Scorer& scorer, std::pair<std::uint32_t, std::uint32_t> units) const;
  // The same for the character n-grams that start outside `units`.
  ClassScores estimate_without(const Scorer& scorer, std::pair<std::uint32_t, std::uint32_t> units) const;

 private:
  std::vector<std::uint32_t> begins_;       // each n-gram's first unit, in order
  std::vector<Scorer::WeightSums> sums_;    // sums_[i]: the rows of the first i n-grams
  // Where the n-grams that start in `units` are in begins_: [first, second).
  std::pair<std::size_t, std::size_t> positions(std::pair<std::uint32_t, std::uint32_t> units) const;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_CLASSIFIER_WINDOW_SCREEN_H_
