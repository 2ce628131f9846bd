// Labeled message files: UTF-8 TSV with the header `label sender text source`, where the
// text escapes backslash, tab, CR and LF as \\, \t, \r, \n.
#ifndef SMSFILTER_LIB_TRAIN_DATASET_H_
#define SMSFILTER_LIB_TRAIN_DATASET_H_

#include <cstddef>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/category.h"
#include "smsfilter/status.h"

namespace smsfilter::train {

struct Example {
  Category label = Category::kPersonal;
  std::string sender;
  std::string text;
  std::string source;
};

// Where a message comes from: a real corpus, the template generator ("synth") or
// composed one by one ("handwritten").
enum class SourceKind { kReal, kSynth, kHandwritten };
SourceKind source_kind(std::string_view source);

std::string unescape_field(std::string_view field);
std::string escape_field(std::string_view field);

// Reads examples one at a time, so files of any size stream in bounded memory.
class DatasetReader {
 public:
  Status open(const std::string& path);
  // False at the end of the file or on an error (then `status()` says which line).
  bool next(Example* example);
  const Status& status() const { return status_; }
  // The 1-based file line of the example `next` returned last (the header is line 1).
  std::size_t line_number() const { return line_number_; }

 private:
  std::ifstream in_;
  std::string path_;
  std::string line_;
  std::size_t line_number_ = 0;
  Status status_;
};

Status read_dataset(const std::string& path, std::vector<Example>* examples);

}  // namespace smsfilter::train

#endif  // SMSFILTER_LIB_TRAIN_DATASET_H_
