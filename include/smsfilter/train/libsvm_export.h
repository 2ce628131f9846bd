// Messages' features in LIBSVM text format, for training with other tools (liblinear,
// scikit-learn's load_svmlight_file, Spark's libsvm data source):
//
//   LABEL INDEX:VALUE INDEX:VALUE ...
//
// LABEL is the Category value, 0-based in category.h order (personal 0 .. fraud 4), the
// range Spark's multinomial LogisticRegression requires. INDEX is the feature bucket + 1
// (LIBSVM indices start at 1), ascending. VALUE is what the scorer gives the bucket: the
// sum of its features' signs (+1, or -1 for a negated feature: signed hashing, hash.h),
// one per occurrence (a marker of the message analysis is three), times
// 1/sqrt(occurrences of all the message's features). A bucket whose signs cancel is left
// out.
#ifndef SMSFILTER_TRAIN_LIBSVM_EXPORT_H_
#define SMSFILTER_TRAIN_LIBSVM_EXPORT_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "smsfilter/status.h"
#include "smsfilter/train/dataset.h"
#include "smsfilter/train/featurizer.h"
#include "smsfilter/train/featurizer_spec.h"

namespace smsfilter::train {

// Which part of a file to export: the messages on lines whose number (1-based, the header
// is line 1) is `index` modulo `count`. Shards 0..count-1 together are the whole file.
struct Shard {
  std::size_t index = 0;
  std::size_t count = 1;
};

// Appends one message's row, without the newline, given its features (in any order;
// sorts them).
void append_libsvm_row(Category label, std::vector<HashedFeature>* features, std::string* out);

// Writes a row for each example of `reader` in `shard`, reading one message at a time.
// `exported` counts the rows written.
Status export_libsvm(DatasetReader* reader, Featurizer* featurizer, const Shard& shard,
                     std::ostream* out, std::size_t* exported);

// The same from the TSV file `data_path` to `out_path`, featurized under `spec`.
Status export_libsvm_file(const std::string& data_path, const std::string& out_path,
                          const FeaturizerSpec& spec, const Shard& shard, std::size_t* exported);

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_LIBSVM_EXPORT_H_
