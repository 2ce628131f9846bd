#include "smsfilter/train/corpus_index.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "common/characters.h"
#include "common/utf.h"
#include "smsfilter/train/dataset.h"

namespace smsfilter::train {

Status CorpusIndex::load(const std::string& directory) {
  std::error_code error;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  if (error) return Status(StatusCode::kIoError, directory + ": cannot list: " + error.message());
  std::sort(files.begin(), files.end());  // a source in two files belongs to the first
  for (const auto& file : files) {
    DatasetReader reader;
    if (Status status = reader.open(file.string()); !status.ok()) return status;
    for (Example example; reader.next(&example);)
      corpus_by_source_.emplace(std::move(example.source), file.stem().string());
    if (!reader.status().ok()) return reader.status();
  }
  return {};
}

std::string CorpusIndex::corpus_of(std::string_view source) const {
  if (source_kind(source) != SourceKind::kReal) return std::string(source);
  if (auto it = corpus_by_source_.find(std::string(source)); it != corpus_by_source_.end()) return it->second;
  return std::string(source.substr(0, source.find(':')));
}

bool is_traditional(std::string_view text, const CharMapEntries& char_map) {
  std::size_t han = 0, traditional = 0;
  for (char32_t c : internal::decode_utf8(text)) {
    if (!internal::is_han(c)) continue;
    ++han;
    const auto entry = std::lower_bound(char_map.begin(), char_map.end(), std::pair(c, char32_t{0}));
    traditional += entry != char_map.end() && entry->first == c && entry->second != c &&
                   internal::is_han(entry->second);
  }
  return traditional >= 2 && traditional * 20 >= han;
}

}  // namespace smsfilter::train
