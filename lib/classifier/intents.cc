#include "classifier/intents.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <iterator>

#include "common/characters.h"
#include "common/phrase_set.h"
#include "common/spans.h"

namespace smsfilter::internal {
namespace {

enum Intent : unsigned {
  kTransfer, kFeeFirst, kCredentials, kShareCode, kDoNotShare, kUrgency, kPenalty, kSecrecy,
  kRefund, kPrize, kJob, kInvestment, kLoan, kPrivateChat, kNewIdentity, kWarning, kIntentCount
};

constexpr std::array<std::string_view, kIntentCount> kIntentNames = {
    "intent:transfer", "intent:fee_first", "intent:credentials", "intent:share_code",
    "intent:do_not_share", "intent:urgency", "intent:penalty", "intent:secrecy",
    "intent:refund", "intent:prize", "intent:job", "intent:investment", "intent:loan",
    "intent:private_chat", "intent:new_identity", "intent:warning"};

// The requests a genuine sender warns against: 不会要求您转账到安全账户, 请勿把验证码告诉他人,
// 要求先交手续费的都是诈骗. Read as requests, the warnings of every bank's code message gave
// the scammer's intents the weight of a code; a negated one is a warning instead.
constexpr bool can_be_warned_against(Intent intent) {
  return intent == kTransfer || intent == kFeeFirst || intent == kCredentials || intent == kShareCode ||
         intent == kPrivateChat;
}

struct Phrase {
  std::u32string_view text;
  Intent intent;
};

// Normalised text is Simplified and lower case: Traditional 匯款 reads 汇款, "QQ" reads "qq";
// Taiwanese 帳 reads 帐, not the mainland's 账, so 轉帳 needs its own phrase.
constexpr Phrase kPhrases[] = {
    {U"转账", kTransfer}, {U"汇款", kTransfer}, {U"汇到", kTransfer}, {U"打款", kTransfer},
    {U"转到", kTransfer}, {U"转入", kTransfer}, {U"转给", kTransfer}, {U"转过来", kTransfer},
    {U"安全账户", kTransfer}, {U"户名", kTransfer}, {U"收款人", kTransfer}, {U"打到", kTransfer},
    {U"转帐", kTransfer}, {U"安全帐户", kTransfer}, {U"监管帐户", kTransfer}, {U"监管账户", kTransfer},
    {U"手续费", kFeeFirst}, {U"保证金", kFeeFirst}, {U"解冻费", kFeeFirst}, {U"激活费", kFeeFirst},
    {U"工本费", kFeeFirst}, {U"先交", kFeeFirst}, {U"先付", kFeeFirst}, {U"垫付", kFeeFirst},
    {U"押金", kFeeFirst}, {U"验证金", kFeeFirst}, {U"会员费", kFeeFirst}, {U"认证费", kFeeFirst},
    {U"诚意金", kFeeFirst}, {U"预付", kFeeFirst}, {U"刷流水", kFeeFirst}, {U"服务费", kFeeFirst},
    {U"解冻金", kFeeFirst}, {U"开通费", kFeeFirst}, {U"审核费", kFeeFirst}, {U"代办费", kFeeFirst},
    {U"先缴", kFeeFirst}, {U"入职费", kFeeFirst}, {U"培训费", kFeeFirst}, {U"清关费", kFeeFirst},
    {U"密码", kCredentials}, {U"身份证", kCredentials}, {U"卡号", kCredentials},
    {U"cvv", kCredentials}, {U"人脸识别", kCredentials}, {U"验证身份", kCredentials},
    {U"身份验证", kCredentials}, {U"个人信息", kCredentials}, {U"实名认证", kCredentials},
    {U"安全码", kCredentials}, {U"网银", kCredentials}, {U"个资", kCredentials},
    {U"提供验证码", kShareCode}, {U"验证码发给", kShareCode}, {U"把验证码", kShareCode},
    {U"验证码告诉", kShareCode}, {U"报一下验证码", kShareCode}, {U"回传验证码", kShareCode},
    {U"验证码给我", kShareCode},
    {U"请勿泄露", kDoNotShare}, {U"切勿泄露", kDoNotShare}, {U"不要泄露", kDoNotShare},
    {U"请勿告知", kDoNotShare}, {U"请勿转发", kDoNotShare}, {U"不会索取", kDoNotShare},
    {U"勿告诉他人", kDoNotShare}, {U"如非本人", kDoNotShare}, {U"若非本人", kDoNotShare},
    {U"立即", kUrgency}, {U"马上", kUrgency}, {U"尽快", kUrgency}, {U"立刻", kUrgency},
    {U"今天内", kUrgency}, {U"今日内", kUrgency}, {U"小时内", kUrgency}, {U"逾期", kUrgency},
    {U"否则", kUrgency}, {U"限时", kUrgency}, {U"即将到期", kUrgency}, {U"过期作废", kUrgency},
    {U"冻结", kPenalty}, {U"停用", kPenalty}, {U"注销", kPenalty}, {U"停机", kPenalty},
    {U"封号", kPenalty}, {U"征信", kPenalty}, {U"法院", kPenalty}, {U"传票", kPenalty},
    {U"罚款", kPenalty}, {U"罚锾", kPenalty}, {U"停话", kPenalty}, {U"断水", kPenalty}, {U"断电", kPenalty},
    {U"起诉", kPenalty}, {U"涉嫌", kPenalty}, {U"洗钱", kPenalty}, {U"通缉", kPenalty},
    {U"别告诉", kSecrecy}, {U"不要告诉", kSecrecy}, {U"保密", kSecrecy}, {U"不要声张", kSecrecy},
    {U"退款", kRefund}, {U"理赔", kRefund}, {U"赔付", kRefund}, {U"退费", kRefund},
    {U"补偿", kRefund}, {U"赔偿", kRefund}, {U"退还", kRefund}, {U"退保", kRefund},
    {U"退税", kRefund}, {U"补助金", kRefund}, {U"补贴款", kRefund},
    {U"中奖", kPrize}, {U"获奖", kPrize}, {U"奖品", kPrize}, {U"抽中", kPrize}, {U"大奖", kPrize},
    {U"幸运用户", kPrize}, {U"积分兑换", kPrize}, {U"积分即将", kPrize}, {U"点数", kPrize},
    {U"抽奖", kPrize}, {U"回馈金", kPrize},
    {U"兼职", kJob}, {U"日结", kJob}, {U"刷单", kJob}, {U"点赞", kJob}, {U"佣金", kJob},
    {U"返利", kJob}, {U"做任务", kJob}, {U"在家工作", kJob}, {U"打字员", kJob}, {U"日领", kJob}, {U"日赚", kJob},
    {U"荐股", kInvestment}, {U"带单", kInvestment}, {U"内幕", kInvestment}, {U"稳赚", kInvestment},
    {U"收益", kInvestment}, {U"投资", kInvestment}, {U"牛股", kInvestment}, {U"涨停", kInvestment},
    {U"炒股", kInvestment}, {U"数字货币", kInvestment}, {U"虚拟币", kInvestment},
    {U"飙股", kInvestment}, {U"保证获利", kInvestment}, {U"投顾", kInvestment}, {U"股票群", kInvestment},
    {U"外汇", kInvestment},
    {U"贷款", kLoan}, {U"借款", kLoan}, {U"额度", kLoan}, {U"放款", kLoan}, {U"下款", kLoan},
    {U"无抵押", kLoan}, {U"低息", kLoan}, {U"网贷", kLoan}, {U"信贷", kLoan}, {U"借贷", kLoan}, {U"免保人", kLoan},
    {U"加微信", kPrivateChat}, {U"加我微信", kPrivateChat}, {U"微信号", kPrivateChat},
    {U"加qq", kPrivateChat}, {U"qq号", kPrivateChat}, {U"加line", kPrivateChat},
    {U"line id", kPrivateChat}, {U"私聊", kPrivateChat}, {U"加v", kPrivateChat}, {U"加个微信", kPrivateChat},
    {U"加下微信", kPrivateChat}, {U"加一下微信", kPrivateChat}, {U"telegram", kPrivateChat},
    // LINE is 賴 in Taiwan; WeChat and QQ go by look-alike names to dodge keyword filters.
    {U"加赖", kPrivateChat}, {U"加好友", kPrivateChat}, {U"vx", kPrivateChat}, {U"v信", kPrivateChat},
    {U"威信", kPrivateChat}, {U"薇信", kPrivateChat}, {U"徽信", kPrivateChat}, {U"扣扣", kPrivateChat},
    {U"换号", kNewIdentity}, {U"新号码", kNewIdentity}, {U"猜猜我是谁", kNewIdentity},
    {U"我是你领导", kNewIdentity}, {U"我是你的领导", kNewIdentity}, {U"换号码", kNewIdentity},
};

template <std::size_t N>
constexpr std::array<std::u32string_view, N> texts_of(const Phrase (&phrases)[N]) {
  std::array<std::u32string_view, N> texts{};
  for (std::size_t i = 0; i < N; ++i) texts[i] = phrases[i].text;
  return texts;
}

constexpr PhraseSet<std::size(kPhrases)> kPhraseSet(texts_of(kPhrases));

// A freeze the reader is told to ask for (如非本人操作，请立即致电95511转3冻结卡片) protects them;
// it is no penalty threatened. One of these verbs earlier in 冻结's clause, within the reach,
// says so.
constexpr std::u32string_view kFreeze = U"冻结";
constexpr std::array<std::u32string_view, 5> kOwnFreezeVerbs = {U"致电", U"拨打", U"自行", U"申请", U"办理"};
constexpr std::size_t kOwnFreezeReach = 10;

bool freeze_asked_by_reader(std::u32string_view text, std::size_t at) {
  const std::u32string_view before = span_back(text, at, ends_clause, kOwnFreezeReach);
  return std::any_of(kOwnFreezeVerbs.begin(), kOwnFreezeVerbs.end(),
                     [&](std::u32string_view verb) { return before.find(verb) != before.npos; });
}

}  // namespace

void detect_intents(const MessageAnalysis& analysis, std::vector<std::string_view>* markers) {
  std::bitset<kIntentCount> found;
  kPhraseSet.any_place(analysis.text(), [&](const PhraseMatch& match) {
    if (kPhrases[match.index].text == kFreeze && freeze_asked_by_reader(analysis.text(), match.at)) return false;
    const Intent intent = kPhrases[match.index].intent;
    found.set(can_be_warned_against(intent) && analysis.warnings().warn_against(match) ? kWarning : intent);
    return false;
  });
  for (unsigned intent = 0; intent < kIntentCount; ++intent) {
    if (found.test(intent)) markers->push_back(kIntentNames[intent]);
  }
}

}  // namespace smsfilter::internal
