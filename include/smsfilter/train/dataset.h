// Labeled message files: UTF-8 TSV with the header `label sender text source`, where the
// text escapes backslash, tab, CR and LF as \\, \t, \r, \n.
#ifndef SMSFILTER_TRAIN_DATASET_H_
#define SMSFILTER_TRAIN_DATASET_H_

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

// Where a message comes from: a real corpus, the template generator ("synth"), composed
// one by one in the data ("handwritten") or in this repository ("composed:<family>").
enum class SourceKind { kReal, kSynth, kHandwritten, kComposed };
inline constexpr std::size_t kSourceKindCount = 4;
SourceKind source_kind(std::string_view source);

std::string unescape_field(std::string_view field);
std::string escape_field(std::string_view field);

// Examples read one at a time, once, in order.
class ExampleSource {
 public:
  virtual ~ExampleSource() = default;
  // Fills `example` with the next one; false at the end or on an error (see `status()`).
  virtual bool next(Example* example) = 0;
  virtual const Status& status() const = 0;
};

// The examples of a vector, which must outlive the source.
class ExampleVectorSource : public ExampleSource {
 public:
  explicit ExampleVectorSource(const std::vector<Example>& examples) : examples_(examples) {}
  bool next(Example* example) override;
  const Status& status() const override { return status_; }

 private:
  const std::vector<Example>& examples_;
  std::size_t next_ = 0;
  Status status_;
};

// Reads examples one at a time, so files of any size stream in bounded memory.
class DatasetReader : public ExampleSource {
 public:
  Status open(const std::string& path);
  // False at the end of the file or on an error (then `status()` says which line).
  bool next(Example* example) override;
  const Status& status() const override { return status_; }
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

#endif  // SMSFILTER_TRAIN_DATASET_H_
