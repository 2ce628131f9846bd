#include "analysis/code_finder.h"

#include <algorithm>
#include <array>

#include "analysis/labelled_numbers.h"
#include "common/characters.h"
#include "common/starts_with.h"

namespace smsfilter::internal {
namespace {

constexpr std::size_t kMinCodeLength = 4;
// Characters allowed between a code word and its code: "验证码为：829104" has two,
// "14450为您本次操作的验证码" seven, "145879 is your Twitter login code" twenty, "Your OTP
// for HKD 1,250.00 transaction at ABC Store is 331920" forty-six.
constexpr std::size_t kMaxDistance = 48;

// Words that name a one-time code, in normalised text (lower case), Simplified and
// Traditional, as the model's character map may or may not have made them one script.
// Each ends in 码, 碼 or 令, so that only those characters start a look back.
constexpr std::array<std::u32string_view, 44> kHanCodeWords = {
    U"验证码", U"驗證碼", U"验証码", U"驗証碼", U"校验码", U"校驗碼", U"动态码", U"動態碼",
    U"确认码", U"確認碼", U"认证码", U"認證碼", U"交易码", U"交易碼", U"安全码", U"安全碼",
    U"授权码", U"授權碼", U"激活码", U"啟用碼", U"登录码", U"登入碼", U"随机码", U"隨機碼",
    U"短信码", U"簡訊碼", U"代码",   U"代碼",   U"动态密码", U"動態密碼", U"短信密码",
    U"簡訊密碼", U"简讯密码", U"一次性密码", U"一次性密碼", U"交易密码", U"交易密碼",
    U"otp密码", U"otp密碼", U"口令",   U"驗證密碼", U"验证密码", U"登入密碼", U"登录密码"};
// 代码 names a one-time code (访问代码, Apple ID代码) unless it follows one of these: then
// it names a traffic offence, a product, a stock or an error, and the number is not a code.
constexpr std::array<std::u32string_view, 22> kOtherCodeKinds = {
    U"违法", U"違法", U"违章", U"違章", U"违规", U"違規", U"产品", U"產品", U"股票", U"证券", U"證券",
    U"基金", U"机构", U"機構", U"营销", U"營銷", U"错误", U"錯誤", U"故障", U"行业", U"行業", U"邀请"};
// Whole ASCII words, each starting with c, o or p.
constexpr std::array<std::u32string_view, 6> kAsciiCodeWords = {
    U"code", U"otp", U"pin", U"passcode", U"one-time password", U"one time password"};

// Labels right before a number that make it something other than a code.
// A chat id (微信gp88990, 加vx:abc1234) is no code either.
constexpr std::array<std::u32string_view, 60> kNumberLabels = {
    U"金额", U"尾号", U"卡号", U"账号", U"账户", U"余额", U"序号", U"编号", U"单号", U"订单",
    U"手机", U"电话", U"致电", U"拨打", U"热线", U"客服", U"qq",   U"用户", U"号码", U"工号",
    U"车次", U"航班", U"¥",    U"帳號", U"帳戶", U"編號", U"訂單", U"電話", U"號碼", U"識別碼",
    U"识别码", U"参考编号", U"參考編號", U"参考号", U"流水号", U"交易号", U"申请号", U"受理号",
    U"运单", U"運單", U"快递", U"取件码", U"提货码", U"ref",  U"ref.", U"order", U"no.", U"id",
    U"tracking", U"account", U"拨", U"撥", U"call", U"致電", U"熱線", U"微信", U"微信号", U"vx",
    U"wx", U"v信"};

// Characters right after a number that make it an amount, a time, a date or a count.
constexpr std::u32string_view kUnits =
    U"元块万亿角%年月日号时点分秒天周个次笔件张条位人名岁折倍米克斤期楼室积塊萬億號時點週個筆張條歲";
// The same in English, as whole words.
constexpr std::array<std::u32string_view, 12> kEnglishUnits = {
    U"min", U"mins", U"minutes", U"sec", U"seconds", U"hours", U"hrs", U"days", U"gb", U"mb", U"kg", U"km"};

// What may separate a code word from a code in letters only: "验证码： QGFDAE".
constexpr std::u32string_view kConnectors = U" :为是為\"“”'「」『』【】[](（)）";

bool is_code_word_end(char32_t c) { return c == U'码' || c == U'碼' || c == U'令'; }

bool is_whole_word(std::u32string_view text, std::size_t begin, std::size_t end) {
  return (begin == 0 || !is_ascii_lower(text[begin - 1])) && (end == text.size() || !is_ascii_lower(text[end]));
}

bool names_other_code(std::u32string_view text, std::size_t begin, std::size_t length) {
  if (length != 2 || text[begin] != U'代') return false;
  return std::any_of(kOtherCodeKinds.begin(), kOtherCodeKinds.end(),
                     [&](std::u32string_view kind) { return ends_with(text.substr(0, begin), kind); });
}

// Where the code words are: spans in text order, not overlapping.
void find_code_words(std::u32string_view text, std::vector<Span>* words) {
  words->clear();
  const auto add = [&](std::size_t begin, std::size_t end) {
    while (!words->empty() && words->back().end > begin) words->pop_back();  // keep the longest
    words->push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (is_code_word_end(c)) {
      std::size_t longest = 0;
      for (std::u32string_view word : kHanCodeWords)
        if (word.size() > longest && ends_with(text.substr(0, i + 1), word)) longest = word.size();
      if (longest > 0 && !names_other_code(text, i + 1 - longest, longest)) add(i + 1 - longest, i + 1);
    } else if (const std::size_t length = ascii_code_word_at(text, i)) {
      add(i, i + length);
    }
  }
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

Span span_of(Span span) { return span; }
Span span_of(const Link& link) { return link.span; }
Span span_of(const PhoneNumber& phone) { return phone.span; }

// The item of `items` (in text order, not overlapping) that overlaps `span`, if any. The
// spans asked about come in text order too, so `next` only moves forward: one walk over
// a message's candidates costs linear time.
template <typename T>
const T* overlapping(const std::vector<T>& items, std::size_t* next, Span span) {
  while (*next < items.size() && span_of(items[*next]).end <= span.begin) ++*next;
  return *next < items.size() && span_of(items[*next]).begin < span.end ? &items[*next] : nullptr;
}

// A number that continues across punctuation: 10:30, 2023-10-01, 1/2, 3.14. Thousands
// commas never split a run of four or more digits: "验证码370000，100元" is a code and an
// amount.
bool continues_number(std::u32string_view text, Span span) {
  const auto joins = [](char32_t c) { return c == '.' || c == ':' || c == '/' || c == '-'; };
  if (span.begin >= 2 && is_ascii_digit(text[span.begin - 2]) && joins(text[span.begin - 1])) return true;
  return span.end + 1 < text.size() && is_ascii_digit(text[span.end + 1]) && joins(text[span.end]);
}

bool followed_by_unit(std::u32string_view text, std::size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  if (end == text.size()) return false;
  if (kUnits.find(text[end]) != std::u32string_view::npos) return true;
  return std::any_of(kEnglishUnits.begin(), kEnglishUnits.end(), [&](std::u32string_view unit) {
    return text.substr(end, unit.size()) == unit && is_whole_word(text, end, end + unit.size());
  });
}

std::size_t run_end(std::u32string_view text, std::size_t i) {
  while (i < text.size() && is_ascii_alnum(text[i])) ++i;
  return i;
}

bool all_digits(std::u32string_view s) { return std::all_of(s.begin(), s.end(), is_ascii_digit); }

// Digit groups of one length split by single spaces or hyphens: "604-118", "640 218",
// "8 2 9 1 0 4". Returns the end of the last group joined to the one at [begin, end).
std::size_t join_groups(std::u32string_view text, std::size_t begin, std::size_t end) {
  const std::size_t group = end - begin;
  for (;;) {
    if (end + 1 >= text.size() || (text[end] != ' ' && text[end] != '-')) return end;
    const std::size_t next_end = run_end(text, end + 1);
    if (next_end - end - 1 != group || !all_digits(text.substr(end + 1, group))) return end;
    end = next_end;
  }
}

struct Candidate {
  Span span;
  CodeMatch match;  // its first CodeMatch::kMaxLength characters
  std::size_t length = 0, digits = 0, letters = 0;
  bool upper_letters = true;  // every letter written upper case
};

// The normalised text's character `k` as the sender wrote it: a letter keeps its case.
char32_t as_written(const MessageAnalysis& analysis, std::size_t k) {
  const char32_t normalized = analysis.text()[k];
  const std::size_t at = analysis.raw_offset(k);
  const char32_t written = at < analysis.raw().size() ? fold_width(analysis.raw()[at]) : normalized;
  return is_ascii_alnum(written) && ascii_lower(written) == normalized ? written : normalized;
}

// The candidate's characters as the sender wrote them.
void read_code(const MessageAnalysis& analysis, Candidate* c) {
  const std::u32string_view text = analysis.text();
  for (std::uint32_t k = c->span.begin; k < c->span.end; ++k) {
    if (!is_ascii_alnum(text[k])) continue;
    const char32_t c32 = as_written(analysis, k);
    if (is_ascii_digit(c32)) ++c->digits;
    else ++c->letters, c->upper_letters &= !is_ascii_lower(c32);
    if (c->length < CodeMatch::kMaxLength) c->match.code_[c->length] = static_cast<char>(c32);
    ++c->length;
  }
}

// Codes are digits, digits with a few letters (12345X, h7d2k9), or, right after a code
// word, upper-case letters alone (QGFDAE).
bool plausible_code(const Candidate& c, bool right_after_code_word) {
  if (c.digits == 0) return right_after_code_word && c.upper_letters;
  return c.upper_letters || c.digits * 2 >= c.letters;
}

bool only_connectors(std::u32string_view between) {
  return std::all_of(between.begin(), between.end(),
                     [](char32_t c) { return kConnectors.find(c) != std::u32string_view::npos; });
}

// What else a number may be, asked of candidates in text order.
class Distractors {
 public:
  explicit Distractors(const MessageAnalysis& analysis) : analysis_(analysis) {}

  // Part of the signature or a link, money, a card tail, a phone number, a date, a time,
  // a count, a labelled number (订单号, 参考编号, Ref …) or an id.
  bool is_something_else(Span span) {
    const std::u32string_view text = analysis_.text();
    if (overlaps(span, analysis_.head_signature()) || overlaps(span, analysis_.tail_signature())) return true;
    if (overlapping(analysis_.amounts(), &next_amount_, span) ||
        overlapping(analysis_.card_tails(), &next_tail_, span) ||
        overlapping(analysis_.links(), &next_link_, span)) {
      return true;
    }
    const PhoneNumber* phone = overlapping(analysis_.phone_numbers(), &next_phone_, span);
    if (phone != nullptr && phone->span.size() > CodeMatch::kMaxLength) return true;
    return label_before(text, span.begin, kNumberLabels.data(), kNumberLabels.size()) ||
           continues_number(text, span) || joins_identifier(span) || followed_by_unit(text, span.end);
  }

  // A short service number (95588, 12306, 10086) is a code only right after a code word.
  bool is_short_phone(Span span) { return overlapping(analysis_.phone_numbers(), &next_phone_, span) != nullptr; }

 private:
  // Part of a longer name, joined by a hyphen or an underscore to a run of three or more
  // letters and digits with a letter written in lower case: a WeChat or product id (添加微信
  // ziroom-tk88, 企业微信 jdkf_0722). Codes are written in capitals where they have a prefix
  // (玉山銀行's 驗證碼 XNTC-299768), and Google's and Facebook's are short (G-482913, FB-482913).
  bool joins_identifier(Span span) const {
    constexpr std::size_t kMinIdentifierPart = 3;
    const std::u32string_view text = analysis_.text();
    const auto is_joiner = [](char32_t c) { return c == '-' || c == '_'; };
    const auto is_identifier_part = [&](std::size_t begin, std::size_t end) {
      if (end - begin < kMinIdentifierPart) return false;
      for (std::size_t k = begin; k < end; ++k) {
        if (is_ascii_lower(as_written(analysis_, k))) return true;
      }
      return false;
    };
    if (span.begin >= 1 && is_joiner(text[span.begin - 1])) {
      std::size_t begin = span.begin - 1;
      while (begin > 0 && is_ascii_alnum(text[begin - 1])) --begin;
      if (is_identifier_part(begin, span.begin - 1)) return true;
    }
    return span.end < text.size() && is_joiner(text[span.end]) &&
           is_identifier_part(span.end + 1, run_end(text, span.end + 1));
  }

  const MessageAnalysis& analysis_;
  std::size_t next_amount_ = 0, next_tail_ = 0, next_link_ = 0, next_phone_ = 0;
};

}  // namespace

std::size_t ascii_code_word_at(std::u32string_view normalized_text, std::size_t at) {
  const char32_t c = normalized_text[at];
  if (c != 'c' && c != 'o' && c != 'p') return 0;
  for (std::u32string_view word : kAsciiCodeWords) {
    if (normalized_text.substr(at, word.size()) == word && is_whole_word(normalized_text, at, at + word.size()))
      return word.size();
  }
  return 0;
}

bool names_code_word(std::u32string_view normalized_text) {
  return std::any_of(kHanCodeWords.begin(), kHanCodeWords.end(), [&](std::u32string_view word) {
    for (std::size_t at = normalized_text.find(word); at != normalized_text.npos;
         at = normalized_text.find(word, at + 1)) {
      if (!names_other_code(normalized_text, at, word.size())) return true;
    }
    return false;
  });
}

std::optional<CodeMatch> find_code(const MessageAnalysis& analysis, std::vector<Span>* code_words) {
  const std::u32string_view text = analysis.text();
  std::vector<Span>& words = *code_words;
  find_code_words(text, &words);
  if (words.empty()) return std::nullopt;

  Distractors distractors(analysis);
  std::optional<Candidate> best;
  std::size_t best_rank = 0;
  std::size_t next = 0;  // the first word that doesn't end before the candidate
  for (std::size_t i = 0; i < text.size();) {
    if (!is_ascii_alnum(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    std::size_t end = run_end(text, i);
    if (all_digits(text.substr(begin, end - begin))) end = join_groups(text, begin, end);
    i = end;
    Candidate c;
    c.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    read_code(analysis, &c);
    if (c.length < kMinCodeLength || c.length > CodeMatch::kMaxLength) continue;
    c.match.length_ = static_cast<std::uint8_t>(c.length);
    if (distractors.is_something_else(c.span)) continue;
    const bool short_phone = distractors.is_short_phone(c.span);
    // Candidates and words are both in text order: one walk finds each candidate's
    // nearest word on either side, so the time stays linear whatever the message.
    while (next < words.size() && words[next].end <= c.span.begin) ++next;
    std::size_t following = next;
    while (following < words.size() && words[following].begin < c.span.end) ++following;
    for (const std::size_t w : {next - 1, following}) {
      if (w >= words.size()) continue;  // next - 1 wraps when next is 0
      const Span word = words[w];
      const bool after_word = word.end <= c.span.begin;
      const std::size_t distance = after_word ? c.span.begin - word.end : word.begin - c.span.end;
      if (distance > kMaxDistance) continue;
      const bool right_after = after_word && only_connectors(text.substr(word.end, distance));
      if (!plausible_code(c, right_after) || (short_phone && !right_after)) continue;
      // Codes more often follow their word: that wins ties.
      const std::size_t rank = distance * 2 + (after_word ? 0 : 1);
      if (!best || rank < best_rank) {
        best = c;
        best_rank = rank;
      }
    }
  }
  if (!best) return std::nullopt;
  best->match.span = best->span;
  return best->match;
}

}  // namespace smsfilter::internal
