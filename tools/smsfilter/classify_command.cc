#include <iostream>
#include <string>

#include <fmt/core.h>

#include "commands.h"
#include "json.h"
#include "command_line.h"
#include "open_model.h"
#include "smsfilter/classifier.h"
#include "smsfilter/train/dataset.h"

namespace smsfilter::cli {
namespace {

std::string json_result(const Result& r) {
  std::string out = fmt::format("{{\"category\":\"{}\",\"confidence\":{:.4f},\"unsure\":{},\"probabilities\":{{",
                                category_name(r.category), r.confidence, r.unsure);
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    out += fmt::format("{}\"{}\":{:.4f}", c ? "," : "", kCategoryNames[c], r.probabilities[c]);
  }
  out += "},\"features\":[";
  for (std::size_t i = 0; i < r.top_feature_count; ++i) {
    out += fmt::format("{}{{\"feature\":{},\"weight\":{:.4f}}}", i ? "," : "",
                       json_string(r.top_features[i].feature), r.top_features[i].weight);
  }
  return out + "]}";
}

std::string human_result(const Result& r) {
  std::string out = fmt::format("{:<11} {:.2f}{}", category_name(r.category), r.confidence,
                                r.unsure ? " (unsure)" : "");
  for (std::size_t i = 0; i < r.top_feature_count; ++i) {
    out += fmt::format("{}{}", i ? ", " : "  because ", r.top_features[i].feature);
  }
  return out;
}

class Printer {
 public:
  Printer(Classifier* classifier, bool json) : classifier_(classifier), json_(json) {}

  // Prints one message's result; false (after printing why) if it could not be classified.
  bool print(const std::string& text, const std::string& sender, const char* truth) {
    Result result;
    const Status status = classifier_->classify(text, sender, &result);
    if (!status.ok()) {
      fmt::print(stderr, "smsfilter: {}\n", status.to_string());
      return false;
    }
    if (json_) {
      fmt::print("{{\"text\":{},{}{}\n", json_string(text),
                 truth ? fmt::format("\"truth\":\"{}\",", truth) : "", json_result(result).substr(1));
    } else {
      fmt::print("{}{}\t{}\n", truth ? fmt::format("[{}] ", truth) : "", human_result(result), terminal_text(text));
    }
    return true;
  }

 private:
  Classifier* classifier_;
  bool json_;
};

}  // namespace

int run_classify(int argc, char** argv) {
  CommandLine args(argc, argv, {"json"});
  args.check_known({"model", "sender", "json", "data"});
  if (!args.ok()) {
    fmt::print(stderr, "smsfilter classify: {}\n", args.error());
    return 2;
  }
  const auto model = open_model(args.get("model"));
  if (!model) return 1;
  Classifier classifier(model);
  Printer printer(&classifier, args.has("json"));
  bool ok = true;

  if (const auto data = args.get("data")) {
    train::DatasetReader reader;
    Status status = reader.open(*data);
    train::Example example;
    while (status.ok() && reader.next(&example)) {
      ok &= printer.print(example.text, example.sender, category_name(example.label).data());
    }
    if (status.ok()) status = reader.status();
    if (!status.ok()) {
      fmt::print(stderr, "smsfilter classify: {}\n", status.to_string());
      return 1;
    }
    return ok ? 0 : 1;
  }
  const std::string sender = args.get_or("sender", "");
  if (!args.positional().empty()) {
    for (const std::string& text : args.positional()) ok &= printer.print(text, sender, nullptr);
  } else {
    for (std::string line; std::getline(std::cin, line);) ok &= printer.print(line, sender, nullptr);
  }
  return ok ? 0 : 1;
}

}  // namespace smsfilter::cli
