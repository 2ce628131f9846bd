#include "train/corpus_index.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "train/dataset.h"

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

}  // namespace smsfilter::train
