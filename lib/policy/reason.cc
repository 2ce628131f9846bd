#include "smsfilter/reason.h"

#include <algorithm>
#include <cmath>

#include "policy/impersonation.h"
#include "policy/scam_requests.h"

namespace smsfilter {
namespace {

// A phrase in each language, indexed by Language.
using Phrase = std::array<std::string_view, kLanguageCount>;

constexpr std::array<Phrase, kCategoryCount> kCategoryPhrases = {{
    {"a personal message", "个人短信"},
    {"a transaction notice", "交易通知"},
    {"a security message", "验证或安全提醒"},
    {"marketing", "营销推广"},
    {"fraud", "诈骗"},
}};

constexpr std::array<Phrase, kContactKindCount> kContactPhrases = {{
    {"a mobile number", "手机号"},
    {"a 400/800 number", "400/800号码"},
    {"a landline number", "固定电话"},
    {"a foreign number", "境外号码"},
    {"a link to ", "链接"},
    {"a QQ or WeChat id", "QQ或微信号"},
}};

std::string_view in(const Phrase& phrase, Language language) {
  return phrase[static_cast<std::size_t>(language)];
}

// The checks of policy/scam_requests.h, by id: their name, and what the request is.
struct ScamRequestPhrases {
  std::string_view id;
  Phrase check;
  Phrase request;
};

constexpr ScamRequestPhrases kScamRequestPhrases[] = {
    {internal::kSafeAccount,
     {"the safe-account check", "安全账户检查"},
     {"Asks for money to be moved to a \"safe account\": no bank or police does, scammers do",
      "要求把钱转入“安全账户”：银行和警方从不这样要求，这是诈骗话术"}},
    {internal::kDesignatedAccount,
     {"the designated-account check", "指定账户检查"},
     {"Asks for money to be moved to a \"designated account\": fines, fees and deposits are paid at the "
      "payee's own counter, app or bill, never into an account an SMS names",
      "要求把钱转入“指定账户”：罚款、费用和押金都通过收款方自己的柜台、应用或账单缴纳，从不转入短信指定的账户，这是诈骗话术"}},
    {internal::kNoticeAccount,
     {"the notice-account check", "通知收款账号检查"},
     {"Asks in an organisation's name for money to be moved to an account number it gives: banks, carriers and "
      "utilities are paid through their own counters, apps and bills, never into an account an SMS gives",
      "以机构名义要求把钱转入短信给出的账号：银行、运营商和水电燃气都通过自己的柜台、应用或账单收费，从不让您转入短信里的账号，这是诈骗话术"}},
    {internal::kScreenSharing,
     {"the screen-sharing check", "屏幕共享检查"},
     {"Asks you to share your screen: no bank, police or shop does, scammers do",
      "要求共享屏幕：银行、警方和商家从不这样要求，这是诈骗话术"}},
    {internal::kCodeToCaller,
     {"the code-to-caller check", "验证码告知来电检查"},
     {"Asks you to tell a verification code to someone who calls or to \"customer service\": no bank, carrier or shop "
      "does, scammers do",
      "要求把验证码告诉来电的人或“客服”：银行、运营商和商家从不这样要求，这是诈骗话术"}},
    {internal::kCodeByReply,
     {"the code-by-reply check", "回复验证码检查"},
     {"Asks you to send a verification code back by reply: no bank, carrier or app does, a reply reaches only "
      "whoever sent the message",
      "要求回复短信发送验证码：银行、运营商和应用从不这样要求，回复只会发给发信人，这是诈骗话术"}},
    {internal::kCodeToNewNumber,
     {"the new-number code check", "换号索要验证码检查"},
     {"Says it writes from a new or borrowed number and asks for the verification code sent to you: that is how "
      "accounts are taken over",
      "自称换了号码或借用别人的手机，索要发到您手机上的验证码：这是盗号诈骗的惯用话术"}},
    {internal::kCodeByMistake,
     {"the misdirected-code check", "误发验证码检查"},
     {"Says a verification code reached you by mistake and asks you to send it on: the code is for your own "
      "account, and whoever asks for it is taking it over",
      "声称验证码误发到您的手机并要求转发：验证码属于您自己的账户，索要者是在盗号"}},
    {internal::kCodeRelay,
     {"the code-relay check", "代收验证码检查"},
     {"Asks you to receive a verification code for someone whose own phone or account \"can't\", and to pass it "
      "on: the code opens your account, or one in your name",
      "以自己手机收不到或账号被封为由，请您代收验证码并转发：验证码会让对方登录您的账户或以您的名义开户，这是诈骗话术"}},
    {internal::kWrongNumberPivot,
     {"the wrong-number check", "“发错消息”搭讪检查"},
     {"Says it reached you by mistake, then turns to getting to know you: the opener of romance and investment "
      "scams",
      "自称消息发错后借机搭讪交友：这是婚恋、投资类“杀猪盘”诈骗的开场白"}},
    {internal::kWarrant,
     {"the warrant check", "通缉令检查"},
     {"Threatens you with a warrant or a wanted notice: police never serve one by SMS, scammers do",
      "以通缉令、逮捕令等威胁您：公安机关从不通过短信送达，这是诈骗话术"}},
    {internal::kSecrecyOrder,
     {"the secrecy check", "案件保密要求检查"},
     {"Orders you to keep a \"case\" from your family or your bank: police never do, scammers do, so that no one "
      "stops the transfer",
      "要求您对“案件”保密、不得告诉家人或银行：公安机关从不这样要求，骗子借此阻止他人劝阻您转账"}},
    {internal::kNoPolice,
     {"the no-police check", "禁止报警检查"},
     {"Asks for money and forbids you to call the police: the extortion and \"kidnapped child\" scams do; call 110",
      "要钱并不让您报警：这是敲诈和“孩子被绑架”类诈骗的话术，请立即拨打110"}},
    {internal::kSureProfit,
     {"the sure-profit check", "稳赚承诺检查"},
     {"Promises a sure profit, insider tips or a \"teacher\" who trades for you: no licensed broker or fund may, "
      "investment scams do",
      "承诺稳赚不赔、内幕消息或“老师带单”：正规券商和基金不得如此承诺，这是投资诈骗话术"}},
    {internal::kJobFee,
     {"the job-fee check", "入职收费检查"},
     {"Offers a job and asks for a fee or deposit before it starts: employers may not charge the people they hire, "
      "job scams do",
      "招聘并要求入职前交费或押金：用人单位不得向劳动者收取财物，这是招聘诈骗话术"}},
    {internal::kLinkByReply,
     {"the link-by-reply check", "回复获取链接检查"},
     {"Asks you to reply to get a link or make it work: a phone leaves an unknown sender's links dead until you "
      "reply, and phishing asks for that reply",
      "要求回复短信以获取或激活链接：手机对未回复过的陌生发件人的链接默认不可点击，钓鱼短信借回复解除这一保护"}},
    {internal::kDetailsByReply,
     {"the details-by-reply check", "回复索要证件卡号检查"},
     {"Asks you to reply with your ID or card number or a PIN: no bank, government office or insurer asks for "
      "them by SMS",
      "要求回复身份证号、银行卡号或密码：银行、政府部门和保险公司从不通过短信索要，这是诈骗话术"}},
    {internal::kPhotoBait,
     {"the photo-bait check", "“是不是你”链接检查"},
     {"Offers a photo or a video of you behind a link to a host nobody vouches for: the bait of fake login "
      "pages and malware",
      "以“照片里的人是不是你”等为诱饵，让您打开无人担保的网站链接：这是钓鱼网站和木马的惯用手法"}},
};

// What each impersonation check of policy/impersonation.h saw, by id.
struct ImpersonationPhrases {
  std::string_view id;
  Phrase warning;
};

constexpr ImpersonationPhrases kImpersonationPhrases[] = {
    {internal::kNewNumberMoney,
     {"Says it writes from a new or borrowed number and asks for money: call the person on the number you know "
      "before paying",
      "自称换了号码或借用别人的手机并要求转账借钱：付款前请拨打对方原来的号码核实"}},
    {internal::kBossMoney,
     {"Says it is your boss and asks for money: call them on the number you know before paying",
      "自称是您的领导并要求转账：付款前请拨打对方原来的号码核实"}},
};

std::string impersonation_text(const Reason& r, Language language) {
  for (const ImpersonationPhrases& phrases : kImpersonationPhrases) {
    if (phrases.id == r.rule_id) return std::string(in(phrases.warning, language));
  }
  constexpr Phrase kAnyImpersonation = {"Claims to be someone you know and asks for money: call them on the number "
                                        "you know before paying",
                                        "自称是您认识的人并要求转账：付款前请拨打对方原来的号码核实"};
  return std::string(in(kAnyImpersonation, language));
}

const ScamRequestPhrases* scam_request(std::string_view id) {
  for (const ScamRequestPhrases& phrases : kScamRequestPhrases) {
    if (phrases.id == id) return &phrases;
  }
  return nullptr;
}

std::string percent(float probability) {
  return std::to_string(static_cast<int>(std::lround(std::clamp(probability, 0.0f, 1.0f) * 100))) + "%";
}

std::string count(float value) { return std::to_string(static_cast<long>(std::lround(value))); }

std::string quoted(std::string_view s, Language language) {
  return std::string(language == Language::kChinese ? "“" : "\"") + std::string(s) +
         (language == Language::kChinese ? "”" : "\"");
}

// Who overrode the model: the user's rule, the phishing check or a scam request's.
std::string overrider(const Reason& r, Language language) {
  if (r.rule_id == "phishing") return language == Language::kChinese ? "钓鱼链接检查" : "the phishing check";
  if (const ScamRequestPhrases* request = scam_request(r.rule_id)) return std::string(in(request->check, language));
  return (language == Language::kChinese ? "您的规则" : "your rule ") + quoted(r.rule_id, language);
}

std::string scam_request_text(const Reason& r, Language language) {
  constexpr Phrase kAnyRequest = {"Asks for what no bank, police or shop asks for: scammers do",
                                  "提出了银行、警方和商家从不会提的要求，这是诈骗话术"};
  const ScamRequestPhrases* request = scam_request(r.rule_id);
  return std::string(in(request ? request->request : kAnyRequest, language));
}

std::string contact(const Reason& r, Language language) {
  std::string out(in(kContactPhrases[static_cast<std::size_t>(*r.contact)], language));
  // Chinese sets the host apart with spaces.
  if (r.contact == ContactKind::kLink)
    out += language == Language::kChinese ? " " + std::string(r.host()) + " " : std::string(r.host());
  return out;
}

std::string english(const Reason& r) {
  const std::string category(in(kCategoryPhrases[static_cast<std::size_t>(r.category)], Language::kEnglish));
  const std::string org(r.organization_name);
  switch (r.kind) {
    case ReasonKind::kRule: return "Your rule " + quoted(r.rule_id, Language::kEnglish) + " matched";
    case ReasonKind::kAllowListed:
      return "The sender is on your allow list (rule " + quoted(r.rule_id, Language::kEnglish) +
             "): never blocked";
    case ReasonKind::kPhishing:
      return "A link to " + std::string(r.host()) + " asks for card numbers, passwords or identity checks";
    case ReasonKind::kModel: return "Looks like " + category + " (" + percent(r.value) + ")";
    case ReasonKind::kUnsure: return "Not sure what it is (likeliest " + category + ", " + percent(r.value) + ")";
    case ReasonKind::kProtected: return "May carry a code or an account notice: muted, not blocked";
    case ReasonKind::kOverridesModel:
      return "Blocked by " + overrider(r, Language::kEnglish) + " although it looks like " + category + " (" +
             percent(r.value) + ")";
    case ReasonKind::kFlood:
      return count(r.value) + " messages of " + category + " from this sender within " +
             (r.window_seconds <= 3600 ? "an hour" : "a day") + " (limit " + count(r.threshold) + ")";
    case ReasonKind::kFeedback:
      return std::string("Your earlier feedback moved it ") + (r.value > 0 ? "towards" : "away from") + " spam";
    case ReasonKind::kCode: return "Carries a verification code";
    case ReasonKind::kOfficialSender: return "Sent from an official number of " + org;
    case ReasonKind::kSpoofedSender:
      return "Shows an official number of " + org + ", but gives a contact " + org +
             " doesn't use: fake base stations send under such numbers";
    case ReasonKind::kRegisteredSender:
      return "Sent under a registered sender ID (#): Hong Kong's networks deliver those only from registered "
             "senders";
    case ReasonKind::kOfficialLink: return "Its links all go to " + org + "'s own websites";
    case ReasonKind::kSuspiciousContact:
      return "Uses the name " + org + " but gives " + contact(r, Language::kEnglish) + " that " + org +
             " doesn't use";
    case ReasonKind::kSuspiciousSender:
      return "Uses the name " + org + " but was sent from " + contact(r, Language::kEnglish) + ", which " + org +
             " doesn't send from";
    case ReasonKind::kScamRequest: return scam_request_text(r, Language::kEnglish);
    case ReasonKind::kImpersonation: return impersonation_text(r, Language::kEnglish);
    case ReasonKind::kNewNumber:
      return "Says it writes from a new number and asks for nothing yet: if you know them, call the number you know "
             "before saving this one";
    case ReasonKind::kSuspiciousLink:
      return "Links to " + std::string(r.host()) + ", an IP address or a cheap domain that banks, carriers and shops "
             "don't use";
    case ReasonKind::kDoubtful:
      return "Looks like " + category + ", but not surely enough to block (" + percent(r.value) + ", blocks from " +
             percent(r.threshold) + ")";
    case ReasonKind::kInAppOnly:
      return "Uses the name " + org + " and points only to its own app: no link, number or chat id to reach anyone "
             "else";
  }
  return {};
}

std::string chinese(const Reason& r) {
  const std::string category(in(kCategoryPhrases[static_cast<std::size_t>(r.category)], Language::kChinese));
  const std::string org(r.organization_name);
  switch (r.kind) {
    case ReasonKind::kRule: return "符合您的规则" + quoted(r.rule_id, Language::kChinese);
    case ReasonKind::kAllowListed:
      return "发件人在您的允许名单中（规则" + quoted(r.rule_id, Language::kChinese) + "），不会拦截";
    case ReasonKind::kPhishing: return "链接 " + std::string(r.host()) + " 索要银行卡号、密码或身份信息";
    case ReasonKind::kModel: return "看起来是" + category + "（" + percent(r.value) + "）";
    case ReasonKind::kUnsure: return "无法确定类别（最可能是" + category + "，" + percent(r.value) + "）";
    case ReasonKind::kProtected: return "可能含验证码或账户通知：只静音，不拦截";
    case ReasonKind::kOverridesModel:
      return "虽然看起来是" + category + "（" + percent(r.value) + "），仍按" + overrider(r, Language::kChinese) +
             "拦截";
    case ReasonKind::kFlood:
      return std::string("该发件人") + (r.window_seconds <= 3600 ? "一小时" : "一天") + "内已发" + count(r.value) +
             "条" + category + "（上限" + count(r.threshold) + "条）";
    case ReasonKind::kFeedback:
      return std::string("您之前的反馈使它") + (r.value > 0 ? "更像" : "更不像") + "垃圾短信";
    case ReasonKind::kCode: return "含验证码";
    case ReasonKind::kOfficialSender: return "来自" + org + "的官方号码";
    case ReasonKind::kSpoofedSender: return "显示为" + org + "的官方号码，但留下的联系方式不是其官方的：伪基站常冒用此类号码";
    case ReasonKind::kRegisteredSender: return "发件人是已登记的短信发送人代号（#开头）：香港网络只投递已登记机构发出的此类短信";
    case ReasonKind::kOfficialLink: return "链接均指向" + org + "官网";
    case ReasonKind::kSuspiciousContact:
      return "自称" + org + "，但留下的" + contact(r, Language::kChinese) + "不是其官方联系方式";
    case ReasonKind::kSuspiciousSender:
      return "自称" + org + "，但发自" + contact(r, Language::kChinese) + "，不是其官方号码";
    case ReasonKind::kScamRequest: return scam_request_text(r, Language::kChinese);
    case ReasonKind::kImpersonation: return impersonation_text(r, Language::kChinese);
    case ReasonKind::kNewNumber: return "自称换了号码，暂未提出要求：如是熟人，请先拨打其原来的号码核实，再保存新号码";
    case ReasonKind::kSuspiciousLink:
      return "链接 " + std::string(r.host()) + " 是IP地址或廉价域名，银行、运营商和商家不会使用";
    case ReasonKind::kDoubtful:
      return "看起来是" + category + "，但把握不足以拦截（" + percent(r.value) + "，" + percent(r.threshold) + "起拦截）";
    case ReasonKind::kInAppOnly: return "以" + org + "名义发出，只让您在其官方App内处理，未留链接、电话或聊天账号";
  }
  return {};
}

}  // namespace

void Reason::set_host(std::string_view host) {
  host_size_ = static_cast<std::uint8_t>(std::min(host.size(), kMaxHostBytes));
  std::copy_n(host.data(), host_size_, host_.data());
  host_[host_size_] = '\0';
}

std::string reason_text(const Reason& reason, Language language) {
  return language == Language::kChinese ? chinese(reason) : english(reason);
}

Reason& Reasons::add(ReasonKind kind) {
  if (size_ < kCapacity) ++size_;
  Reason& reason = reasons_[size_ - 1];
  reason = Reason();
  reason.kind = kind;
  return reason;
}

}  // namespace smsfilter
