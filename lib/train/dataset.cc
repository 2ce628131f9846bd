#include "smsfilter/train/dataset.h"

namespace smsfilter::train {
namespace {

constexpr std::string_view kHeader = "label\tsender\ttext\tsource";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kComposedPrefix = "composed:";

// Splits `line` at tabs into exactly `n` fields; false if the count differs.
bool split_tabs(std::string_view line, std::string_view* fields, std::size_t n) {
  std::size_t count = 0;
  while (count < n) {
    const std::size_t tab = line.find('\t');
    fields[count++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return count == n && fields[n - 1].find('\t') == std::string_view::npos;
}

}  // namespace

SourceKind source_kind(std::string_view source) {
  if (source == "synth") return SourceKind::kSynth;
  if (source == "handwritten") return SourceKind::kHandwritten;
  if (source.substr(0, kComposedPrefix.size()) == kComposedPrefix) return SourceKind::kComposed;
  return SourceKind::kReal;
}

std::string unescape_field(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out.push_back(field[i]);
      continue;
    }
    switch (field[++i]) {
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'n': out.push_back('\n'); break;
      case '\\': out.push_back('\\'); break;
      default: out.push_back('\\'); out.push_back(field[i]);
    }
  }
  return out;
}

std::string escape_field(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (char c : field) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\n': out += "\\n"; break;
      case '\\': out += "\\\\"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

bool ExampleVectorSource::next(Example* example) {
  if (next_ == examples_.size()) return false;
  *example = examples_[next_++];
  return true;
}

Status DatasetReader::open(const std::string& path) {
  path_ = path;
  in_.open(path, std::ios::binary);
  if (!in_) return status_ = Status(StatusCode::kIoError, path + ": cannot open");
  if (!std::getline(in_, line_)) return status_ = Status(StatusCode::kInvalidArgument, path + ": empty file");
  // As a spreadsheet may save it: a byte-order mark before the header, CR LF line ends.
  std::string_view header = line_;
  if (header.substr(0, kUtf8Bom.size()) == kUtf8Bom) header.remove_prefix(kUtf8Bom.size());
  if (!header.empty() && header.back() == '\r') header.remove_suffix(1);
  if (header != kHeader) {
    return status_ = Status(StatusCode::kInvalidArgument,
                            path + ": first line must be the header \"label<TAB>sender<TAB>text<TAB>source\"");
  }
  line_number_ = 1;
  return {};
}

bool DatasetReader::next(Example* example) {
  while (status_.ok() && std::getline(in_, line_)) {
    ++line_number_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (line_.empty()) continue;
    std::string_view fields[4];
    const auto label = split_tabs(line_, fields, 4) ? category_from_name(fields[0]) : std::nullopt;
    if (!label) {
      status_ = Status(StatusCode::kInvalidArgument,
                       path_ + ":" + std::to_string(line_number_) +
                           ": expected 4 tab-separated fields starting with a known label");
      return false;
    }
    example->label = *label;
    example->sender.assign(fields[1]);
    example->text = unescape_field(fields[2]);
    example->source.assign(fields[3]);
    return true;
  }
  if (status_.ok() && in_.bad()) status_ = Status(StatusCode::kIoError, path_ + ": read error");
  return false;
}

Status read_dataset(const std::string& path, std::vector<Example>* examples) {
  DatasetReader reader;
  Status status = reader.open(path);
  if (!status.ok()) return status;
  Example example;
  while (reader.next(&example)) examples->push_back(std::move(example));
  return reader.status();
}

}  // namespace smsfilter::train
