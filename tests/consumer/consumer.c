/* Classifies a message with the installed library's C API and default model. */
#include <stdio.h>
#include <string.h>

#include <smsfilter.h>

int main(void) {
  static const char kText[] = "【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。";
  smsf_model *model = NULL;
  smsf_classifier *classifier = NULL;
  const smsf_result *result = NULL;
  if (smsf_model_open_file(MODEL_PATH, &model) != SMSF_STATUS_OK ||
      smsf_classifier_new(model, &classifier) != SMSF_STATUS_OK ||
      smsf_classify_utf8(classifier, kText, strlen(kText), "95555", 5, &result) != SMSF_STATUS_OK) {
    fprintf(stderr, "%s\n", smsf_last_error());
    return 1;
  }
  const smsf_category category = smsf_result_category(result);
  printf("smsfilter %s (C): %s %.2f\n", smsf_version(), smsf_category_name(category),
         smsf_result_confidence(result));
  smsf_classifier_free(classifier);
  smsf_model_release(model);
  return category == SMSF_CATEGORY_SECURITY ? 0 : 1;
}
