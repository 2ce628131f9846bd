#include "policy/in_app.h"

#include <algorithm>

#include "analysis/labelled_numbers.h"
#include "common/phrase_set.h"
#include "policy/messaging_ids.h"

namespace smsfilter::internal {
namespace {

// A contact asked for without being given in a form the analysis reads: a reply, a call
// back (来电 promises one), an app to download or a name to search for, a code to scan,
// someone to add or get in touch with (联系客服微信5dizd).
constexpr PhraseSet<15> kContactAsks({U"回复", U"回覆", U"回电", U"来电", U"联系", U"下载", U"搜索", U"扫码",
                                      U"二维码", U"点击", U"添加", U"加我", U"加客服", U"加微信", U"微信号"});

}  // namespace

bool gives_no_contact(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  const bool numbers = std::any_of(analysis.phone_numbers().begin(), analysis.phone_numbers().end(),
                                   [&](const PhoneNumber& phone) { return !is_readers_number(text, phone.span); });
  return analysis.links().empty() && !numbers && !gives_messaging_id(text) && !kContactAsks.found_in(text);
}

}  // namespace smsfilter::internal
