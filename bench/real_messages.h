// The real messages of a labelled TSV file (header `label sender text source`, text
// escaped as \\, \t, \r, \n): not template-generated ("synth"), hand-written
// ("handwritten") or hand-composed ("composed:…"). Read with the standard library and
// ICU alone, not the library's own dataset reader, so that the same benchmark source
// builds against older commits too (bench/compare.sh).
#ifndef SMSFILTER_BENCH_REAL_MESSAGES_H_
#define SMSFILTER_BENCH_REAL_MESSAGES_H_

#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/ustring.h>

namespace smsfilter::bench {

struct Message {
  std::string text, sender;
  std::u16string text16, sender16;
};

inline std::u16string to_utf16(const std::string& utf8) {
  std::u16string out(utf8.size(), u'\0');  // never more UTF-16 units than UTF-8 bytes
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strFromUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &length, utf8.data(),
                       static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &error);
  out.resize(U_SUCCESS(error) ? static_cast<std::size_t>(length) : 0);
  return out;
}

inline std::string unescape(std::string_view field) {
  std::string out;
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
      default: out.push_back('\\'), out.push_back(field[i]);
    }
  }
  return out;
}

// The messages in file order; empty if the file can't be read.
inline std::vector<Message> read_real_messages(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<Message> messages;
  std::string line;
  std::getline(in, line);  // the header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view fields[4];
    std::string_view rest = line;
    std::size_t count = 0;
    for (; count < 4; ++count) {
      const std::size_t tab = rest.find('\t');
      fields[count] = rest.substr(0, tab);
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    if (count != 3) continue;  // not four fields
    const std::string_view source = fields[3];
    if (source == "synth" || source == "handwritten" || source.substr(0, 9) == "composed:") continue;
    Message m{unescape(fields[2]), std::string(fields[1]), {}, {}};
    m.text16 = to_utf16(m.text);
    m.sender16 = to_utf16(m.sender);
    messages.push_back(std::move(m));
  }
  return messages;
}

}  // namespace smsfilter::bench

#endif  // SMSFILTER_BENCH_REAL_MESSAGES_H_
