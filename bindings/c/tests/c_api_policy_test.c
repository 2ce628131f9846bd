/* The C API's policy functions, compiled as C99, with the default model: decisions and
 * their platform mapping, rules, flood control, feedback, saved states and errors.
 * usage: smsfilter_c_api_policy_test MODEL.smsf */
#include <string.h>

#include "check.h"
#include "smsfilter.h"

static const char kPolicy[] =
    "smsfilter-policy 1\n"
    "flood personal 1/hour\n"
    "allow sender 95588 id=icbc\n"
    "block keyword 裸聊 id=adult\n";

static const char kCode[] = "【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。";
static const char kScam[] =
    "【公安局】您的身份证涉嫌洗钱，请立即将资金转入安全账户6222021234567890123配合调查。";
static const char kPromotion[] = "【美团】双11狂欢价！外卖红包最高满50减20，点击 dpurl.cn/x8Kd 立即领取，回T退订";
static const char kPersonal[] = "妈，我今晚加班，不回家吃饭了，你们先吃。";
static const char kMobile[] = "13912345678";

static smsf_message message(const char *text, const char *sender) {
  smsf_message m = {text, strlen(text), sender, strlen(sender), false, 0};
  return m;
}

static smsf_message timed(const char *text, const char *sender, int64_t time) {
  smsf_message m = message(text, sender);
  m.has_time = true;
  m.time = time;
  return m;
}

static bool has_reason(const smsf_decision *d, smsf_reason_kind kind) {
  for (size_t i = 0; i < d->reason_count; ++i)
    if (d->reasons[i].kind == kind) return true;
  return false;
}

static void test_decisions(smsf_policy *policy, smsf_classifier *classifier) {
  smsf_decision d;
  smsf_message m = message(kCode, "95555");
  CHECK(smsf_decide(policy, classifier, &m, NULL, &d) == SMSF_STATUS_OK);
  CHECK(d.action == SMSF_ACTION_ALLOW && d.category == SMSF_CATEGORY_SECURITY && !d.unsure);
  CHECK(d.confidence == d.probabilities[SMSF_CATEGORY_SECURITY]);
  CHECK(d.apple_action == SMSF_APPLE_ACTION_ALLOW);
  CHECK(d.apple_sub_action == SMSF_APPLE_SUB_ACTION_NONE);
  CHECK(d.android_delivery == SMSF_ANDROID_NOTIFY);
  CHECK(d.code != NULL && strcmp(d.code, "482913") == 0);
  CHECK(d.code_issuer != NULL && strcmp(d.code_issuer, "招商银行") == 0);
  CHECK(d.reason_count == 1 && d.reasons[0].kind == SMSF_REASON_MODEL);
  CHECK(strcmp(d.reasons[0].rule_id, "") == 0);
  CHECK(d.reasons[0].value == d.confidence);
  CHECK(strncmp(d.reasons[0].detail, "security 1.00: ", 15) == 0);
  CHECK(strncmp(d.description, "allow (security 1.00): model", 28) == 0);
  CHECK(strstr(d.description, "482913") == NULL);

  m = message(kScam, kMobile);
  CHECK(smsf_decide(policy, classifier, &m, NULL, &d) == SMSF_STATUS_OK);
  CHECK(d.action == SMSF_ACTION_BLOCK && d.category == SMSF_CATEGORY_FRAUD);
  CHECK(d.apple_action == SMSF_APPLE_ACTION_JUNK && d.android_delivery == SMSF_ANDROID_BLOCK);
  CHECK(d.code == NULL && d.code_issuer == NULL);

  m = message(kPromotion, "10690001");
  CHECK(smsf_decide(policy, classifier, &m, NULL, &d) == SMSF_STATUS_OK);
  CHECK(d.action == SMSF_ACTION_MUTE && d.category == SMSF_CATEGORY_MARKETING);
  CHECK(d.apple_action == SMSF_APPLE_ACTION_PROMOTION);
  CHECK(d.apple_sub_action == SMSF_APPLE_SUB_ACTION_PROMOTIONAL_OTHERS);
  CHECK(d.android_delivery == SMSF_ANDROID_SILENT);

  m = message("在吗，裸聊看看", kMobile);
  CHECK(smsf_decide(policy, classifier, &m, NULL, &d) == SMSF_STATUS_OK);
  CHECK(d.action == SMSF_ACTION_BLOCK);
  CHECK(d.reason_count == 1 && d.reasons[0].kind == SMSF_REASON_RULE);
  CHECK(strcmp(d.reasons[0].rule_id, "adult") == 0);
}

/* Over the limit of one personal message an hour, a sender's next one is muted; messages
 * without a time are not counted. */
static void test_flood(smsf_policy *policy, smsf_classifier *classifier) {
  smsf_policy_state *state = NULL;
  CHECK(smsf_policy_state_new(&state) == SMSF_STATUS_OK);
  smsf_decision d;
  smsf_message untimed = message(kPersonal, kMobile);
  for (int i = 0; i < 3; ++i) {
    CHECK(smsf_decide(policy, classifier, &untimed, state, &d) == SMSF_STATUS_OK);
    CHECK(d.action == SMSF_ACTION_ALLOW);
  }
  smsf_message first = timed(kPersonal, kMobile, 1700000000);
  smsf_message second = timed(kPersonal, kMobile, 1700000060);
  CHECK(smsf_decide(policy, classifier, &first, state, &d) == SMSF_STATUS_OK);
  CHECK(d.action == SMSF_ACTION_ALLOW);
  CHECK(smsf_decide(policy, classifier, &second, state, &d) == SMSF_STATUS_OK);
  CHECK(d.action == SMSF_ACTION_MUTE && has_reason(&d, SMSF_REASON_FLOOD));
  CHECK(d.apple_action == SMSF_APPLE_ACTION_JUNK && d.android_delivery == SMSF_ANDROID_SILENT);
  smsf_policy_state_free(state);
}

/* "Spam" on a sender's message turns its next ones over; the saved state keeps that. */
static void test_feedback_and_saved_state(smsf_policy *policy, smsf_classifier *classifier) {
  smsf_policy_state *state = NULL, *restored = NULL;
  CHECK(smsf_policy_state_new(&state) == SMSF_STATUS_OK);
  CHECK(smsf_policy_state_new(&restored) == SMSF_STATUS_OK);
  smsf_message m = message(kPersonal, kMobile);
  CHECK(smsf_record_feedback(policy, classifier, &m, SMSF_FEEDBACK_SPAM, state) == SMSF_STATUS_OK);
  smsf_decision d;
  CHECK(smsf_decide(policy, classifier, &m, state, &d) == SMSF_STATUS_OK);
  CHECK(d.category == SMSF_CATEGORY_MARKETING && d.action == SMSF_ACTION_MUTE);
  CHECK(d.reasons[0].kind == SMSF_REASON_FEEDBACK && d.reasons[0].value > 0);

  void *bytes = NULL;
  size_t size = 0;
  CHECK(smsf_policy_state_save(state, &bytes, &size) == SMSF_STATUS_OK);
  CHECK(bytes != NULL && size > 12);
  CHECK(smsf_policy_state_restore(restored, bytes, size) == SMSF_STATUS_OK);
  CHECK(smsf_decide(policy, classifier, &m, restored, &d) == SMSF_STATUS_OK);
  CHECK(d.category == SMSF_CATEGORY_MARKETING && has_reason(&d, SMSF_REASON_FEEDBACK));

  /* A damaged state is refused and the state kept. */
  ((unsigned char *)bytes)[size - 1] ^= 1;
  CHECK(smsf_policy_state_restore(restored, bytes, size) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(strstr(smsf_last_error(), "checksum") != NULL);
  CHECK(smsf_decide(policy, classifier, &m, restored, &d) == SMSF_STATUS_OK);
  CHECK(has_reason(&d, SMSF_REASON_FEEDBACK));
  smsf_free(bytes);
  smsf_free(NULL);

  CHECK(smsf_record_feedback(policy, classifier, &m, SMSF_FEEDBACK_NOT_SPAM, state) ==
        SMSF_STATUS_OK);
  CHECK(smsf_decide(policy, classifier, &m, state, &d) == SMSF_STATUS_OK);
  CHECK(d.category == SMSF_CATEGORY_PERSONAL && d.action == SMSF_ACTION_ALLOW);
  smsf_policy_state_free(restored);
  smsf_policy_state_free(state);
}

static void test_errors(smsf_policy *policy, smsf_classifier *classifier) {
  static const char kBad[] = "smsfilter-policy 1\ncategory security block\n";
  smsf_policy *refused = (smsf_policy *)&failures;
  CHECK(smsf_policy_parse(kBad, strlen(kBad), &refused) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(refused == (smsf_policy *)&failures);
  CHECK(strlen(smsf_last_error()) > strlen("invalid argument: "));
  CHECK(smsf_policy_parse("", 0, &refused) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_policy_parse(NULL, 1, &refused) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_policy_parse(kPolicy, strlen(kPolicy), NULL) == SMSF_STATUS_INVALID_ARGUMENT);

  smsf_policy_state *state = NULL;
  CHECK(smsf_policy_state_new(&state) == SMSF_STATUS_OK);
  smsf_decision d, untouched;
  memset(&d, 0xAB, sizeof d);
  untouched = d;
  smsf_message m = message(kCode, "95555");
  smsf_message dangling = {NULL, 3, NULL, 0, false, 0};
  CHECK(smsf_decide(NULL, classifier, &m, state, &d) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_decide(policy, NULL, &m, state, &d) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_decide(policy, classifier, NULL, state, &d) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_decide(policy, classifier, &dangling, state, &d) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(memcmp(&d, &untouched, sizeof d) == 0);
  CHECK(smsf_decide(policy, classifier, &m, state, NULL) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(strstr(smsf_last_error(), "验证码") == NULL);

  CHECK(smsf_record_feedback(policy, classifier, &m, SMSF_FEEDBACK_SPAM, NULL) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_record_feedback(policy, classifier, &m, (smsf_feedback)2, state) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_record_feedback(policy, classifier, &dangling, SMSF_FEEDBACK_SPAM, state) ==
        SMSF_STATUS_INVALID_ARGUMENT);

  void *bytes = NULL;
  size_t size = 0;
  CHECK(smsf_policy_state_save(NULL, &bytes, &size) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_policy_state_save(state, NULL, &size) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_policy_state_restore(state, "SMPS", 4) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_policy_state_restore(state, NULL, 4) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_policy_state_restore(NULL, "", 0) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_policy_state_new(NULL) == SMSF_STATUS_INVALID_ARGUMENT);
  smsf_policy_state_free(NULL);
  smsf_policy_state_free(state);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s MODEL.smsf\n", argv[0]);
    return 2;
  }
  smsf_model *model = NULL;
  smsf_classifier *classifier = NULL;
  smsf_policy *policy = NULL;
  if (smsf_model_open_file(argv[1], &model) != SMSF_STATUS_OK ||
      smsf_classifier_new(model, &classifier) != SMSF_STATUS_OK ||
      smsf_policy_parse(kPolicy, strlen(kPolicy), &policy) != SMSF_STATUS_OK) {
    fprintf(stderr, "%s\n", smsf_last_error());
    return 1;
  }
  smsf_model_release(model);
  /* The decisions outlive the caller's own reference to the policy. */
  CHECK(smsf_policy_retain(policy) == policy);
  smsf_policy_release(policy);
  CHECK(smsf_policy_retain(NULL) == NULL);
  smsf_policy_release(NULL);

  test_decisions(policy, classifier);
  test_flood(policy, classifier);
  test_feedback_and_saved_state(policy, classifier);
  test_errors(policy, classifier);

  smsf_policy_release(policy);
  smsf_classifier_free(classifier);
  return report_failures();
}
