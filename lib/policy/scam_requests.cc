#include "policy/scam_requests.h"

#include <algorithm>
#include <array>

#include "analysis/code_finder.h"
#include "common/characters.h"
#include "common/spans.h"
#include "common/starts_with.h"
#include "policy/asked_for.h"
#include "policy/impersonation.h"

namespace smsfilter::internal {
namespace {

// Taiwanese 帳 simplifies to 帐, not to the mainland's 账.
constexpr PhraseSet<2> kSafeAccountPhrases({U"安全账户", U"安全帐户"});
// A scam reported earlier in the sentence (近期有骗子冒充民警，称…要求转账到“安全账户”), or the
// account denied (公安机关没有“安全账户”): the police's warnings tell the script. Scams sign
// as 反诈中心 themselves, so only the words that name a scammer count.
constexpr PhraseSet<4> kScammerWords({U"骗子", U"冒充", U"假冒", U"骗徒"});
constexpr std::array<std::u32string_view, 3> kDenials = {U"没有", U"不存在", U"并无"};

bool is_opening_quote(char32_t c) { return c == U'“' || c == U'"' || c == U'「' || c == U'『'; }

bool denies(std::u32string_view before) {
  while (!before.empty() && is_opening_quote(before.back())) before.remove_suffix(1);
  return std::any_of(kDenials.begin(), kDenials.end(),
                     [&](std::u32string_view denial) { return ends_with(before, denial); });
}

// Whether the sentence before an `account` phrase tells of the script or denies the account.
bool tells_of_account(std::u32string_view text, const PhraseMatch& account) {
  const std::u32string_view before = span_back(text, account.at, ends_sentence);
  return kScammerWords.found_in(before) || denies(before);
}

bool asks_safe_account(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kSafeAccountPhrases.any_place(text, [&](const PhraseMatch& account) {
    return !analysis.warnings().warn_against(account) && !tells_of_account(text, account);
  });
}

// Money to be moved into a "designated account" (将拖车费及停车费480元转至指定账户; 首先需要你将一笔
// 钱转到指定的账户上): fines, fees and deposits are paid at the payee's own counter, app or
// bill, never into an account an SMS designates. A refund or a claim paid into the reader's
// own (已转入您指定的账户) asks for nothing.
constexpr PhraseSet<8> kDesignatedAccounts({U"指定账户", U"指定帐户", U"指定账号", U"指定帐号", U"指定的账户",
                                            U"指定的帐户", U"指定的账号", U"指定的帐号"});
constexpr PhraseSet<5> kTransferVerbs({U"转", U"汇", U"打到", U"打入", U"打款"});
constexpr std::size_t kTransferReach = 12;

// Whether `before` ends with the reader as the one who designated: 您, 你, 本人, 您的 ….
bool designated_by_reader(std::u32string_view before) {
  if (!before.empty() && before.back() == U'的') before.remove_suffix(1);
  const std::u32string_view last_two = before.substr(before.size() < 2 ? 0 : before.size() - 2);
  return last_two == U"本人" || (!before.empty() && (before.back() == U'您' || before.back() == U'你'));
}

bool asks_transfer_to_designated_account(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kDesignatedAccounts.any_place(text, [&](const PhraseMatch& account) {
    if (analysis.warnings().warn_against(account)) return false;
    const std::u32string_view before = span_back(text, account.at, ends_clause, kTransferReach);
    return !designated_by_reader(before) && kTransferVerbs.found_in(before);
  });
}

// The safe account's other names (将余额宝资金临时转存至监管账户; 将卡内的资金转移到核查账户): a
// request only when money is to be moved into one in the clause, not already moved, nor into
// a home purchase's escrow, a 资金监管账户 (请将首付款转入资金监管账户; 房款已转入监管账户).
constexpr PhraseSet<6> kCustodyAccountPhrases({U"监管账户", U"监管帐户", U"核查账户", U"核查帐户", U"清查账户",
                                               U"清查帐户"});

bool asks_custody_account(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kCustodyAccountPhrases.any_place(text, [&](const PhraseMatch& account) {
    if (analysis.warnings().warn_against(account) || tells_of_account(text, account)) return false;
    const std::u32string_view before = span_back(text, account.at, ends_clause, kTransferReach);
    return kTransferVerbs.found_in(before) && before.find(U'已') == before.npos && !ends_with(before, U"资金");
  });
}

// Money to be moved into an account number that a notice in an organisation's name gives
// (【招商银行】…已逾期…请转账至还款专户 6214 83** **** 5510; 【国网上海电力】…请将欠费286.40元转至电力
// 代收账户 6228 4810 **** 7732): banks, carriers and utilities are paid through their own
// counters, apps and bills, never into an account an SMS gives. A notice of money paid
// into the reader's own account gives its tail, or says it is theirs (转入您的资金账号…).
constexpr PhraseSet<9> kTransfersInto({U"转账至", U"转账到", U"转至", U"转到", U"转入", U"汇至", U"汇入", U"汇到",
                                       U"打到"});
constexpr std::size_t kAccountReach = 24;
constexpr std::size_t kAccountDigits = 12;

// Whether `text` starts with an account number: kAccountDigits or more digits and masked
// digits (*), spaces and dashes between them allowed.
bool starts_with_account_number(std::u32string_view text) {
  std::size_t digits = 0;
  for (char32_t c : text) {
    if (is_ascii_digit(c) || c == U'*') ++digits;
    else if (c != U' ' && c != U'-') break;
  }
  return digits >= kAccountDigits;
}

bool asks_transfer_to_given_account(const MessageAnalysis& analysis) {
  if (analysis.signature().empty()) return false;
  const std::u32string_view text = analysis.text();
  return kTransfersInto.any_place(text, [&](const PhraseMatch& transfer) {
    if (analysis.warnings().warn_against(transfer)) return false;
    const std::size_t end = grow_forward(text, transfer.end(), ends_clause, kAccountReach);
    for (std::size_t at = transfer.end(); at < end; ++at) {
      if (text[at] == U'您' || text[at] == U'你') return false;
      if (is_ascii_digit(text[at])) return starts_with_account_number(text.substr(at));
    }
    return false;
  });
}

constexpr PhraseSet<4> kScreenSharingPhrases({U"屏幕共享", U"共享屏幕", U"共享桌面", U"桌面共享"});

// A code told (告知, 告诉 …) to whoever calls, or to "customer service" (售后客服, 官方客服 …)
// or "staff": whoever asks for it is the scammer.
constexpr PhraseSet<5> kTellVerbs({U"告知", U"告诉", U"提供给", U"报给", U"念给"});
constexpr std::array<std::u32string_view, 7> kCodeAskers = {U"来电", U"客服", U"专员", U"工作人员",
                                                            U"售后", U"官方", U"在线客服"};
// Or to the writer, who says in the clause of a 我是 that they are staff (我是台新客服專員…請將手機
// 收到的OTP密碼告訴我; 我是招商银行信用卡中心…验证码请您念给我核对): a relative who asks the same is
// nobody's staff.
constexpr std::array<std::u32string_view, 1> kToMe = {U"我"};
constexpr PhraseSet<1> kIAm({U"我是"});
constexpr PhraseSet<7> kStaffTitles({U"客服", U"专员", U"工作人员", U"客户经理", U"业务员", U"网格员", U"信用卡中心"});
constexpr std::size_t kStaffReach = 12;

bool claims_staff(std::u32string_view text) {
  return kIAm.any_place(text, [&](const PhraseMatch& i_am) {
    return kStaffTitles.found_in(span_forward(text, i_am.end(), ends_clause, kStaffReach));
  });
}

// A code received sent back by reply (回复收到的验证码, 回复您的UID及稍后收到的短信验证码,
// 验证码直接回复给我, 驗證碼回覆至本號碼, 请将稍后收到的验证码回复本号码, 請即回覆此密碼至本號碼):
// a service that sends a code asks for it to be typed into its page or app. A carrier's
// order confirmation gives the code to reply with in the same message (回复验证码 828105
// 办理), and 回复TD退订 and 请勿回复此短信 ask for no code.
constexpr PhraseSet<2> kReplyVerbs({U"回复", U"回覆"});
// Traditional too, as a model without a character map leaves it.
constexpr std::array<std::u32string_view, 10> kReplyRecipients = {
    U"给我", U"本号码", U"至本号码", U"到本号码", U"此号码", U"給我", U"本號碼", U"至本號碼", U"到本號碼", U"此號碼"};
constexpr std::u32string_view kReceived = U"收到的";
constexpr std::size_t kReplyReach = 32;
// Or forwarded to the number that sent it (请将收到的验证码转发至本号码完成安全验证), which is the
// same reply. Forwarded to 我, a relative may ask it (验证码转发给我). The reply verbs first, then
// the forwards: a message is read for both in one pass.
constexpr std::size_t kCodeReplyVerbs = 2;
constexpr PhraseSet<10> kCodeReturns({U"回复", U"回覆", U"转发至本号码", U"转发到本号码", U"转发给本号码",
                                      U"转发至此号码", U"发送至本号码", U"发送到本号码", U"轉發至本號碼", U"發送至本號碼"});

// The same two requests in English (…reply with the 6-digit code we just sent you; Call +86
// 171… and read us the OTP): an ask, then the reader's code later in its sentence (the or
// your before a code word as the code finder reads them, no number after it: reply with
// code 8281 to confirm gives the code to reply with), in a sentence that says nothing
// against it before (Don't reply to this message with your code).
constexpr PhraseSet<2> kEnglishReplies({U"reply with", U"send us"});
constexpr PhraseSet<3> kEnglishTells({U"read us", U"tell us", U"give us"});
constexpr PhraseSet<4> kEnglishNegations({U"not ", U"n't", U"never", U"no one"});
constexpr std::array<std::u32string_view, 2> kEnglishDeterminers = {U"the ", U"your "};
// How far a sentence is read either way from its ask: a text of asks with no full stop
// must not cost their count times its length.
constexpr std::size_t kEnglishSentenceReach = 160;

// A sentence ends at a full stop followed by a space (not one inside a link or a number).
bool ends_english_sentence(std::u32string_view text, std::size_t i) {
  return ends_sentence(text[i]) || (text[i] == U'.' && (i + 1 == text.size() || text[i + 1] == U' '));
}

// Whether `rest` (after an ask, to its sentence's end) names the reader's code.
bool names_readers_code(std::u32string_view rest) {
  for (std::size_t at = 0; at < rest.size(); ++at) {
    std::size_t end = at + ascii_code_word_at(rest, at);
    if (end == at) continue;
    const std::u32string_view before = rest.substr(0, at);
    if (std::none_of(kEnglishDeterminers.begin(), kEnglishDeterminers.end(),
                     [&](std::u32string_view d) { return before.find(d) != before.npos; }))
      continue;
    while (end < rest.size() && (rest[end] == U' ' || rest[end] == U':')) ++end;
    if (end == rest.size() || !is_ascii_digit(rest[end])) return true;
  }
  return false;
}

// Whether `text` makes one of the `asks` with nothing against it before in its sentence,
// and `wants(rest)` holds for the rest of that sentence.
template <std::size_t N, typename Wants>
bool asks_in_english(std::u32string_view text, const PhraseSet<N>& asks, Wants wants) {
  return asks.any_place(text, [&](const PhraseMatch& ask) {
    std::size_t begin = ask.at;
    while (begin > 0 && ask.at - begin < kEnglishSentenceReach && !ends_english_sentence(text, begin - 1)) --begin;
    std::size_t end = ask.end();
    while (end < text.size() && end - ask.end() < kEnglishSentenceReach && !ends_english_sentence(text, end)) ++end;
    return !kEnglishNegations.found_in(text.substr(begin, ask.at - begin)) &&
           wants(text.substr(ask.end(), end - ask.end()));
  });
}

// A link the reader is to get, or make work, by replying (回复1获取理赔链接; 回复Y后退出短信，重新打开
// 即可激活链接; reply Y, then exit the text and reopen it to activate the link). A phone leaves
// the links of a sender the reader never answered dead, and phishing asks for the reply that
// wakes them; a service's own links work without one. A verb that gets or wakes a link, then
// the link within a few characters (获取理赔链接), or the message reopened: 回复1确认，改约请点击链接
// asks for no link by reply, and an ad's opt-out (退订回复TD) for none at all.
// Traditional too, as a model without a character map leaves it; Taiwan's 簡訊 simplifies to 简讯.
constexpr PhraseSet<9> kLinkGetters({U"获取", U"领取", U"激活", U"开启", U"获得", U"獲取", U"領取", U"開啟", U"獲得"});
constexpr PhraseSet<6> kLinkWords({U"链接", U"连结", U"网址", U"鏈接", U"連結", U"網址"});
constexpr PhraseSet<4> kReopenings({U"重新打开", U"重新进入", U"重新打開", U"重新進入"});
constexpr PhraseSet<6> kMessageWords({U"短信", U"信息", U"简讯", U"讯息", U"簡訊", U"訊息"});
constexpr PhraseSet<1> kEnglishReplyWords({U"reply"});
constexpr PhraseSet<5> kEnglishLinkWakers({U"activate", U"reopen", U"re-open", U"get the link", U"receive the link"});
constexpr std::size_t kReplySentenceReach = 40;
constexpr std::size_t kLinkObjectReach = 8;

// Whether `rest` has one of `verbs` with one of `objects` starting within kLinkObjectReach
// characters after it.
template <std::size_t V, std::size_t O>
bool verb_then_object(std::u32string_view rest, const PhraseSet<V>& verbs, const PhraseSet<O>& objects) {
  return verbs.any_place(rest, [&](const PhraseMatch& verb) {
    return objects.found_in(rest.substr(verb.end(), kLinkObjectReach + 2));
  });
}

constexpr std::u32string_view kOptOut = U"退订";
constexpr std::array<std::u32string_view, 2> kOptOutReplies = {kOptOut, U"td"};

// Whether `reply` opts out of ads: 退订回复TD, 回复TD退订.
bool is_opt_out(std::u32string_view text, const PhraseMatch& reply) {
  return (reply.at >= kOptOut.size() && text.substr(reply.at - kOptOut.size(), kOptOut.size()) == kOptOut) ||
         starts_with_any(text.substr(reply.end()), kOptOutReplies);
}

// Whether a reply is asked for, neither warned against nor an ad's opt-out, and
// `wants(rest)` holds for the rest of its sentence (kReplySentenceReach characters at most).
template <typename Wants>
bool asks_reply_for(const MessageAnalysis& analysis, Wants wants) {
  const std::u32string_view text = analysis.text();
  return kReplyVerbs.any_place(text, [&](const PhraseMatch& reply) {
    if (analysis.warnings().warn_against(reply) || is_opt_out(text, reply)) return false;
    return wants(span_forward(text, reply.end(), ends_sentence, kReplySentenceReach));
  });
}

bool asks_link_by_reply(const MessageAnalysis& analysis) {
  return asks_reply_for(analysis, [](std::u32string_view rest) {
    return verb_then_object(rest, kLinkGetters, kLinkWords) || verb_then_object(rest, kReopenings, kMessageWords);
  });
}

// An ID or card number, or a PIN, asked for by reply (请回复姓名+身份证号+银行卡号; 请回复银行卡号及
// 户名; 请回复本短信"1"并提供银行卡号): no bank, office or insurer asks for them by SMS, and the
// fake subsidies, refunds and claims do. Traditional too, as a model without a character
// map leaves it; Taiwan's 身分證字號 simplifies to 身分证字号.
constexpr PhraseSet<12> kPersonalDetails({U"身份证号", U"身分证字号", U"卡号", U"取款密码", U"交易密码", U"支付密码",
                                          U"身份證號", U"身分證字號", U"卡號", U"取款密碼", U"交易密碼", U"支付密碼"});

bool asks_details_by_reply(const MessageAnalysis& analysis) {
  return asks_reply_for(analysis, [](std::u32string_view rest) { return kPersonalDetails.found_in(rest); });
}

bool wakes_link(std::u32string_view rest) {
  return kEnglishLinkWakers.found_in(rest) && rest.find(U"link") != rest.npos;
}

// A code sent to the reader's phone asked for by someone who says their number is new or
// borrowed. Family and friends do ask for codes (验证码发我一下，我在帮你挂号), but not while
// explaining why they write from a number the reader doesn't know.
// Taiwan's 傳給我 simplifies to 传给我.
constexpr PhraseSet<10> kSendToMe({U"发我", U"发给我", U"转我", U"转给我", U"传给我", U"告诉我", U"报给我",
                                   U"念给我", U"截图给我", U"发过来"});
// Or by someone who says the code reached the reader by mistake, their number typed for the
// sender's own (我把验证码填成您的手机号了, 误把手机号填成了你的) or the code sent astray
// (验证码发错了，麻烦转发给我): a service sends its code to the number its user gives, and
// whoever asks for it is taking over an account.
constexpr PhraseSet<12> kMistakeClaims({U"填错", U"误填", U"错填", U"输错", U"填成你", U"填成您", U"填成了你",
                                        U"填成了您", U"误把", U"填了你", U"填了您", U"发错"});
// Or by someone who asks the reader to receive it for them, saying their own phone or
// account can't (帮我收个验证码，我手机欠费收不到短信…截图发我; 我微信被封了…帮我接收个验证码): the
// "assisted verification" that takes over the reader's account or opens one in their name.
// Family do ask a relative whose number they gave to pass a code on, with no such excuse.
constexpr PhraseSet<8> kReceiveForMe({U"帮我收", U"帮我接收", U"帮忙收", U"帮忙接收", U"帮我接个", U"帮我接一",
                                      U"替我收", U"替我接收"});
constexpr PhraseSet<11> kCannotReceive({U"收不到", U"收不了", U"接收不到", U"接收不了", U"欠费", U"停机", U"被封",
                                        U"封号", U"冻结", U"解封", U"没信号"});

// A code named by its length, as people name it (你手机刚收到一个6位数，转发给我; 那串六位数字).
constexpr std::u32string_view kCodeLengths = U"45678四五六七八";
constexpr std::u32string_view kDigitCount = U"位数";

bool names_digit_count(std::u32string_view text) {
  for (std::size_t at = text.find(kDigitCount); at != text.npos; at = text.find(kDigitCount, at + 1)) {
    if (at > 0 && kCodeLengths.find(text[at - 1]) != kCodeLengths.npos) return true;
  }
  return false;
}

// A message "sent by mistake" that turns to getting to know the reader (…啊不好意思发错人了，
// 不过也算缘分，你是做什么工作的呀; sorry发错啦…不介意的话可以认识一下): the opener of the romance and
// investment scams. Whoever really erred apologises and leaves it there.
constexpr PhraseSet<5> kWrongSends({U"发错", U"打错", U"错发", U"sent to the wrong", U"wrong number"});
constexpr PhraseSet<10> kAcquaintancePivots({U"缘分", U"眼缘", U"交个朋友", U"认识一下", U"认识认识", U"做什么工作的",
                                             U"做什么的", U"做哪行", U"be friends", U"nice to meet"});

bool pivots_from_wrong_send(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kWrongSends.any_place(text, [&](const PhraseMatch& wrong) {
    return !analysis.warnings().warn_against(wrong) && kAcquaintancePivots.found_in(text.substr(wrong.end()));
  });
}

// An order to keep a "case" from family, the bank or anyone (…涉嫌一宗跨境洗黑钱案件…请勿向家人或银行
// 职员透露; 案件属于机密，不得向任何人泄露): no police office asks it of the people it writes to,
// and the scams that play one do, to cut off whoever would stop the transfer. A code's "tell no
// one" (切勿将验证码泄露于他人) names no case.
constexpr PhraseSet<7> kProhibitions({U"勿", U"不要", U"不得", U"不许", U"不准", U"不能", U"不可"});
constexpr PhraseSet<12> kConfidants({U"家人", U"家属", U"亲友", U"亲属", U"亲人", U"家里", U"银行", U"任何人", U"他人",
                                     U"别人", U"外人", U"第三方"});
constexpr PhraseSet<8> kDisclosures({U"透露", U"泄露", U"泄漏", U"告诉", U"告知", U"提及", U"声张", U"外传"});
constexpr PhraseSet<12> kCases({U"案件", U"案情", U"涉案", U"洗钱", U"洗黑钱", U"侦查", U"办案", U"立案", U"通缉",
                                U"配合调查", U"协助调查", U"保密调查"});
constexpr std::size_t kSecrecyReach = 16;

bool orders_secrecy(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kCases.found_in(text) && kProhibitions.any_place(text, [&](const PhraseMatch& prohibition) {
    if (analysis.warnings().warn_against(prohibition)) return false;
    const std::u32string_view order = span_forward(text, prohibition.end(), ends_clause, kSecrecyReach);
    return kConfidants.found_in(order) && kDisclosures.found_in(order);
  });
}

// An order not to call the police beside money asked (你的孩子在我们手上，不要报警，马上准备50万):
// the extortion and "kidnapped child" scams. A friend's 东西找到了，别报警了 asks for no money.
constexpr PhraseSet<9> kPoliceForbidden({U"不要报警", U"别报警", U"不准报警", U"不许报警", U"不能报警", U"不得报警",
                                         U"不可报警", U"勿报警", U"唔好报警"});
constexpr PhraseSet<10> kMoneyWords({U"万", U"转账", U"汇款", U"打钱", U"给钱", U"拿钱", U"打到", U"卡上", U"赎金",
                                     U"现金"});

bool forbids_police(const MessageAnalysis& analysis) {
  return asked_for_any(analysis, kPoliceForbidden) && kMoneyWords.found_in(analysis.text());
}

// A warrant (Taiwan's 拘票 too), a wanted notice or an execution (枪决) served on the
// reader: the sentence that names the document speaks to the reader. News of a warrant
// speaks to no one (公安部发布A级通缉令), and gossip names no document (你知道吗，他被通缉了).
// A court's summons (传票) is left out, as courts do serve those electronically, and so is
// a detention (拘留): police notify families of one, and relatives write of it.
constexpr PhraseSet<8> kWarrants({U"通缉令", U"逮捕令", U"拘捕令", U"逮捕证", U"拘票", U"枪决", U"网上追逃",
                                  U"在逃人员"});

// A profit promised or insider tips (Taiwan's 報明牌), or a "teacher" who trades for the
// reader: words no licensed broker or fund may use, and that the investment scams live
// on. A bank's deposit does guarantee its interest (保证收益); in chat, 稳赚 alone may be a
// joke (这波稳赚), and 内部消息 office gossip. 带单 carries something when its 带 is 携带's or
// its 单 starts a word of its own (请携带单据到服务中心取机, 请带单位证明): a repair notice
// was blocked for it.
//
// Or a "teacher" picking shares for a group or a live class, with the profit to show for it
// (昨天群里老师推荐的那只票今天涨停了…今晚八点还有直播课，我再把你拉回群): the illegal stock-tip
// groups that investment scams run. A broker's adviser is no 老师, and a finance class's
// teacher recommends books, not the day's limit-up. The promises first, then the teachers:
// a message is read for both in one pass.
constexpr std::size_t kSureProfitPromises = 7;
constexpr PhraseSet<11> kSureProfits({U"稳赚不赔", U"保证获利", U"保证盈利", U"包赚", U"带单", U"内幕消息", U"报明牌",
                                      U"老师", U"导师", U"老師", U"導師"});
constexpr std::array<std::u32string_view, 6> kTips = {U"推荐", U"带", U"荐", U"报", U"喊", U"说的那"};
constexpr PhraseSet<8> kStockProfits({U"涨停", U"牛股", U"飙股", U"翻倍", U"收益", U"获利", U"上车", U"赚"});
constexpr PhraseSet<2> kGroups({U"群", U"直播"});
constexpr std::array<std::u32string_view, 4> kWordsOfDan = {U"单据", U"单位", U"单元", U"单号"};

bool carries_something(std::u32string_view text, const PhraseMatch& match) {
  return (match.at > 0 && text[match.at - 1] == U'携') || starts_with_any(text.substr(match.at + 1), kWordsOfDan);
}

bool promises_profit(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kSureProfits.any_place(text, [&](const PhraseMatch& match) {
    if (analysis.warnings().warn_against(match)) return false;
    if (match.phrase == U"带单" && carries_something(text, match)) return false;
    if (match.index < kSureProfitPromises) return true;
    return starts_with_any(text.substr(match.end()), kTips) && kStockProfits.found_in(text) && kGroups.found_in(text);
  });
}

// A fee or a deposit asked of whoever takes a job before it starts, in a message that offers
// one (招聘…入职需先交电动车押金1500元; 您的简历已通过初审…入职前需缴纳服装费及培训费共1680元;
// 恭喜您被录用…上岗前需缴纳工作账号激活费599元): employers may not take money from the
// people they hire (劳动合同法 article 9), and the part-time and hiring scams live on it. A
// fee after starting (入职后), one waived, reimbursed or paid to a hospital (入职无需缴纳任何费用,
// 入职需自付体检费) asks the employer for nothing, and a friend's talk of a job offers none.
constexpr PhraseSet<2> kJobStarts({U"入职", U"上岗"});
constexpr PhraseSet<12> kJobOffers({U"招聘", U"急招", U"诚聘", U"兼职", U"岗位", U"职位", U"简历", U"录用",
                                    U"日结", U"月薪", U"月入", U"底薪"});
constexpr PhraseSet<4> kObligations({U"需", U"须", U"要", U"先"});
constexpr PhraseSet<6> kPayments({U"缴纳", U"交纳", U"缴", U"交", U"支付", U"付"});
constexpr PhraseSet<3> kFees({U"费", U"押金", U"保证金"});
constexpr PhraseSet<11> kNoFeeForEmployer({U"不", U"无", U"免", U"没", U"勿", U"别", U"自理", U"自付", U"自行",
                                           U"医院", U"报销"});
constexpr std::size_t kJobFeeReach = 24;

bool asks_job_fee(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kJobOffers.found_in(text) && kJobStarts.any_place(text, [&](const PhraseMatch& start) {
    if (analysis.warnings().warn_against(start)) return false;
    const std::u32string_view clause = span_forward(text, start.end(), ends_clause, kJobFeeReach);
    if (clause.empty() || clause.front() == U'后' || kNoFeeForEmployer.found_in(clause)) return false;
    return kPayments.any_place(clause, [&](const PhraseMatch& payment) {
      return kObligations.found_in(clause.substr(0, payment.at)) && kFees.found_in(clause.substr(payment.end()));
    });
  });
}

// 您, 你, or Hong Kong's formal 阁下 (閣下).
bool addresses_reader(std::u32string_view sentence) {
  return sentence.find(U'您') != sentence.npos || sentence.find(U'你') != sentence.npos ||
         sentence.find(U"阁下") != sentence.npos;
}

bool serves_warrant(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kWarrants.any_place(text, [&](const PhraseMatch& warrant) {
    const std::size_t begin = grow_back(text, warrant.at, ends_sentence);
    const std::size_t end = grow_forward(text, warrant.end(), ends_sentence);
    return addresses_reader(text.substr(begin, end - begin)) && !analysis.warnings().warn_against(warrant);
  });
}

// Whether `rest`, after 回复 in its clause, gives a recipient after nothing but a code: a
// code word (验证码至本号码), or nothing or 此 or 该 pointing back to the code `text` names
// (验证码直接回复给我, 回覆此密碼至本號碼), with no number (验证码828105至本号码 gives the code to reply
// with).
bool names_code_then_recipient(std::u32string_view text, std::u32string_view rest) {
  for (std::size_t at = 0; at < rest.size(); ++at) {
    if (!starts_with_any(rest.substr(at), kReplyRecipients)) continue;
    const std::u32string_view code = rest.substr(0, at);
    const bool points_back = code.empty() || code.front() == U'此' || code.front() == U'该' || code.front() == U'該';
    return std::none_of(code.begin(), code.end(), is_ascii_digit) &&
           (names_code_word(code) || (points_back && names_code_word(text)));
  }
  return false;
}

// 回复 and later in its clause a recipient after a code, or a code received (收到的验证码,
// 收到的短信验证码); or a code forwarded to the sender.
bool asks_code_by_reply(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kCodeReturns.any_place(text, [&](const PhraseMatch& reply) {
    if (analysis.warnings().warn_against(reply)) return false;
    if (reply.index >= kCodeReplyVerbs) return names_code_word(text);
    const std::u32string_view rest = span_forward(text, reply.end(), ends_clause, kReplyReach);
    const std::size_t received = rest.find(kReceived);
    return names_code_then_recipient(text, rest) || (received != rest.npos && names_code_word(rest.substr(received)));
  });
}

constexpr PhraseSet<5> kScamTales({U"被骗", U"上当", U"骗子", U"骗徒", U"骗局"});

}  // namespace

bool tells_of_scam(const MessageAnalysis& analysis) { return kScamTales.found_in(analysis.text()); }

std::optional<std::string_view> find_scam_request(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  if (asks_safe_account(analysis) || asks_custody_account(analysis)) return kSafeAccount;
  if (asks_transfer_to_designated_account(analysis) && !body_describes_scam(analysis)) return kDesignatedAccount;
  if (asks_transfer_to_given_account(analysis) && !body_describes_scam(analysis)) return kNoticeAccount;
  if (asked_for_any(analysis, kScreenSharingPhrases)) return kScreenSharing;
  // The phrases first: the code words are more, and commoner.
  const bool told_to_staff = asked_for_any(analysis, kTellVerbs, kCodeAskers) ||
                             (asked_for_any(analysis, kTellVerbs, kToMe) && claims_staff(text));
  if (told_to_staff && names_code_word(text)) return kCodeToCaller;
  if (asks_in_english(text, kEnglishTells, names_readers_code)) return kCodeToCaller;
  if (asks_code_by_reply(analysis) || asks_in_english(text, kEnglishReplies, names_readers_code)) return kCodeByReply;
  if (asked_for_any(analysis, kSendToMe) && (names_code_word(text) || names_digit_count(text))) {
    if (claims_new_number(analysis)) return kCodeToNewNumber;
    if (asked_for_any(analysis, kMistakeClaims)) return kCodeByMistake;
    if (asked_for_any(analysis, kReceiveForMe) && asked_for_any(analysis, kCannotReceive)) return kCodeRelay;
  }
  if (pivots_from_wrong_send(analysis) && !body_describes_scam(analysis)) return kWrongNumberPivot;
  if (serves_warrant(analysis) && !body_describes_scam(analysis)) return kWarrant;
  if (orders_secrecy(analysis) && !body_describes_scam(analysis)) return kSecrecyOrder;
  if (forbids_police(analysis) && !body_describes_scam(analysis)) return kNoPolice;
  if (promises_profit(analysis) && !body_describes_scam(analysis)) return kSureProfit;
  if (asks_job_fee(analysis) && !body_describes_scam(analysis)) return kJobFee;
  if ((asks_link_by_reply(analysis) || asks_in_english(text, kEnglishReplyWords, wakes_link)) &&
      !body_describes_scam(analysis))
    return kLinkByReply;
  if (asks_details_by_reply(analysis) && !body_describes_scam(analysis)) return kDetailsByReply;
  return std::nullopt;
}

}  // namespace smsfilter::internal
