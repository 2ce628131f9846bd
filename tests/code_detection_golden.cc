// Verification-code detection over a labelled file: the exact code on at least
// --min-exact of the rows that carry one, a code invented on at most --max-invented of
// those that carry none. Prints both rates; exits 77 (skipped) when the file is absent.
// usage: code_detection_golden FILE.tsv MIN_EXACT MAX_INVENTED
//   FILE  a header, then text<TAB>code[<TAB>source]; an empty code: the message has none.
//         In text, \n, \t and \\ stand for a newline, a tab and a backslash.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "smsfilter/verification_code.h"

namespace {

std::string unescape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out.push_back(text[i]);
      continue;
    }
    const char next = text[++i];
    out.push_back(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: code_detection_golden FILE.tsv MIN_EXACT MAX_INVENTED\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::printf("no %s: skipped\n", argv[1]);
    return 77;
  }
  const double min_exact = std::atof(argv[2]), max_invented = std::atof(argv[3]);
  int with_code = 0, exact = 0, without_code = 0, invented = 0, line_number = 1;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    ++line_number;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      std::fprintf(stderr, "line %d: no code column\n", line_number);
      return 1;
    }
    const std::size_t end = line.find('\t', tab + 1);
    const std::string code = line.substr(tab + 1, end == std::string::npos ? end : end - tab - 1);
    const auto found = smsfilter::extract_verification_code(unescape(line.substr(0, tab)));
    // Line numbers only: the messages stay out of the output.
    if (code.empty()) {
      ++without_code;
      if (found) ++invented, std::printf("line %d: a code where there is none\n", line_number);
    } else {
      ++with_code;
      if (found && found->code() == code) ++exact;
      else std::printf("line %d: %s\n", line_number, found ? "a wrong code" : "no code found");
    }
  }
  const double exact_rate = with_code ? static_cast<double>(exact) / with_code : 1;
  const double invented_rate = without_code ? static_cast<double>(invented) / without_code : 0;
  std::printf("exact code on %d of %d messages with one (%.4f); invented on %d of %d without (%.4f)\n",
              exact, with_code, exact_rate, invented, without_code, invented_rate);
  return exact_rate >= min_exact && invented_rate <= max_invented ? 0 : 1;
}
