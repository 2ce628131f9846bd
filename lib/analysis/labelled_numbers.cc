#include "analysis/labelled_numbers.h"

#include <algorithm>
#include <array>

#include "common/characters.h"
#include "common/phrase_set.h"
#include "common/spans.h"
#include "common/starts_with.h"

namespace smsfilter::internal {
namespace {

// After the number: 80元, 5w, 3万.
bool is_amount_unit(char32_t c) { return c == U'元' || c == U'块' || c == U'万' || c == 'w'; }

// Right before the number (normalised: ￥ is ¥, letters are lower case).
constexpr std::array<std::u32string_view, 12> kCurrencies = {
    U"¥", U"$", U"rmb", U"cny", U"twd", U"ntd", U"hkd", U"usd", U"人民币", U"新台币", U"港币", U"新臺幣"};

// Labels of a number that is money even without a unit: 付款金额169.00.
constexpr std::array<std::u32string_view, 14> kAmountLabels = {
    U"金额", U"余额", U"金額", U"餘額", U"消费", U"消費", U"支出", U"收入", U"存入",
    U"转入", U"轉入", U"扣款", U"还款", U"還款"};

// Labels of the last digits of a card or account.
constexpr std::array<std::u32string_view, 22> kTailLabels = {
    U"尾号", U"尾號", U"尾数", U"尾數", U"后四位", U"後四位", U"后4位", U"後4位",
    U"后四码", U"後四碼", U"后4码", U"後4碼", U"末四位", U"末4位", U"末四码", U"末四碼",
    U"末4码", U"末4碼", U"ending", U"ending in", U"卡号", U"卡號"};

// Right before the reader's own number or account, and right after it; Traditional too,
// as a model without a character map leaves it. Taiwan Power's customer number is its 電號
// (電號01-23-4567-89).
constexpr std::array<std::u32string_view, 21> kReaderLabels = {
    U"尊敬的", U"亲爱的", U"親愛的", U"您的", U"你的", U"您的号码", U"您的號碼", U"您的手机号", U"您的手機號",
    U"用户号码", U"用戶號碼", U"账号", U"帐号", U"帳號", U"账户", U"帐户", U"帳戶", U"户号", U"戶號", U"电号",
    U"電號"};
constexpr std::array<std::u32string_view, 8> kReaderSuffixes = {
    U"客户", U"客戶", U"用户", U"用戶", U"机主", U"機主", U"号码", U"號碼"};
// A clause that opens with 号码, the number, then something it underwent (尊敬的客户，号码
// 18512345678于12月1日办理): the subscriber's, as a carrier's confirmations quote it. A number
// to call follows a verb (请拨打号码…, 服务号码…于工作日咨询), not the clause's start.
constexpr std::array<std::u32string_view, 2> kSubjectLabels = {U"号码", U"號碼"};
constexpr std::array<char32_t, 3> kEventMarks = {U'于', U'於', U'已'};

// Right before a number given as an organisation's customer service; Traditional too.
constexpr std::array<std::u32string_view, 12> kCustomerServiceLabels = {
    U"客服", U"客服电话", U"客服热线", U"客服专员", U"客服经理", U"售后", U"售后电话", U"售后专员",
    U"理赔专员", U"客服電話", U"客服熱線", U"售後"};
// Who comes to the reader's door or car: "王师傅", "司机", "装维工程师" a few characters before
// their number.
constexpr PhraseSet<6> kFieldWorkers({U"师傅", U"司机", U"工程师", U"装维", U"维修员", U"安装员"});
constexpr std::size_t kFieldWorkerReach = 8;

// The end of the number starting at `begin`: digits, thousands commas (2,380 but not
// 370000,100) and a decimal part.
std::size_t number_end(std::u32string_view text, std::size_t begin) {
  const auto digits_from = [&](std::size_t i) {
    while (i < text.size() && is_ascii_digit(text[i])) ++i;
    return i;
  };
  std::size_t end = digits_from(begin);
  if (end - begin <= 3) {
    while (end < text.size() && text[end] == ',' && digits_from(end + 1) == end + 4) end += 4;
  }
  if (end + 1 < text.size() && text[end] == '.' && is_ascii_digit(text[end + 1])) end = digits_from(end + 1);
  return end;
}

// The length of the currency that ends right at `end`, ignoring one space; 0 if none.
std::size_t currency_before(std::u32string_view text, std::size_t end) {
  if (end > 0 && text[end - 1] == ' ') --end;
  for (std::u32string_view currency : kCurrencies) {
    if (end >= currency.size() && text.substr(end - currency.size(), currency.size()) == currency) {
      const std::size_t begin = end - currency.size();
      // "rmb" but not "xrmb": a word of its own.
      if (is_ascii_lower(currency[0]) && begin > 0 && is_ascii_lower(text[begin - 1])) continue;
      return currency.size();
    }
  }
  return 0;
}

// Where the spaces and colons between a label and its number, ending at `at`, begin.
std::size_t skip_gap_before(std::u32string_view text, std::size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ':')) --at;
  return at;
}

// The length of the one of `labels` that ends right at `end`; 0 if none does.
std::size_t label_ending_at(std::u32string_view text, std::size_t end, const std::u32string_view* labels,
                            std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    const std::u32string_view label = labels[i];
    // Comparing the last character first rules out most labels at once.
    if (end >= label.size() && text[end - 1] == label.back() && text.substr(end - label.size(), label.size()) == label)
      return label.size();
  }
  return 0;
}

// Whether one of kSubjectLabels opens the clause right before `begin`, ignoring spaces
// and colons.
bool is_clause_subject(std::u32string_view text, std::size_t begin) {
  const std::size_t end = skip_gap_before(text, begin);
  const std::size_t length = label_ending_at(text, end, kSubjectLabels.data(), kSubjectLabels.size());
  if (length == 0) return false;
  const std::size_t at = end - length;
  return at == 0 || ends_clause(text[at - 1]) || text[at - 1] == U'】';
}

}  // namespace

bool label_before(std::u32string_view text, std::size_t end, const std::u32string_view* labels,
                  std::size_t count) {
  const std::size_t at = skip_gap_before(text, end);
  // 尾号为1234, 金额是80
  const bool verb = at > 0 && (text[at - 1] == U'为' || text[at - 1] == U'為' || text[at - 1] == U'是');
  for (const std::size_t label_end : {at, verb ? skip_gap_before(text, at - 1) : at}) {
    if (label_ending_at(text, label_end, labels, count) != 0) return true;
  }
  return false;
}

bool is_readers_number(std::u32string_view text, Span span) {
  if (label_before(text, span.begin, kReaderLabels.data(), kReaderLabels.size())) return true;
  std::u32string_view after = text.substr(span.end);
  if (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  if (starts_with_any(after, kReaderSuffixes)) return true;
  return !after.empty() && std::find(kEventMarks.begin(), kEventMarks.end(), after.front()) != kEventMarks.end() &&
         is_clause_subject(text, span.begin);
}

bool is_field_workers_number(std::u32string_view text, Span span) {
  return kFieldWorkers.found_in(span_back(text, span.begin, ends_clause, kFieldWorkerReach));
}

bool is_customer_service_number(std::u32string_view text, Span span) {
  return label_before(text, span.begin, kCustomerServiceLabels.data(), kCustomerServiceLabels.size());
}

void find_amounts(std::u32string_view text, std::vector<Span>* amounts) {
  amounts->clear();
  for (std::size_t i = 0; i < text.size();) {
    if (!is_ascii_digit(text[i]) || (i > 0 && (is_ascii_digit(text[i - 1]) || text[i - 1] == '.'))) {
      ++i;
      continue;
    }
    std::size_t begin = i;
    std::size_t end = number_end(text, i);
    i = end;
    std::size_t after = end;
    if (after < text.size() && text[after] == ' ') ++after;
    if (after < text.size() && is_amount_unit(text[after])) {
      // "5w" counts, "5wifi" does not.
      if (text[after] != 'w' || after + 1 == text.size() || !is_ascii_lower(text[after + 1])) end = after + 1;
    }
    if (const std::size_t currency = currency_before(text, begin); currency > 0) {
      begin -= currency + (text[begin - 1] == ' ' ? 1 : 0);
    } else if (end == i && !label_before(text, begin, kAmountLabels.data(), kAmountLabels.size())) {
      continue;
    }
    amounts->push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }
}

void find_card_tails(std::u32string_view text, std::vector<Span>* tails) {
  tails->clear();
  for (std::size_t i = 0; i < text.size();) {
    if (!is_ascii_digit(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < text.size() && is_ascii_digit(text[i])) ++i;
    const std::size_t length = i - begin;
    if (length < 3 || length > 6 || (i < text.size() && is_ascii_alnum(text[i]))) continue;
    // A masked number ends in its tail: 6222****1234, 138****8000.
    const bool masked = begin > 0 && (text[begin - 1] == '*' || text[begin - 1] == 'x');
    if (masked || label_before(text, begin, kTailLabels.data(), kTailLabels.size()))
      tails->push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)});
  }
}

}  // namespace smsfilter::internal
