/* Threads share one model through the C API, each with its own classifier, retaining and
 * releasing the model as they go; each thread's last error is its own. Run under TSan by
 * ./run.sh sanitize. usage: smsfilter_c_api_threads_test MODEL.smsf */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "smsfilter.h"

enum { kThreads = 8, kRounds = 1000 };

static const char kText[] = "【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。";

/* What a result says, kept past the classifier's next call. */
typedef struct {
  smsf_category category;
  float probabilities[5];
} Outcome;

static Outcome outcome_of(const smsf_result *result) {
  Outcome o;
  memset(&o, 0, sizeof o);
  o.category = smsf_result_category(result);
  for (int i = 0; i < 5; ++i) o.probabilities[i] = smsf_result_probability(result, (smsf_category)i);
  return o;
}

typedef struct {
  smsf_model *model; /* a reference taken for the thread, which releases it */
  int id;
  Outcome expected;
  int failures;
} Job;

static void *run(void *arg) {
  Job *job = (Job *)arg;
  smsf_classifier *classifier = NULL;
  const smsf_status created = smsf_classifier_new(job->model, &classifier);
  smsf_model_release(job->model);
  if (created != SMSF_STATUS_OK) {
    job->failures++;
    return NULL;
  }
  for (int round = 0; round < kRounds; ++round) {
    const smsf_result *result = NULL;
    if (smsf_classify_utf8(classifier, kText, strlen(kText), "95555", 5, &result) != SMSF_STATUS_OK) {
      job->failures++;
    } else {
      const Outcome outcome = outcome_of(result);
      if (memcmp(&outcome, &job->expected, sizeof outcome) != 0) job->failures++;
    }
    /* Odd threads fail a call every round; even threads must keep seeing no error. */
    if (job->id % 2 == 1) {
      if (smsf_classify_utf8(classifier, NULL, 1, NULL, 0, &result) != SMSF_STATUS_INVALID_ARGUMENT)
        job->failures++;
    } else if (strcmp(smsf_last_error(), "") != 0) {
      job->failures++;
    }
  }
  smsf_classifier_free(classifier);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s MODEL.smsf\n", argv[0]);
    return 2;
  }
  smsf_model *model = NULL;
  smsf_classifier *classifier = NULL;
  const smsf_result *result = NULL;
  if (smsf_model_open_file(argv[1], &model) != SMSF_STATUS_OK ||
      smsf_classifier_new(model, &classifier) != SMSF_STATUS_OK ||
      smsf_classify_utf8(classifier, kText, strlen(kText), "95555", 5, &result) != SMSF_STATUS_OK) {
    fprintf(stderr, "setup failed: %s\n", smsf_last_error());
    return 1;
  }
  const Outcome expected = outcome_of(result);
  smsf_classifier_free(classifier);

  Job jobs[kThreads];
  pthread_t threads[kThreads];
  for (int i = 0; i < kThreads; ++i) {
    jobs[i] = (Job){smsf_model_retain(model), i, expected, 0};
    if (pthread_create(&threads[i], NULL, run, &jobs[i]) != 0) return 1;
  }
  smsf_model_release(model); /* while the threads release theirs */
  int failures = 0;
  for (int i = 0; i < kThreads; ++i) {
    pthread_join(threads[i], NULL);
    failures += jobs[i].failures;
  }
  printf("%d threads x %d rounds: %d failures\n", kThreads, kRounds, failures);
  return failures == 0 ? 0 : 1;
}
