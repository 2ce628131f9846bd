// Classifies a message with the installed library's C++ API and default model.
#include <smsfilter/classifier.h>

#include <iostream>

int main() {
  smsfilter::Status status;
  auto model = smsfilter::Model::open_file(MODEL_PATH, &status);
  if (!model) {
    std::cerr << status.to_string() << "\n";
    return 1;
  }
  smsfilter::Classifier classifier(model);
  smsfilter::Result result;
  status = classifier.classify("【公安局】您的身份证涉嫌洗钱，请立即将资金转入安全账户配合调查。", "", &result);
  if (!status.ok()) {
    std::cerr << status.to_string() << "\n";
    return 1;
  }
  std::cout << "smsfilter (C++): " << smsfilter::category_name(result.category) << " "
            << result.confidence << "\n";
  return result.category == smsfilter::Category::kFraud ? 0 : 1;
}
