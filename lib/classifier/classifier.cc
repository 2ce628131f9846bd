#include "smsfilter/classifier.h"

#include <algorithm>

#include "analysis/warnings.h"
#include "classifier/classifier_access.h"
#include "classifier/featurizer.h"
#include "classifier/model_data.h"
#include "classifier/scorer.h"
#include "classifier/window_screen.h"
#include "common/characters.h"
#include "common/spans.h"
#include "common/top_n.h"
#include "common/utf.h"

namespace smsfilter {
namespace {

constexpr float kSurelySpam = 0.9f;
constexpr float kSurelyFraud = 0.95f;
constexpr float kSurelyCode = 0.9f;
// A window is read only when its character n-grams alone (WindowScreen) give the risk it
// is read for at least this probability. Against reading every window, 0.05 changed one
// verdict on train, dev and the field rows, clean (49,332) or disguised by
// tools/obfuscate.py (chat, or all transforms at once: 43,287 and 5,609 each): a scam
// whose window read 0.90, just over kSurelySpam, in a text with letters between its
// characters. 0.01 changed none, and left personal messages of 60–200 characters 24%
// dearer to classify than 0.05 does (callgrind), more than the p99 budget has.
constexpr float kScreenRisk = 0.05f;
// Of a notice's or a code's parts (featurize_scam_behind_notice), at most this many rests
// are read in full: those the screen finds riskiest. Reading every rest it let through cost
// a featurization per sentence, quadratic in the text: 23 ms for a code followed by 1,000
// characters of short sentences.
constexpr std::size_t kMaxPartsRead = 4;

// Where the run of characters from `begin` ends: after the first for which `stops` holds,
// or at the end of the text.
template <typename Stops>
std::uint32_t end_after_stop(std::u32string_view text, std::size_t begin, Stops stops) {
  const std::size_t stop = internal::grow_forward(text, begin, stops);
  return static_cast<std::uint32_t>(stop < text.size() ? stop + 1 : stop);
}

// Whether `span` runs to the end of its sentence.
bool ends_its_sentence(std::u32string_view text, internal::Span span) {
  return span.end == text.size() || internal::ends_sentence(text[span.end - 1]);
}

// The sentence that holds `span`, with its full stop.
internal::Span sentence_around(std::u32string_view text, internal::Span span) {
  return {static_cast<std::uint32_t>(internal::grow_back(text, span.begin, internal::ends_sentence)),
          end_after_stop(text, span.end, internal::ends_sentence)};
}

// The clause that holds `span`, with the clause before it and the clause after it in the
// same sentence, and the stop that ends the last.
internal::Span clauses_around(std::u32string_view text, internal::Span span) {
  std::size_t begin = internal::grow_back(text, span.begin, internal::ends_clause);
  if (begin > 0 && !internal::ends_sentence(text[begin - 1])) {
    begin = internal::grow_back(text, begin - 1, internal::ends_clause);
  }
  internal::Span clauses{static_cast<std::uint32_t>(begin), end_after_stop(text, span.end, internal::ends_clause)};
  if (!ends_its_sentence(text, clauses)) clauses.end = end_after_stop(text, clauses.end, internal::ends_clause);
  return clauses;
}

bool has_visible_text(const std::vector<char32_t>& normalized) {
  return std::any_of(normalized.begin(), normalized.end(),
                     [](char32_t c) { return !internal::is_white_space(c); });
}

}  // namespace

struct Classifier::State {
  explicit State(const internal::ModelData& model)
      : featurizer(model.settings.featurizer, model.char_map, model.brands.get()), scorer(model) {}

  // `Text` is std::string_view (UTF-8) or std::u16string_view.
  template <typename Text>
  Status classify(Text text, Text sender, float unsure_threshold, Result* result) {
    if (result == nullptr) return Status(StatusCode::kInvalidArgument, "result is null");
    featurizer.read(text, sender);
    internal::ClassScores probabilities;
    Status status = featurize_deciding_read(&probabilities);
    if (status.ok()) score(probabilities, unsure_threshold, result);
    return status;
  }
  internal::ClassScores probabilities_of(const std::vector<internal::Feature>& read) const {
    return scorer.probabilities(scorer.logits(read));
  }
  Status featurize_deciding_read(internal::ClassScores* probabilities);
  Status featurize_code_clauses(internal::ClassScores* probabilities, bool* decided);
  Status featurize_scam_behind_notice(internal::ClassScores* probabilities, bool* decided);
  void score(const internal::ClassScores& probabilities, float unsure_threshold, Result* result);
  void explain(std::size_t winner, Result* result);

  internal::Featurizer featurizer;
  internal::Scorer scorer;
  std::vector<internal::Feature> features;
  std::vector<internal::Feature> window_features;  // a window's, while choosing one
  internal::WindowScreen window_screen;
  bool screened_whole = false;  // window_screen holds the whole read's n-grams
  std::string normalized;  // filled by normalized_text(), which few callers need
  std::string feature_names;
  std::unique_ptr<internal::AttachedScratch> policy_scratch;
};

Classifier::Classifier(std::shared_ptr<const Model> model)
    : model_(std::move(model)), state_(std::make_unique<State>(Model::Access::data(*model_))) {}
Classifier::~Classifier() = default;
Classifier::Classifier(Classifier&&) noexcept = default;
Classifier& Classifier::operator=(Classifier&&) noexcept = default;

const Model& Classifier::model() const { return *model_; }
std::string_view Classifier::normalized_text() const {
  std::string& normalized = state_->normalized;
  normalized.clear();
  for (char32_t c : state_->featurizer.analysis().text()) internal::append_utf8(c, &normalized);
  return normalized;
}

const internal::MessageAnalysis& Classifier::Access::analysis(const Classifier& classifier) {
  return classifier.state_->featurizer.analysis();
}

std::unique_ptr<internal::AttachedScratch>& Classifier::Access::policy_scratch(Classifier& classifier) {
  return classifier.state_->policy_scratch;
}

Status Classifier::classify(std::string_view text, std::string_view sender, Result* result) {
  return state_->classify(text, sender, model_->unsure_threshold(), result);
}

Status Classifier::classify(std::u16string_view text, std::u16string_view sender,
                            Result* result) {
  return state_->classify(text, sender, model_->unsure_threshold(), result);
}

// A message longer than one window is judged as a whole (by its head and tail if longer
// than the model reads), unless that reads as personal and a window reads as marketing or
// fraud at kSurelySpam or more (the surest such window): chat padding must not hide a
// payload. A window is a fragment, so it must be sure: of dev's real personal messages
// glued into texts of 1,100 characters, 0.9 flags 6 in 200 (no threshold: 19) and still
// finds 126 in 200 scams padded with 600 characters of such chat on each side (none
// before windows). A notice or code that gives a number or link is judged by a window
// that reads as fraud at kSurelyFraud or more: a fake code's callback number (致电
// 171…) is a few characters against a code's many. Cross-validation: 1–4 scams fixed
// per seed, no notice or code lost; an ad tail is no reason. Windows are weighed by
// their n-grams first (kScreenRisk) and the few that could decide are read aside. A
// message read whole may be judged by a code's clauses (featurize_code_clauses) or by
// what is left without some of its parts (featurize_scam_behind_notice) first. What the
// policy reads (the analysis) stays the whole message's when it was read whole: its
// signature, numbers, links and code; of a longer one, the deciding window's.
// `probabilities` are those of the deciding read, which `features` then hold.
Status Classifier::State::featurize_deciding_read(internal::ClassScores* probabilities) {
  const auto likeliest = [](const internal::ClassScores& p) {
    const auto top = std::max_element(p.begin(), p.end());
    return std::pair(static_cast<Category>(top - p.begin()), *top);
  };
  if (Status status = featurizer.featurize_window(0, &features); !status.ok()) return status;
  *probabilities = probabilities_of(features);
  screened_whole = false;
  const Category whole = likeliest(*probabilities).first;
  bool decided = false;
  if (whole == Category::kMarketing) {
    if (Status status = featurize_code_clauses(probabilities, &decided); !status.ok() || decided) return status;
  } else if (whole == Category::kSecurity || whole == Category::kTransaction) {
    if (Status status = featurize_scam_behind_notice(probabilities, &decided); !status.ok() || decided) return status;
  }
  if (!featurizer.may_have_windows()) return {};
  const internal::MessageAnalysis& analysis = featurizer.analysis();
  const bool reachable = !analysis.links().empty() || !analysis.phone_numbers().empty();
  if (is_spam(whole) || (whole != Category::kPersonal && !reachable)) return {};
  const auto suspect = [&](Category window) {
    return whole == Category::kPersonal ? is_spam(window) : window == Category::kFraud;
  };
  bool longer = false;
  const auto shape = whole == Category::kPersonal ? internal::Featurizer::kPayloadWindows
                                                  : internal::Featurizer::kNoticeWindows;
  if (Status status = featurizer.featurize_windowed(shape, &window_features, &longer); !status.ok()) return status;
  if (featurizer.window_count() == 1) return {};
  if (!screened_whole) window_screen.index(scorer, longer ? window_features : features);
  const auto risk = [&](const internal::ClassScores& p) {
    const auto at = [&](Category c) { return p[static_cast<std::size_t>(c)]; };
    return whole == Category::kPersonal ? at(Category::kMarketing) + at(Category::kFraud) : at(Category::kFraud);
  };
  std::size_t riskiest = 0;
  float surest = whole == Category::kPersonal ? kSurelySpam : kSurelyFraud;
  internal::ClassScores riskiest_probabilities{};
  for (std::size_t window = 1; window < featurizer.window_count(); ++window) {
    if (risk(window_screen.estimate(scorer, featurizer.window_units(window))) < kScreenRisk) continue;
    if (Status status = featurizer.scan_window(window, &window_features); !status.ok()) return status;
    const internal::ClassScores window_probabilities = probabilities_of(window_features);
    const auto [category, probability] = likeliest(window_probabilities);
    if (suspect(category) && probability >= surest) {
      riskiest = window;
      surest = probability;
      riskiest_probabilities = window_probabilities;
    }
  }
  if (riskiest == 0) return {};
  // scan_window() read the same features: its scores stand for the window featurized now.
  if (Status status = featurizer.featurize_window(riskiest, &features); !status.ok()) return status;
  *probabilities = riskiest_probabilities;
  return {};
}

// An ad must not hide a code: a text read whole as marketing is judged by the clause that
// gives its verification code, with the clause before and after it in its sentence, when
// they alone read as security at kSurelyCode or more (验证码5297，您正在注册。 and three
// sentences selling courses; 验证码256091，用于登录，请勿转发，新人补贴专区… joined by commas);
// a coupon's or a promotion's code reads as the ad it is in. Measured in docs/model.md
// ("Sentences weighed apart", "A code's clauses").
Status Classifier::State::featurize_code_clauses(internal::ClassScores* probabilities, bool* decided) {
  using Part = internal::Featurizer::Part;
  *decided = false;
  const internal::MessageAnalysis& analysis = featurizer.analysis();
  if (!analysis.code() || !featurizer.read_whole()) return {};
  const internal::Span clauses = clauses_around(analysis.text(), analysis.code()->span);
  if (clauses.size() == analysis.text().size()) return {};
  if (Status status = featurizer.scan_part(clauses, Part::kSpan, &window_features); !status.ok()) return status;
  const internal::ClassScores clause_probabilities = probabilities_of(window_features);
  if (clause_probabilities[static_cast<std::size_t>(Category::kSecurity)] < kSurelyCode) return {};
  if (Status status = featurizer.featurize_part(clauses, Part::kSpan, &features); !status.ok()) return status;
  *probabilities = clause_probabilities;
  *decided = true;
  return {};
}

// A notice or a code must not launder a scam: a text read whole as security or
// transaction is read without each of its sentences in turn, without its code's clauses
// (clauses_around) and what follows them in their sentence, and without its opening
// clauses, and a rest that reads as fraud at kSurelyFraud or more, the surest, decides (a
// code's or a pickup notice's sentence put before 您的账户涉嫌洗钱…, or its clauses joined to
// it by a comma). Rests are weighed by their n-grams first (kScreenRisk), and the
// kMaxPartsRead riskiest are read. Measured in
// docs/model.md ("Sentences weighed apart", "A code's clauses").
Status Classifier::State::featurize_scam_behind_notice(internal::ClassScores* probabilities, bool* decided) {
  using Part = internal::Featurizer::Part;
  constexpr std::size_t kFraud = static_cast<std::size_t>(Category::kFraud);
  *decided = false;
  if (!featurizer.read_whole()) return {};
  const internal::MessageAnalysis& analysis = featurizer.analysis();
  const std::u32string_view text = analysis.text();
  const internal::Span first_sentence = sentence_around(text, {0, 0});
  const bool one_sentence = first_sentence.size() == text.size();
  // An anti-fraud broadcast's warning, read without its opening, reads as the scam it warns
  // of (【警政署提醒您】加LINE投資風險高，投資廣告勿輕信…): a text that warns against anything
  // or describes a scam is not read without its opening clauses.
  const bool read_openings = !analysis.warnings().any() && !internal::describes_scam(text);
  if (one_sentence && !analysis.code() && !read_openings) return {};
  window_screen.index(scorer, features);
  screened_whole = true;
  internal::TopN<internal::Span, kMaxPartsRead> riskiest_rests;
  const auto screen_without = [&](internal::Span part) {
    if (part.size() == text.size()) return;
    const float risk = window_screen.estimate_without(scorer, featurizer.span_units(part))[kFraud];
    if (risk >= kScreenRisk) riskiest_rests.offer(part, risk);
  };
  for (std::uint32_t begin = 0; !one_sentence && begin < text.size();) {
    const internal::Span sentence = sentence_around(text, {begin, begin});
    begin = sentence.end;
    screen_without(sentence);
  }
  if (analysis.code()) {
    // And without them grown a clause at a time to the end of their sentence: a code's
    // statement may run on (验证码…，您正在登录，5分钟内有效，请勿泄露，) before the scam.
    for (internal::Span part = clauses_around(text, analysis.code()->span);;
         part.end = end_after_stop(text, part.end, internal::ends_clause)) {
      screen_without(part);
      if (ends_its_sentence(text, part)) break;
    }
  }
  // And without its opening clauses, one more at a time: a notice's clauses joined to a
  // scam by a comma (…取件码 5-2-1234，请凭取件码领取，您的账户涉嫌洗钱…).
  for (internal::Span opening{0, 0}; read_openings;) {
    opening.end = end_after_stop(text, opening.end, internal::ends_clause);
    if (opening.end == text.size()) break;
    if (opening.end != first_sentence.end) screen_without(opening);  // else weighed with the sentences
  }
  internal::Span riskiest;
  float surest = kSurelyFraud;
  internal::ClassScores riskiest_probabilities{};
  for (const auto& rest : riskiest_rests) {
    if (Status status = featurizer.scan_part(rest.item, Part::kRest, &window_features); !status.ok()) return status;
    const internal::ClassScores rest_probabilities = probabilities_of(window_features);
    if (rest_probabilities[kFraud] >= surest) {
      riskiest = rest.item;
      surest = rest_probabilities[kFraud];
      riskiest_probabilities = rest_probabilities;
    }
  }
  if (riskiest.empty()) return {};
  if (Status status = featurizer.featurize_part(riskiest, Part::kRest, &features); !status.ok()) return status;
  *probabilities = riskiest_probabilities;
  *decided = true;
  return {};
}

void Classifier::State::score(const internal::ClassScores& probabilities, float unsure_threshold,
                              Result* result) {
  // An empty message would score the biases and the length marker alone: no verdict.
  if (!has_visible_text(featurizer.analysis().chars())) {
    *result = Result();
    result->probabilities.fill(1.0f / kCategoryCount);
    result->confidence = result->probabilities[0];
    result->unsure = true;
    return;
  }
  const auto winner = static_cast<std::size_t>(
      std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());
  result->category = static_cast<Category>(winner);
  result->probabilities = probabilities;
  result->confidence = probabilities[winner];
  result->unsure = result->confidence < unsure_threshold;
  explain(winner, result);
}

// The features that raised the winning class most above the others, each feature once.
// A marker is a run of identical features (featurizer.cc): it weighs as the whole run.
void Classifier::State::explain(std::size_t winner, Result* result) {
  internal::TopN<const internal::Feature*, kMaxExplainedFeatures> top;
  const internal::Scorer::ContributionWeights to_winner =
      scorer.contribution_weights(winner, internal::feature_value(features.size()));
  for (auto it = features.cbegin(); it != features.cend();) {
    const internal::Feature& feature = *it;
    const auto same = [&](const HashedFeature& f) { return f == feature; };
    const auto run_end = std::find_if_not(it + 1, features.cend(), same);
    const float weight = static_cast<float>(run_end - it) * scorer.contribution(feature, to_winner);
    it = run_end;
    // One comparison, not two: the kept weights are positive, so a weight under the least
    // of a full top is under zero too. Half the weights are negative: a branch on that
    // alone is mispredicted every other feature.
    const float floor = top.full() ? top.least_key() : 0.0f;
    if (weight <= floor) continue;
    // A repeated feature, or one that shares its row and sign, would add nothing new.
    if (std::any_of(top.begin(), top.end(), [&](const auto& kept) { return same(*kept.item); })) continue;
    top.offer(&feature, weight);
  }

  feature_names.clear();
  std::array<std::size_t, kMaxExplainedFeatures + 1> offsets{};
  for (std::size_t i = 0; i < top.size(); ++i) {
    featurizer.append_name(*top[i].item, &feature_names);
    offsets[i + 1] = feature_names.size();
  }
  for (std::size_t i = 0; i < top.size(); ++i) {
    result->top_features[i] = {
        std::string_view(feature_names).substr(offsets[i], offsets[i + 1] - offsets[i]),
        top[i].key};
  }
  result->top_feature_count = top.size();
}

}  // namespace smsfilter
