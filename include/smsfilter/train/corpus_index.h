// Which corpus a labeled message comes from, for reporting quality per corpus. The data's
// `source` column names a message's origin (a row id, a repository path, a web page), not
// the corpus file; the index maps each source of a directory of corpus files (the data's
// real/) to that file's name.
#ifndef SMSFILTER_TRAIN_CORPUS_INDEX_H_
#define SMSFILTER_TRAIN_CORPUS_INDEX_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "smsfilter/status.h"
#include "smsfilter/train/model_writer.h"

namespace smsfilter::train {

class CorpusIndex {
 public:
  // Indexes every *.tsv labeled message file in `directory` by its sources.
  Status load(const std::string& directory);

  // The corpus file's name without ".tsv" ("github_field"); "synth" and "handwritten"
  // for those sources; else the source up to its first ':'.
  std::string corpus_of(std::string_view source) const;

 private:
  std::unordered_map<std::string, std::string> corpus_by_source_;
};

// Whether a message is written in Traditional characters: at least two of its Han
// characters, and one in twenty, are ones `char_map` simplifies. For reporting a corpus
// that mixes scripts per script.
bool is_traditional(std::string_view text, const CharMapEntries& char_map);

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_CORPUS_INDEX_H_
