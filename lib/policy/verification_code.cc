#include "smsfilter/verification_code.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

#include "policy/code_points.h"
#include "policy/sender.h"

namespace smsfilter::internal {
namespace {

constexpr std::size_t kMinCodeLength = 4;
constexpr std::size_t kMaxCodeLength = 8;
// Characters allowed between a code word and its code: "验证码为：829104" has two,
// "14450为您本次操作的验证码" seven.
constexpr std::size_t kMaxDistance = 30;

// Words that name a one-time code. ASCII ones are compared case-insensitively.
constexpr std::array<std::u32string_view, 17> kCodeWords = {
    U"验证码", U"校验码", U"动态码", U"确认码", U"交易码", U"动态密码", U"短信密码",
    U"安全码", U"授权码", U"激活码", U"登录码", U"随机码", U"代码",     U"口令",
    U"code",   U"otp",    U"pin"};

// Words right before a number that make it something other than a code.
constexpr std::array<std::u32string_view, 24> kNumberLabels = {
    U"金额", U"尾号", U"卡号", U"账号", U"账户", U"余额", U"序号", U"编号",
    U"单号", U"订单", U"手机", U"电话", U"致电", U"拨打", U"热线", U"客服",
    U"qq",   U"用户", U"号码", U"工号", U"车次", U"航班", U"¥",   U"￥"};

// Characters right after a number that make it an amount, a time, a date or a count.
constexpr std::u32string_view kUnits =
    U"元块万亿角%年月日号时点分秒天周个次笔件张条位人名岁折倍米克斤期楼室积";

// What may separate a code word from a code written in letters only.
constexpr std::u32string_view kConnectors = U" :：为是\"“”'";

char32_t lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

bool equals_at(std::u32string_view text, std::size_t i, std::u32string_view word) {
  if (i + word.size() > text.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (lower(text[i + k]) != word[k]) return false;
  return true;
}

struct Span {
  std::size_t begin = 0, end = 0;
};

// Where the code words are: spans in text order, not overlapping.
std::vector<Span> find_code_words(std::u32string_view text) {
  std::vector<Span> words;
  for (std::size_t i = 0; i < text.size();) {
    const auto found = std::find_if(kCodeWords.begin(), kCodeWords.end(), [&](std::u32string_view word) {
      if (!equals_at(text, i, word)) return false;
      // ASCII words only as whole words ("code", not "barcode").
      const std::size_t end = i + word.size();
      return word[0] >= 0x80 || ((i == 0 || !is_ascii_letter(text[i - 1])) &&
                                 (end == text.size() || !is_ascii_letter(text[end])));
    });
    if (found == kCodeWords.end()) {
      ++i;
      continue;
    }
    words.push_back({i, i + found->size()});
    i += found->size();
  }
  return words;
}

struct Candidate {
  Span span;
  std::string code;
};

bool is_colon(char32_t c) { return c == ':' || c == U'：'; }

// The label ending right before `begin`, skipping spaces and colons.
bool has_number_label(std::u32string_view text, std::size_t begin) {
  while (begin > 0 && (text[begin - 1] == ' ' || is_colon(text[begin - 1]))) --begin;
  return std::any_of(kNumberLabels.begin(), kNumberLabels.end(), [&](std::u32string_view label) {
    return begin >= label.size() && equals_at(text, begin - label.size(), label);
  });
}

// A number that continues across punctuation: 2,380.00, 10:30, 2023-10-01, 1/2. A comma
// only joins thousands: "829104,5分钟" is a code and a duration.
bool continues_number(std::u32string_view text, Span span) {
  const auto joins = [](char32_t c) { return c == '.' || c == ':' || c == '/' || c == '-'; };
  const auto thousands = [&](std::size_t comma) {
    std::size_t end = comma + 1;
    while (end < text.size() && is_ascii_digit(text[end])) ++end;
    return end - comma - 1 == 3;
  };
  if (span.begin >= 2 && is_ascii_digit(text[span.begin - 2]) &&
      (joins(text[span.begin - 1]) || text[span.begin - 1] == ',')) {
    return true;
  }
  return span.end + 1 < text.size() && is_ascii_digit(text[span.end + 1]) &&
         (joins(text[span.end]) || (text[span.end] == ',' && thousands(span.end)));
}

bool followed_by_unit(std::u32string_view text, std::size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  return end < text.size() && kUnits.find(text[end]) != std::u32string_view::npos;
}

std::size_t run_end(std::u32string_view text, std::size_t i) {
  while (i < text.size() && is_ascii_alnum(text[i])) ++i;
  return i;
}

bool all_digits(std::u32string_view s) { return std::all_of(s.begin(), s.end(), is_ascii_digit); }

// Digit groups of one length split by single spaces or hyphens: "829 104", "8 2 9 1 0 4".
// Returns the end of the last group joined to the one at [begin, end).
std::size_t join_groups(std::u32string_view text, std::size_t begin, std::size_t end) {
  const std::size_t group = end - begin;
  for (;;) {
    if (end + 1 >= text.size() || (text[end] != ' ' && text[end] != '-')) return end;
    const std::size_t next_end = run_end(text, end + 1);
    if (next_end - end - 1 != group || !all_digits(text.substr(end + 1, group))) return end;
    end = next_end;
  }
}

// Codes are digits, upper-case letters and digits, or (right after a code word) upper-case
// letters alone.
bool plausible_code(const std::string& code, bool right_after_code_word) {
  const bool digits = std::any_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool upper_only = std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  });
  return upper_only && (digits || right_after_code_word);
}

std::vector<Candidate> find_candidates(std::u32string_view text) {
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_ascii_alnum(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    std::size_t end = run_end(text, i);
    if (all_digits(text.substr(begin, end - begin))) end = join_groups(text, begin, end);
    i = end;
    Candidate c{{begin, end}, {}};
    for (std::size_t k = begin; k < end; ++k)
      if (is_ascii_alnum(text[k])) c.code.push_back(static_cast<char>(text[k]));
    if (c.code.size() < kMinCodeLength || c.code.size() > kMaxCodeLength) continue;
    if (has_number_label(text, begin) || continues_number(text, c.span) ||
        followed_by_unit(text, end)) {
      continue;
    }
    candidates.push_back(std::move(c));
  }
  return candidates;
}

bool only_connectors(std::u32string_view between) {
  return std::all_of(between.begin(), between.end(), [](char32_t c) {
    return kConnectors.find(c) != std::u32string_view::npos;
  });
}

std::string issuer_of(std::u32string_view text) {
  const Signatures signatures = find_signatures(text);
  // 【验证码】 and the like name the message, not the sender.
  const auto generic = [](std::u32string_view s) { return s.find(U"验证") != std::u32string_view::npos; };
  for (std::u32string_view s : {signatures.head, signatures.tail})
    if (!s.empty() && !generic(s)) return encode_utf8(s);
  return {};
}

}  // namespace
}  // namespace smsfilter::internal

namespace smsfilter {

std::optional<VerificationCode> extract_verification_code(std::string_view text_utf8) {
  using namespace internal;
  std::u32string text = decode_utf8(text_utf8);
  for (char32_t& c : text) c = fold_width(c);
  const std::vector<Span> words = find_code_words(text);
  if (words.empty()) return std::nullopt;

  const Candidate* best = nullptr;
  std::size_t best_rank = 0;
  const auto consider = [&](const Candidate& c, const Span& word) {
    const bool after_word = word.end <= c.span.begin;
    const std::size_t distance = after_word ? c.span.begin - word.end : word.begin - c.span.end;
    if (distance > kMaxDistance) return;
    const bool right_after =
        after_word && only_connectors(std::u32string_view(text).substr(word.end, distance));
    if (!plausible_code(c.code, right_after)) return;
    // Codes more often follow their word: that wins ties.
    const std::size_t rank = distance * 2 + (after_word ? 0 : 1);
    if (best == nullptr || rank < best_rank) {
      best = &c;
      best_rank = rank;
    }
  };
  // Candidates and words are both in text order: one walk finds each candidate's nearest
  // word on either side, so the time stays linear whatever the message.
  const std::vector<Candidate> candidates = find_candidates(text);
  std::size_t next = 0;  // the first word that doesn't end before the candidate
  for (const Candidate& c : candidates) {
    while (next < words.size() && words[next].end <= c.span.begin) ++next;
    if (next > 0) consider(c, words[next - 1]);
    std::size_t following = next;
    while (following < words.size() && words[following].begin < c.span.end) ++following;
    if (following < words.size()) consider(c, words[following]);
  }
  if (best == nullptr) return std::nullopt;
  return VerificationCode{best->code, issuer_of(text)};
}

}  // namespace smsfilter
