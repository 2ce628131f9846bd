#include "policy/messaging_ids.h"

#include <algorithm>
#include <array>

#include "common/characters.h"

namespace smsfilter::internal {
namespace {

enum class App { kQq, kWeChat };

struct Trigger {
  std::u32string_view word;
  App app;
};

// As the normaliser leaves them: lower case, padding between Chinese characters removed.
constexpr std::array<Trigger, 10> kTriggers = {{
    {U"qq", App::kQq},         {U"扣扣", App::kQq},       {U"微信", App::kWeChat},
    {U"薇信", App::kWeChat},   {U"v信", App::kWeChat},    {U"vx", App::kWeChat},
    {U"wx", App::kWeChat},     {U"wechat", App::kWeChat}, {U"weixin", App::kWeChat},
    {U"威信", App::kWeChat},
}};

// Whether a trigger starts with `c`: most characters of a message are skipped at once.
bool starts_trigger(char32_t c) {
  switch (c) {
    case 'q': case 'v': case 'w': case U'扣': case U'微': case U'薇': case U'威': return true;
    default: return false;
  }
}

// What may stand between the app's name and the id: "号", "群", "id", ":", "是" …
constexpr std::u32string_view kJoiners = U" :：号群是为-";
constexpr std::size_t kMaxJoiners = 4;
// A label between the name and the id ("微信号：", "QQ:") gives the id; otherwise the
// name must follow a request to add or contact ("加我微信abc123"), not merely mention an
// account ("修改QQ86405311的密保手机").
constexpr std::u32string_view kLabels = U":：号";
constexpr std::array<std::u32string_view, 6> kRequests = {U"加", U"联系", U"咨询", U"私聊", U"找", U"+"};
// Characters between the request and the name: who to add (添加专属客服微信, 添加理赔专员QQ).
constexpr std::size_t kMaxRequestDistance = 6;
constexpr std::size_t kLongestRequest = [] {
  std::size_t longest = 0;
  for (std::u32string_view request : kRequests) longest = std::max(longest, request.size());
  return longest;
}();

bool is_id_char(char32_t c) { return is_ascii_alnum(c) || c == '_' || c == '-'; }

// QQ numbers have 5 to 11 digits; WeChat ids 6 to 20 characters starting with a letter,
// or the owner's mobile number.
bool is_id(std::u32string_view id, App app) {
  bool all_digits = true;
  for (char32_t c : id) all_digits = all_digits && is_ascii_digit(c);
  if (app == App::kQq) return all_digits && id.size() >= 5 && id.size() <= 11;
  if (all_digits) return id.size() == 11 && id[0] == '1';
  return id.size() >= 6 && id.size() <= 20 && is_ascii_letter(id[0]);
}

// Whether a request to add or contact ends at most kMaxRequestDistance characters
// before the app's name at `name`.
bool follows_request(std::u32string_view text, std::size_t name) {
  const std::size_t reach = name > kMaxRequestDistance ? name - kMaxRequestDistance : 0;
  // Only the last few characters can hold a request that ends close enough: searching the
  // whole text before each name would be quadratic in a text that names many.
  const std::size_t from = reach > kLongestRequest ? reach - kLongestRequest : 0;
  const std::u32string_view before = text.substr(from, name - from);
  return std::any_of(kRequests.begin(), kRequests.end(), [&](std::u32string_view request) {
    const std::size_t at = before.rfind(request);
    return at != std::u32string_view::npos && from + at + request.size() >= reach;
  });
}

// Whether an id follows the app's name, which starts at `name` and ends at `at`.
bool id_follows(std::u32string_view text, std::size_t name, std::size_t at, App app) {
  bool labelled = false;
  for (std::size_t n = 0; n < kMaxJoiners && at < text.size(); ++n) {
    if (text.compare(at, 2, U"id") == 0) {
      at += 2;
      labelled = true;
    } else if (kJoiners.find(text[at]) != std::u32string_view::npos) {
      labelled = labelled || kLabels.find(text[at]) != std::u32string_view::npos;
      ++at;
    } else {
      break;
    }
  }
  std::size_t end = at;
  while (end < text.size() && is_id_char(text[end])) ++end;
  return end > at && is_id(text.substr(at, end - at), app) && (labelled || follows_request(text, name));
}

}  // namespace

bool gives_messaging_id(std::u32string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!starts_trigger(text[i])) continue;
    for (const Trigger& t : kTriggers) {
      if (text.compare(i, t.word.size(), t.word) != 0) continue;
      // "wx" inside "wxyz.com" is not WeChat's name.
      if (is_ascii_letter(t.word[0]) && i > 0 && is_ascii_alnum(text[i - 1])) continue;
      if (id_follows(text, i, i + t.word.size(), t.app)) return true;
    }
  }
  return false;
}

}  // namespace smsfilter::internal
