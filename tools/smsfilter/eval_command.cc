#include <algorithm>
#include <filesystem>
#include <map>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "commands.h"
#include "command_line.h"
#include "open_model.h"
#include "smsfilter/classifier.h"
#include "smsfilter/train/corpus_index.h"
#include "smsfilter/train/dataset.h"
#include "smsfilter/train/featurizer_spec.h"
#include "smsfilter/train/metrics.h"

namespace smsfilter::cli {
namespace {

struct Prediction {
  train::Example example;
  Category predicted;
  float confidence;
};

// The per-kind tables, in the order printed; a kind with no messages is left out.
constexpr std::pair<train::SourceKind, const char*> kSourceKindTitles[] = {
    {train::SourceKind::kReal, "real messages"},
    {train::SourceKind::kHandwritten, "hand-composed messages (handwritten)"},
    {train::SourceKind::kComposed, "hand-composed messages (composed:*)"},
    {train::SourceKind::kSynth, "template-generated messages (synth), reported apart"},
};

void print_metrics(const char* title, const train::ConfusionMatrix& m) {
  fmt::print("\n== {} ({} messages)\naccuracy {:.4f}  macro-F1 {:.4f}\n", title, m.total(),
             m.accuracy(), m.macro_f1());
  fmt::print("{:<12} {:>9} {:>9} {:>9} {:>8}\n", "category", "precision", "recall", "F1", "support");
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    const auto cat = static_cast<Category>(c);
    fmt::print("{:<12} {:>9.4f} {:>9.4f} {:>9.4f} {:>8}\n", kCategoryNames[c], m.precision(cat),
               m.recall(cat), m.f1(cat), m.support(cat));
  }
}

void print_confusion(const train::ConfusionMatrix& m) {
  fmt::print("\nconfusion (rows: truth, columns: predicted)\n{:<12}", "");
  for (std::string_view name : kCategoryNames) fmt::print(" {:>11}", name);
  fmt::print("\n");
  for (std::size_t t = 0; t < kCategoryCount; ++t) {
    fmt::print("{:<12}", kCategoryNames[t]);
    for (std::size_t p = 0; p < kCategoryCount; ++p)
      fmt::print(" {:>11}", m.count(static_cast<Category>(t), static_cast<Category>(p)));
    fmt::print("\n");
  }
}

// The user's own security and transaction messages predicted marketing or fraud: the
// messages that a filter would hide from them.
struct OwnAccountLoss {
  std::size_t lost = 0, own = 0;
  double share() const { return own ? static_cast<double>(lost) / static_cast<double>(own) : 0.0; }
};

OwnAccountLoss own_account_loss(const train::ConfusionMatrix& m) {
  OwnAccountLoss loss;
  for (Category truth : {Category::kSecurity, Category::kTransaction}) {
    loss.own += m.support(truth);
    loss.lost += m.count(truth, Category::kMarketing) + m.count(truth, Category::kFraud);
  }
  return loss;
}

// One line per corpus (and per script where a corpus mixes them). Without the corpus
// files to index, a corpus is only what its sources start with ("web", "github").
void print_corpora(const std::map<std::string, train::ConfusionMatrix>& corpora, bool indexed) {
  fmt::print("\n== per corpus{}\n",
             indexed ? "" : " (no corpus files found: sources grouped by their prefix; pass --corpora DATA/real)");
  fmt::print("{:<36} {:>8} {:>9} {:>9} {:>10} {:>10}\n", "corpus", "messages", "accuracy", "macro-F1", "sec.recall",
             "own lost");
  for (const auto& [name, m] : corpora) {
    const OwnAccountLoss loss = own_account_loss(m);
    const std::string recall = m.support(Category::kSecurity) ? fmt::format("{:.4f}", m.recall(Category::kSecurity)) : "-";
    fmt::print("{:<36} {:>8} {:>9.4f} {:>9.4f} {:>10} {:>10}\n", name, m.total(), m.accuracy(), m.macro_f1(),
               recall, fmt::format("{}/{}", loss.lost, loss.own));
  }
}

// The data's real/ beside the data file, when there.
std::optional<std::string> default_corpora(const std::string& data) {
  const auto real = std::filesystem::path(data).parent_path() / "real";
  if (!std::filesystem::is_directory(real)) return std::nullopt;
  return real.string();
}

void print_worst(std::vector<Prediction> predictions, std::size_t n) {
  predictions.erase(std::remove_if(predictions.begin(), predictions.end(),
                                   [](const Prediction& p) { return p.predicted == p.example.label; }),
                    predictions.end());
  std::stable_sort(predictions.begin(), predictions.end(),
                   [](const Prediction& a, const Prediction& b) { return a.confidence > b.confidence; });
  fmt::print("\nmost confident mistakes ({} of {}):\n", std::min(n, predictions.size()), predictions.size());
  for (std::size_t i = 0; i < n && i < predictions.size(); ++i) {
    const Prediction& p = predictions[i];
    fmt::print("{} -> {} {:.2f} [{}] {}\n", category_name(p.example.label), category_name(p.predicted),
               p.confidence, p.example.source, train::escape_field(p.example.text));
  }
}

}  // namespace

int run_eval(int argc, char** argv) {
  CommandLine args(argc, argv, {});
  args.check_known({"model", "data", "corpora", "worst"});
  const auto worst = static_cast<std::size_t>(args.get_whole("worst", 10));
  if (!args.ok() || !args.has("data")) {
    fmt::print(stderr, "usage: smsfilter eval [--model M] --data TEST.tsv [--corpora REAL_DIR] [--worst N]\n{}\n",
               args.error());
    return 2;
  }
  const auto model = open_model(args.get("model"));
  if (!model) return 1;
  Classifier classifier(model);
  const train::CharMapEntries char_map = train::spec_of(*model).char_map;

  train::CorpusIndex corpora;
  Status status;
  const auto corpora_dir = args.has("corpora") ? args.get("corpora") : default_corpora(*args.get("data"));
  const bool indexed = corpora_dir.has_value();
  if (indexed) status = corpora.load(*corpora_dir);
  train::DatasetReader reader;
  if (status.ok()) status = reader.open(*args.get("data"));
  std::vector<Prediction> predictions;
  train::ConfusionMatrix headline;
  // The headline's messages the model is unsure of: a host leaves them alone
  // (Result::unsure), so an own-account message among them is not lost.
  train::ConfusionMatrix headline_unsure;
  train::Calibration calibration;
  std::array<train::ConfusionMatrix, train::kSourceKindCount> by_source;  // indexed by train::SourceKind
  std::map<std::string, train::ConfusionMatrix> by_corpus;
  std::size_t unsure = 0;
  for (train::Example example; status.ok() && reader.next(&example);) {
    Result result;
    status = classifier.classify(example.text, example.sender, &result);
    const train::SourceKind kind = train::source_kind(example.source);
    by_source[static_cast<std::size_t>(kind)].add(example.label, result.category);
    if (kind != train::SourceKind::kSynth) {
      headline.add(example.label, result.category);
      if (result.unsure) headline_unsure.add(example.label, result.category);
    }
    std::string corpus = corpora.corpus_of(example.source);
    if (train::is_traditional(example.text, char_map)) corpus += " (Traditional)";
    by_corpus[corpus].add(example.label, result.category);
    unsure += result.unsure;
    calibration.add(result.confidence, result.category == example.label);
    predictions.push_back({std::move(example), result.category, result.confidence});
  }
  if (status.ok()) status = reader.status();
  if (!status.ok()) {
    fmt::print(stderr, "smsfilter eval: {}\n", status.to_string());
    return 1;
  }
  // Template rows are easy to fit and say little about messages nobody has seen: the
  // headline is real and hand-composed messages, template rows are reported apart.
  print_metrics("real + hand-composed messages", headline);
  print_confusion(headline);
  for (const auto& [kind, title] : kSourceKindTitles) {
    const train::ConfusionMatrix& m = by_source[static_cast<std::size_t>(kind)];
    if (m.total()) print_metrics(title, m);
  }
  print_corpora(by_corpus, indexed);
  const OwnAccountLoss loss = own_account_loss(headline);
  fmt::print("\nreal + hand-composed: security recall {:.4f}; own-account messages (security + transaction) "
             "predicted marketing/fraud {}/{} = {:.4f}, {} of them unsure\n",
             headline.recall(Category::kSecurity), loss.lost, loss.own, loss.share(),
             own_account_loss(headline_unsure).lost);
  fmt::print("expected calibration error {:.4f} (all rows)\n", calibration.expected_error());
  fmt::print("unsure (top probability < {:.2f}): {} of {}\n", model->unsure_threshold(), unsure,
             predictions.size());
  print_worst(std::move(predictions), worst);
  return 0;
}

}  // namespace smsfilter::cli
