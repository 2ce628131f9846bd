#include <algorithm>
#include <numeric>

#include <catch2/catch.hpp>

#include "classifier/model_data.h"
#include "classifier/featurizer.h"
#include "classifier/scorer.h"
#include "classifier/window_screen.h"
#include "default_model.h"
#include "smsfilter/classifier.h"
#include "smsfilter/train/featurizer.h"
#include "test_support.h"

namespace smsfilter {
namespace {

std::shared_ptr<const Model> open_bytes(const std::string& bytes) {
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(status.ok());
  return model;
}

TEST_CASE("results are consistent probability distributions with explanations", "[classifier]") {
  const std::string bytes = testing::train_fixture_model();
  Classifier classifier(open_bytes(bytes));
  Result result;
  REQUIRE(classifier.classify("【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。", "1069000001", &result).ok());
  CHECK(result.category == Category::kSecurity);
  CHECK(std::accumulate(result.probabilities.begin(), result.probabilities.end(), 0.0f) ==
        Approx(1.0f).epsilon(1e-5));
  CHECK(result.confidence == result.probabilities[static_cast<std::size_t>(Category::kSecurity)]);
  CHECK_FALSE(result.unsure);
  REQUIRE(result.top_feature_count > 0);
  for (std::size_t i = 0; i < result.top_feature_count; ++i) {
    CHECK(result.top_features[i].weight > 0);
    CHECK(result.top_features[i].feature.find(':') != std::string_view::npos);
    if (i > 0) CHECK(result.top_features[i].weight <= result.top_features[i - 1].weight);
  }
}

TEST_CASE("an explained marker weighs as all its occurrences", "[classifier]") {
  const std::string bytes = testing::train_fixture_model();
  const auto model = open_bytes(bytes);
  Classifier classifier(model);
  const std::string_view text = "【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。详见 http://t.cn/x";
  Result result;
  REQUIRE(classifier.classify(text, "", &result).ok());

  train::Featurizer featurizer(train::spec_of(*model));
  std::vector<train::NamedFeature> features;
  REQUIRE(featurizer.featurize(text, "", &features).ok());
  const internal::Scorer scorer(Model::Access::data(*model));
  const float value = internal::feature_value(features.size());
  std::size_t markers_explained = 0;
  for (std::size_t i = 0; i < result.top_feature_count; ++i) {
    const FeatureContribution& top = result.top_features[i];
    if (top.feature.substr(0, 2) != "m:" || top.feature.substr(0, 9) == "m:intent:") continue;
    const auto same = [&](const train::NamedFeature& f) { return f.name == top.feature; };
    const auto feature = std::find_if(features.begin(), features.end(), same);
    REQUIRE(feature != features.end());
    CHECK(std::count_if(features.begin(), features.end(), same) == 3);
    const auto winner = static_cast<std::size_t>(result.category);
    CHECK(top.weight == Approx(3 * scorer.contribution(*feature, scorer.contribution_weights(winner, value))));
    ++markers_explained;
  }
  CHECK(markers_explained > 0);
}

TEST_CASE("a window's estimate weighs the character n-grams that start in it, or outside it", "[classifier]") {
  const std::string bytes = testing::train_fixture_model();
  const auto model = open_bytes(bytes);
  const internal::ModelData& data = Model::Access::data(*model);
  internal::Featurizer featurizer(data.settings.featurizer, data.char_map, data.brands.get());
  std::vector<internal::Feature> features;
  REQUIRE(featurizer.featurize("晚饭吃了吗？我刚到家。您的快递丢失，加微信kf8831办理三倍理赔，今天加班。", "", &features).ok());
  const internal::Scorer scorer(data);
  internal::WindowScreen screen;
  screen.index(scorer, features);
  for (const auto& [first, last] : {std::pair<std::uint32_t, std::uint32_t>{0, 1000}, {3, 9}, {12, 30}, {5, 5}}) {
    std::vector<internal::Feature> inside, outside;
    for (const internal::Feature& f : features) {
      const bool ngram = f.kind == FeatureKind::kChar1 || f.kind == FeatureKind::kChar2 || f.kind == FeatureKind::kChar3;
      if (ngram) (f.begin >= first && f.begin < last ? inside : outside).push_back(f);
    }
    const internal::ClassScores expected = scorer.probabilities(scorer.logits(inside));
    const internal::ClassScores estimate = screen.estimate(scorer, {first, last});
    const internal::ClassScores expected_without = scorer.probabilities(scorer.logits(outside));
    const internal::ClassScores estimate_without = screen.estimate_without(scorer, {first, last});
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
      CHECK(estimate[c] == Approx(expected[c]));
      CHECK(estimate_without[c] == Approx(expected_without[c]));
    }
  }
}

TEST_CASE("UTF-16 and UTF-8 input classify identically", "[classifier]") {
  const std::string bytes = testing::train_fixture_model();
  Classifier classifier(open_bytes(bytes));
  Result utf8, utf16;
  REQUIRE(classifier.classify("您的快递因地址不详无法派送，请登录 http://sf-expres.top/k9", "17012345678", &utf8).ok());
  REQUIRE(classifier.classify(u"您的快递因地址不详无法派送，请登录 http://sf-expres.top/k9", u"17012345678", &utf16).ok());
  CHECK(utf8.category == utf16.category);
  CHECK(utf8.probabilities == utf16.probabilities);
}

TEST_CASE("the normalised text of the last message is available", "[classifier]") {
  const std::string bytes = testing::train_fixture_model();
  Classifier classifier(open_bytes(bytes));
  Result result;
  REQUIRE(classifier.classify("加 微 信 ＡＢＣ 銀行", "", &result).ok());
  CHECK(classifier.normalized_text() == "加微信abc银行");
}

TEST_CASE("a top probability under the model's threshold is reported unsure", "[classifier]") {
  train::TrainOptions options = testing::fixture_options();
  options.unsure_threshold = 1.0f;
  const std::string bytes = testing::train_fixture_model(options);
  Classifier classifier(open_bytes(bytes));
  Result result;
  REQUIRE(classifier.classify("明天见", "", &result).ok());
  CHECK(result.unsure);
}

TEST_CASE("a message with no visible text is unsure, whatever the sender", "[classifier]") {
  const std::string bytes = testing::train_fixture_model();
  Classifier classifier(open_bytes(bytes));
  Result result;
  for (std::string_view text : {"", " ", " \t\n\u3000 ", "\u200b\u200b"}) {
    REQUIRE(classifier.classify(text, "95588", &result).ok());
    CHECK(result.unsure);
    CHECK(result.confidence == Approx(1.0 / kCategoryCount));
    for (float p : result.probabilities) CHECK(p == Approx(1.0 / kCategoryCount));
    CHECK(result.top_feature_count == 0);
  }
  REQUIRE(classifier.classify(u"", u"", &result).ok());
  CHECK(result.unsure);
  REQUIRE(classifier.classify("晚上一起吃饭吧", "", &result).ok());
  CHECK_FALSE(result.unsure);
}

TEST_CASE("a null result is an invalid argument", "[classifier]") {
  const std::string bytes = testing::train_fixture_model();
  Classifier classifier(open_bytes(bytes));
  CHECK(classifier.classify("明天见", "", nullptr).code() == StatusCode::kInvalidArgument);
}

TEST_CASE("the default model labels unseen real-looking messages", "[classifier][default-model]") {
  const std::string_view bytes = default_model_bytes();
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(status.ok());
  const auto examples = testing::fixture_messages();
  const auto predicted = testing::predicted_categories(model, examples);
  std::size_t correct = 0;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    correct += predicted[i] == examples[i].label;
    // Codes and login alerts must never be lost to a spam category.
    if (examples[i].label == Category::kSecurity) CHECK(predicted[i] == Category::kSecurity);
  }
  CHECK(correct >= examples.size() * 95 / 100);
}

TEST_CASE("a code's or a notice's parts are weighed apart from the rest", "[classifier][default-model]") {
  const std::string_view bytes = default_model_bytes();
  Status status;
  Classifier classifier(Model::open_buffer(bytes.data(), bytes.size(), &status));
  REQUIRE(status.ok());
  const auto classify = [&](const std::string& text) {
    Result result;
    REQUIRE(classifier.classify(text, "1069012345", &result).ok());
    return result;
  };
  // `text` is read as its part `decisive` alone is, with the same explanation.
  const auto check_decided_by = [&](const std::string& decisive, const std::string& text, Category category) {
    const Result alone = classify(decisive);
    REQUIRE(alone.category == category);
    const Result whole = classify(text);
    CHECK(whole.category == category);
    CHECK(whole.probabilities == alone.probabilities);
    REQUIRE(whole.top_feature_count > 0);
    CHECK(whole.top_features[0].feature == alone.top_features[0].feature);
  };
  // An ad must not hide a code: the code's clause with its neighbours in its sentence
  // decides, whether the ad is a sentence of its own or is joined by commas.
  const std::string code = "【知学课堂】验证码 7042，您正在注册知学课堂账号。";
  const std::string ad = "暑期名师直播课火热报名中，19元抢20节课，赠送全套教辅礼盒与学习平板体验券，"
                         "名额有限先到先得，点击 dwz.cn/zx19 预约，退订回T";
  REQUIRE(classify(ad).category == Category::kMarketing);
  check_decided_by(code, code + ad, Category::kSecurity);
  const std::string code_clauses = "19元抢20节课，验证码 7042，您正在注册知学课堂账号，";
  check_decided_by(code_clauses, "【知学课堂】暑期名师直播课火热报名中，" + code_clauses +
                                     "赠送全套教辅礼盒与学习平板体验券，名额有限先到先得，点击 dwz.cn/zx19 预约，退订回T",
                   Category::kSecurity);
  // Nor a code or a notice launder a scam: the rest decides.
  const std::string bank_code = "【工商银行】验证码 571204，您正在登录手机银行，请勿泄露。";
  const std::string scam = "您的银行卡涉嫌一起洗钱案件，请立即联系张警官配合调查并转入资金核查账户，不得告诉任何人。";
  REQUIRE(classify(bank_code).category == Category::kSecurity);
  check_decided_by(scam, bank_code + scam, Category::kFraud);
  check_decided_by(scam, "【工商银行】验证码 571204，您正在登录手机银行，5分钟内有效，请勿泄露，" + scam,
                   Category::kFraud);
  const std::string delivery = "【顺丰速运】您的快件SF1234567890123已由快递员王师傅派送，请保持电话畅通。";
  const std::string refund = "另外您的快递理赔款已到账，请添加客服微信kf5588领取退款，需先支付保证金。";
  REQUIRE(classify(delivery).category == Category::kTransaction);
  check_decided_by(refund, delivery + refund, Category::kFraud);
  // Or its clauses joined to the scam by a comma: the rest without its opening decides, when
  // nothing is warned against (the scam above forbids telling anyone).
  const std::string laundering = "您的银行卡涉嫌一起洗钱案件，请立即联系张警官配合调查并转入资金核查账户。";
  check_decided_by(laundering, "【顺丰速运】您的快件SF1234567890123已由快递员王师傅派送，请保持电话畅通，" + laundering,
                   Category::kFraud);
  // But a warning is not read without its opening, which leaves the scam it warns of.
  CHECK(classify("【警政署提醒您】網路交友風險高，投資邀約勿輕信，加LINE好友、下載APP投資必有詐，詳見 165.npa.gov.tw")
            .category == Category::kTransaction);
  // A notice's own warning is no scam.
  CHECK(classify("【工商银行】您尾号6621的卡于12月01日支出人民币1,280.00元，余额3,520.16元。"
                 "如非本人操作，请立即致电95588冻结。谨防诈骗，切勿向他人转账。")
            .category == Category::kTransaction);
  // A coupon's code is the ad's own.
  CHECK(classify("【屈臣氏】会员专享优惠码 WS8821，到店或线上消费满199减50，与会员折扣同享，本周日截止，"
                 "点击 t.cn/A6ws88 查看，退订回T")
            .category == Category::kMarketing);
}

}  // namespace
}  // namespace smsfilter
