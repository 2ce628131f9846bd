#include "policy/contacts.h"

#include <algorithm>

#include "analysis/labelled_numbers.h"
#include "common/characters.h"
#include "common/phrase_set.h"
#include "policy/messaging_ids.h"

namespace smsfilter::internal {
namespace {

// A contact asked for without being given in a form the analysis reads: a reply, a call, a
// call back (来电 promises one), an app to download or a name to search for, a code to scan,
// someone to add, get in touch with or send something to (截图发给客服企业微信 …).
constexpr PhraseSet<24> kContactAsks({U"回复", U"回覆", U"回电", U"来电", U"致电", U"拨打", U"电话", U"专线",
                                      U"热线", U"联系", U"下载", U"搜索", U"扫码", U"二维码", U"点击", U"添加",
                                      U"加我", U"加客服", U"加微信", U"微信号", U"企业微信", U"截图", U"转发",
                                      U"发给"});

// Letters, digits, _ and -, and a space between digits (6217 0034 …).
bool is_token_char(std::u32string_view text, std::size_t at) {
  const char32_t c = text[at];
  if (c == ' ') return at > 0 && at + 1 < text.size() && is_ascii_digit(text[at - 1]) && is_ascii_digit(text[at + 1]);
  return is_ascii_alnum(c) || c == '_' || c == '-';
}

// Letters and digits together (jdkf_0722, an id), or seven digits or more (a number or an
// account, however spaces and hyphens split it: 400-0918-6237 has a digit too many to be
// read as a number). A date written 2025-11-20 counts too: a message then loses the
// benefit of the doubt, which costs less than a scam gaining it.
bool may_be_contact(std::u32string_view token) {
  const auto digits = std::count_if(token.begin(), token.end(), is_ascii_digit);
  const bool letters = std::any_of(token.begin(), token.end(), is_ascii_letter);
  return digits >= 7 || (letters && digits > 0 && token.size() >= 5);
}

// Whether the text holds a token that may be a contact, outside the reader's own numbers.
bool has_contact_token(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  const auto readers = [&](std::size_t at) {
    return std::any_of(analysis.phone_numbers().begin(), analysis.phone_numbers().end(), [&](const PhoneNumber& p) {
      return p.span.begin <= at && at < p.span.end && is_readers_number(text, p.span);
    });
  };
  for (std::size_t at = 0; at < text.size();) {
    if (!is_token_char(text, at)) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && is_token_char(text, end)) ++end;
    if (may_be_contact(text.substr(at, end - at)) && !readers(at)) return true;
    at = end;
  }
  return false;
}

}  // namespace

bool gives_contact(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  const bool numbers = std::any_of(analysis.phone_numbers().begin(), analysis.phone_numbers().end(),
                                   [&](const PhoneNumber& phone) { return !is_readers_number(text, phone.span); });
  return !analysis.links().empty() || numbers || gives_messaging_id(text) || has_contact_token(analysis);
}

bool asks_for_contact(const MessageAnalysis& analysis) { return kContactAsks.found_in(analysis.text()); }

}  // namespace smsfilter::internal
