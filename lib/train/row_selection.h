// Which hashed buckets keep a weight row when a model has fewer rows than buckets.
//
// Hashing a message's n-grams into 2^16 buckets makes every bucket the sum of dozens of
// n-grams, most of them rare, and a rare n-gram at classification time picks up the weight
// of whichever frequent one it collides with. Hashing into 2^20 buckets and keeping, for
// each of 2^16 rows, the one bucket that matters most (its tag says which) costs a byte a
// row, and the buckets left out weigh nothing instead of someone else's weight.
#ifndef SMSFILTER_LIB_TRAIN_ROW_SELECTION_H_
#define SMSFILTER_LIB_TRAIN_ROW_SELECTION_H_

#include <cstdint>
#include <vector>

#include "train/feature_matrix.h"

namespace smsfilter::train {

// The tag of each of the 2^row_bits rows: of the buckets sharing the row (those equal in
// their low row_bits bits), the one that float `weights` ([bucket][class], trained on
// every bucket) lean on most, named by its high bits: the spread of its weights around
// their mean over the classes, times the square root of how often it occurs in `matrix`.
// A row none of whose buckets occurs keeps tag 0, which no training feature reaches.
std::vector<std::uint8_t> select_rows(const std::vector<float>& weights, const FeatureMatrix& matrix,
                                      std::uint32_t row_bits);

}  // namespace smsfilter::train

#endif  // SMSFILTER_LIB_TRAIN_ROW_SELECTION_H_
