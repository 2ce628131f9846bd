// Messages built to break a classifier: each is classified (status ok) and read exactly
// as the API promises — invalid UTF-8 and unpaired surrogates as U+FFFD, at most
// max_chars visible characters from both ends and windows over at most kWindowedChars,
// invisible characters dropped.
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "classifier/featurizer.h"
#include "default_model.h"
#include "smsfilter/classifier.h"
#include "smsfilter/policy.h"

namespace smsfilter {
namespace {

struct Outcome {
  Result result;
  std::string normalized;
};

Classifier& default_classifier() {
  static Classifier classifier = [] {
    const std::string_view bytes = default_model_bytes();
    Status status;
    auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
    if (!model) throw std::runtime_error(status.to_string());
    return Classifier(std::move(model));
  }();
  return classifier;
}

template <typename Text>
Outcome classify(Text text) {
  Outcome outcome;
  const Status status = default_classifier().classify(text, Text(), &outcome.result);
  INFO(status.to_string());
  REQUIRE(status.ok());
  outcome.normalized = std::string(default_classifier().normalized_text());
  return outcome;
}

// The same category, probabilities, explanations and normalised text.
void check_same(const Outcome& a, const Outcome& b) {
  CHECK(a.normalized == b.normalized);
  CHECK(a.result.category == b.result.category);
  CHECK(a.result.probabilities == b.result.probabilities);
  REQUIRE(a.result.top_feature_count == b.result.top_feature_count);
  for (std::size_t i = 0; i < a.result.top_feature_count; ++i)
    CHECK(a.result.top_features[i].feature == b.result.top_features[i].feature);
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out.append(piece);
  return out;
}


constexpr std::string_view kFffd = "\xEF\xBF\xBD";  // U+FFFD

TEST_CASE("invalid UTF-8 reads as U+FFFD, one per maximal invalid subsequence", "[hostile]") {
  struct Case {
    std::string_view name, bytes;
    std::size_t replacements;
  };
  const Case cases[] = {
      {"overlong 2-byte '/'", "\xC0\xAF", 2},
      {"overlong 3-byte '/'", "\xE0\x80\xAF", 3},
      {"surrogate D800 encoded in UTF-8", "\xED\xA0\x80", 3},
      {"truncated 3-byte sequence", "\xE9\xAA", 1},
      {"lone continuation byte", "\x80", 1},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80", 4},
      {"byte never used in UTF-8", "\xFF", 1},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::string bad = "验证码" + std::string(c.bytes) + "482913";
    const std::string replaced = "验证码" + repeat(kFffd, c.replacements) + "482913";
    check_same(classify(std::string_view(bad)), classify(std::string_view(replaced)));
  }
  // Cut off at the very end of the message, too.
  check_same(classify(std::string_view("验证码\xE9\xAA")), classify(std::string_view("验证码\xEF\xBF\xBD")));
}

TEST_CASE("unpaired UTF-16 surrogates read as U+FFFD", "[hostile]") {
  const std::u16string lone_high = u"验证码" + std::u16string(1, u'\xD800') + u"482913";
  const std::u16string lone_low = u"验证码" + std::u16string(1, u'\xDC00') + u"482913";
  const std::u16string reversed = u"验证码" + std::u16string{u'\xDC00', u'\xD800'} + u"482913";
  const std::u16string high_at_end = u"验证码" + std::u16string(1, u'\xD800');
  const Outcome one = classify(std::string_view("验证码\xEF\xBF\xBD" "482913"));
  check_same(classify(std::u16string_view(lone_high)), one);
  check_same(classify(std::u16string_view(lone_low)), one);
  check_same(classify(std::u16string_view(reversed)),
             classify(std::string_view("验证码\xEF\xBF\xBD\xEF\xBF\xBD" "482913")));
  check_same(classify(std::u16string_view(high_at_end)), classify(std::string_view("验证码\xEF\xBF\xBD")));
  // Dropping the invisible U+FE0F between them must not make a pair of the two halves.
  const std::u16string split_pair = u"验证码" + std::u16string{u'\xD800', u'\xFE0F', u'\xDC00'} + u"482913";
  check_same(classify(std::u16string_view(split_pair)),
             classify(std::string_view("验证码\xEF\xBF\xBD\xEF\xBF\xBD" "482913")));
}

TEST_CASE("an embedded NUL is dropped, not read as the end", "[hostile]") {
  const Outcome outcome = classify(std::string_view("验证码\0" "482913", 16));
  check_same(outcome, classify(std::string_view("验证码482913")));
  check_same(classify(std::u16string_view(u"验证码\0" "482913", 10)), outcome);
}

TEST_CASE("empty, blank and emoji-only messages classify", "[hostile]") {
  const Outcome empty = classify(std::string_view());
  CHECK(empty.normalized.empty());
  check_same(classify(std::u16string_view()), empty);
  // Spaces of any kind (here U+3000, U+00A0, tab, newline) around nothing are nothing.
  check_same(classify(std::string_view(" \xE3\x80\x80\xC2\xA0\t\n ")), empty);

  const Outcome emoji = classify(std::string_view("😀😂🎉"));
  CHECK(emoji.normalized == "😀😂🎉");
  check_same(classify(std::u16string_view(u"😀😂🎉")), emoji);
  // The emoji variation selector is default-ignorable: ❤️ reads as ❤.
  check_same(classify(std::string_view("❤\xEF\xB8\x8F")), classify(std::string_view("❤")));
}

// All the classifier reads of a longer text: its first and last kWindowedChars / 2 visible
// characters (max_chars of them at both ends, and the windows over them), here in pieces
// of `piece_chars` visible characters.
std::string both_ends(std::string_view head_piece, std::string_view tail_piece, std::size_t piece_chars = 1) {
  const std::size_t pieces = internal::Featurizer::kWindowedChars / 2 / piece_chars;
  return repeat(head_piece, pieces) + " " + repeat(tail_piece, pieces);
}

TEST_CASE("a 1 MB message is read at both ends, max_chars visible characters and windows", "[hostile]") {
  // A code message, then a megabyte of advertising of 10 characters a piece.
  const std::string message = repeat("验证码482913，", 500) + repeat("双11大促回T退订，", 100000);
  REQUIRE(message.size() > 1000000);
  check_same(classify(std::string_view(message)),
             classify(std::string_view(both_ends("验证码482913，", "双11大促回T退订，", 10))));

  std::u16string message16;
  for (int i = 0; i < 100; ++i) message16 += u"验证码482913，";
  message16.append(600000, u'贷');
  check_same(classify(std::u16string_view(message16)),
             classify(std::string_view(repeat("验证码482913，", 100) + repeat("贷", 3000) + " " + repeat("贷", 4000))));

  check_same(classify(std::string_view(repeat("😀", 300000))), classify(std::string_view(both_ends("😀", "😀"))));
  check_same(classify(std::string_view(std::string(1000000, '\xFF'))),
             classify(std::string_view(both_ends(kFffd, kFffd))));
  check_same(classify(std::string_view(std::string(1000000, '\x80'))),
             classify(std::string_view(both_ends(kFffd, kFffd))));
}

TEST_CASE("chat padding on both sides does not hide a scam in the middle", "[hostile]") {
  const std::string chat = repeat("今天天气不错，我们晚上一起去吃饭吧，你觉得怎么样？", 30);  // 750 characters
  const std::string scam = "【工商银行】您的账户存在异常，已被冻结，请立即登录 www.icbc-u.cc 验证身份解冻，否则将影响征信。";
  const Outcome padded = classify(std::string_view(chat + scam + chat));
  CHECK(padded.result.category == Category::kFraud);
  CHECK(padded.normalized.find("icbc-u.cc") != std::string::npos);  // what the policy reads

  // Long messages without such a part read as their head and tail say.
  CHECK(classify(std::string_view(chat + chat)).result.category == Category::kPersonal);
  const std::string notice = "【工商银行】您尾号1234的卡于12月1日消费人民币58.00元。";
  CHECK(classify(std::string_view(repeat(notice, 40))).result.category == Category::kTransaction);
}

TEST_CASE("a few lines of chat on each side of a short message do not hide a scam", "[hostile]") {
  const std::string chat = "晚上回来吃饭吗？妈说炖了排骨汤，你早点下班。对了，明天记得把孩子的作业本带上，别又忘在车里了。";
  const std::string scam = "【工商银行】您的账户存在异常，已被冻结，请立即登录 www.icbc-u.cc 验证身份解冻，否则将影响征信。";
  const Outcome padded = classify(std::string_view(chat + scam + chat));  // 150 characters
  CHECK(padded.result.category == Category::kFraud);
  // A window decided; the policy still reads the whole message: signature, numbers, links.
  CHECK(padded.normalized.find("晚上回来吃饭吗") == 0);
  CHECK(padded.normalized.find("icbc-u.cc") != std::string::npos);

  // The chat alone stays personal, and is what the analysis holds.
  const Outcome alone = classify(std::string_view(chat + chat + chat));
  CHECK(alone.result.category == Category::kPersonal);
  CHECK(alone.normalized.find("晚上回来吃饭吗") == 0);
}

TEST_CASE("a sentence or two of chat on each side of a short payload does not hide it", "[hostile]") {
  // Windows of 60 characters every 30 (the ninth session's) read both as personal.
  const std::string_view padded[] = {
      "你到了给我打电话哦。那部新片听说很好看。工行卡号6222021234567890123户名王芳你到了给我打电话哦。你先吃饭别等我了。",
      "记得带伞，可能下雨。今天加班，晚点回去。您的快递丢失，加微信kf8831办理三倍理赔今天加班，晚点回去。你到了给我打电话哦。"};
  for (std::string_view text : padded) {
    INFO(text);
    CHECK(is_spam(classify(text).result.category));
  }
  CHECK(classify(std::string_view("你到了给我打电话哦。那部新片听说很好看。你先吃饭别等我了。今天加班，晚点回去。记得带伞，可能下雨。"))
            .result.category == Category::kPersonal);
}

TEST_CASE("a fake code is read by its windows as the scam its callback number is", "[hostile]") {
  const std::string abc_fake = "【农业银行】验证码 417520，您正在申请注销手机银行，"
                               "如非本人操作请立即致电风控专员 171 2093 5566 冻结申请。";
  const std::string boc_fake = "【中国银行】您的动态码为 330912，您正在将账户绑定到新设备，"
                               "如不是您本人操作，请马上拨打 0755-2361 8890 联系客服撤销。";
  // Read whole, the code outweighs the callback: security at 0.68 and 0.78.
  CHECK(classify(std::string_view(abc_fake)).result.category == Category::kFraud);
  CHECK(classify(std::string_view(boc_fake)).result.category == Category::kFraud);

  // The policy reads the whole message: the bank it names, the number it gives, the code
  // (which only a user's rule blocks: muted).
  Status status;
  const auto policy = Policy::parse("smsfilter-policy 1\n", &status);
  REQUIRE(policy);
  Decision decision;
  REQUIRE(policy->decide(&default_classifier(), {abc_fake, "", {}}, nullptr, &decision).ok());
  CHECK(decision.action == Action::kMute);
  CHECK(decision.has_reason(ReasonKind::kSuspiciousContact));
  CHECK(decision.has_reason(ReasonKind::kProtected));
  CHECK(decision.organization == "abc");

  // The genuine codes and notices, with the bank's or carrier's own numbers.
  const std::string abc_code = "【农业银行】验证码 417520，您正在申请注销手机银行，"
                               "如非本人操作请立即致电 95599 冻结申请，切勿向他人泄露验证码。";
  const std::string boc_code = "【中国银行】您的动态码为 330912，您正在将账户绑定到新设备，"
                               "如不是您本人操作，请马上拨打 95566 联系客服。";
  const std::string cmcc_bill = "【中国移动】尊敬的客户，您的13557479671话费余额已不足10元，"
                                "为避免停机影响使用，请及时充值。查余额、充话费请登录中国移动APP或拨打10086。";
  CHECK(classify(std::string_view(abc_code)).result.category == Category::kSecurity);
  CHECK(classify(std::string_view(boc_code)).result.category == Category::kSecurity);
  CHECK(classify(std::string_view(cmcc_bill)).result.category == Category::kTransaction);
}

TEST_CASE("a sender is read as its visible characters, at most 32, in UTF-16 too", "[hostile]") {
  Classifier& classifier = default_classifier();
  const auto same_sender_kind = [&](std::string_view sender, std::u16string_view sender16,
                                    std::string_view as_read) {
    Result utf8, utf16, read;
    REQUIRE(classifier.classify("您的验证码为482913", sender, &utf8).ok());
    REQUIRE(classifier.classify(u"您的验证码为482913", sender16, &utf16).ok());
    REQUIRE(classifier.classify("您的验证码为482913", as_read, &read).ok());
    CHECK(utf8.probabilities == read.probabilities);
    CHECK(utf16.probabilities == read.probabilities);
  };
  const std::string digits(16, '1');
  same_sender_kind(std::string(64, '1') + "a", std::u16string(64, u'1') + u"a",
                   digits + " " + std::string(15, '1') + "a");
  same_sender_kind("955\u200B88", u"955\u200B88", "95588");
  same_sender_kind("\u2066" + std::string(20000, ' ') + "95588\u00AD", u"\u2066 95588\u00AD", "95588");
}

TEST_CASE("deeply repeated characters read as kWindowedChars of them, from both ends", "[hostile]") {
  for (std::string_view piece : {"啊", "1", ".", "a", "\xCC\x81" /* U+0301 */}) {
    INFO(piece);
    check_same(classify(std::string_view(repeat(piece, 200000))),
               classify(std::string_view(both_ends(piece, piece))));
  }
}

TEST_CASE("right-to-left text and combining marks", "[hostile]") {
  const Outcome arabic = classify(std::string_view("مرحبا، رمز التحقق 482913"));
  CHECK(arabic.normalized == "مرحبا، رمز التحقق 482913");
  check_same(classify(std::u16string_view(u"مرحبا، رمز التحقق 482913")), arabic);

  // Bidi controls (RLO, RLM, RLI, PDI) and zero-width spaces are default-ignorable: a
  // message can't hide from the model behind them.
  check_same(classify(std::string_view("您的\u202E验证码\u200F为\u2067482913\u2069，请勿\u200B泄露")),
             classify(std::string_view("您的验证码为482913，请勿泄露")));

  // Decomposed and precomposed letters are one text; marks that NFKC leaves (on Chinese
  // characters, strike-throughs) are decoration a keyword can't hide behind.
  check_same(classify(std::string_view("cafe\u0301")), classify(std::string_view("caf\u00E9")));
  const Outcome marked = classify(std::string_view("验\u0301证\u0336码\u20DD"));
  CHECK(marked.normalized == "验证码");
  check_same(marked, classify(std::string_view("验证码")));
}

TEST_CASE("private-use characters can't forge the internal digit tokens", "[hostile]") {
  // U+E005 is the token for a 6-digit run inside the featurizer.
  const Outcome forged = classify(std::string_view("验证码\uE005，请勿泄露"));
  const Outcome digits = classify(std::string_view("验证码482913，请勿泄露"));
  CHECK(forged.result.probabilities != digits.result.probabilities);
  // Each reads as U+FFFD would.
  CHECK(forged.result.probabilities ==
        classify(std::string_view("验证码\uFFFD，请勿泄露")).result.probabilities);
}

}  // namespace
}  // namespace smsfilter
