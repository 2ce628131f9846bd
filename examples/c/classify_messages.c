/* Classifies each message given on the command line with the C API.
 * usage: classify_messages MODEL.smsf MESSAGE... */
#include <stdio.h>
#include <string.h>

#include "smsfilter.h"

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s MODEL.smsf MESSAGE...\n", argv[0]);
    return 2;
  }
  /* One model per process, shared by every thread; one classifier per thread. */
  smsf_model *model = NULL;
  smsf_classifier *classifier = NULL;
  if (smsf_model_open_file(argv[1], &model) != SMSF_STATUS_OK ||
      smsf_classifier_new(model, &classifier) != SMSF_STATUS_OK) {
    fprintf(stderr, "%s\n", smsf_last_error());
    smsf_model_release(model);
    return 1;
  }
  smsf_model_release(model); /* the classifier holds its own reference */

  int status = 0;
  for (int i = 2; i < argc; ++i) {
    const char *text = argv[i];
    const smsf_result *result = NULL;
    if (smsf_classify_utf8(classifier, text, strlen(text), NULL, 0, &result) != SMSF_STATUS_OK) {
      fprintf(stderr, "%s\n", smsf_last_error());
      status = 1;
      continue;
    }
    printf("%-11s %.2f%s  %s\n            because of",
           smsf_category_name(smsf_result_category(result)), smsf_result_confidence(result),
           smsf_result_unsure(result) ? " (unsure)" : "", text);
    for (size_t f = 0; f < smsf_result_feature_count(result); ++f)
      printf("%s %s %+.2f", f == 0 ? "" : ",", smsf_result_feature_name(result, f),
             smsf_result_feature_weight(result, f));
    printf("\n");
  }
  smsf_classifier_free(classifier);
  return status;
}
