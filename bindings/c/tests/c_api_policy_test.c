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
static const char kDebit[] = "【招商银行】您尾号1234的账户于12月1日支出人民币100.00元，余额2000.00元。";
static const char kPersonal[] = "妈，我今晚加班，不回家吃饭了，你们先吃。";
static const char kMobile[] = "13912345678";

/* Decides `text` from `sender`; NULL when that fails. */
static const smsf_decision *decide_at(smsf_policy *policy, smsf_classifier *classifier,
                                      const char *text, const char *sender, int64_t time,
                                      smsf_policy_state *state) {
  const smsf_decision *d = NULL;
  if (smsf_decide_utf8(policy, classifier, text, strlen(text), sender, strlen(sender), time,
                       state, &d) != SMSF_STATUS_OK)
    return NULL;
  return d;
}

static const smsf_decision *decide(smsf_policy *policy, smsf_classifier *classifier,
                                   const char *text, const char *sender,
                                   smsf_policy_state *state) {
  return decide_at(policy, classifier, text, sender, SMSF_TIME_UNKNOWN, state);
}

static smsf_status feedback(smsf_policy *policy, smsf_classifier *classifier, const char *text,
                            const char *sender, smsf_feedback verdict, smsf_policy_state *state) {
  return smsf_record_feedback_utf8(policy, classifier, text, strlen(text), sender, strlen(sender),
                                   verdict, state);
}

static bool has_reason(const smsf_decision *d, smsf_reason_kind kind) {
  for (size_t i = 0; i < smsf_decision_reason_count(d); ++i)
    if (smsf_decision_reason_kind(d, i) == kind) return true;
  return false;
}

/* ASCII and the BMP only, which is all the tests need. */
static size_t to_utf16(const char *utf8, uint16_t *out) {
  const unsigned char *p = (const unsigned char *)utf8;
  size_t n = 0;
  while (*p != 0) {
    if (*p < 0x80) {
      out[n++] = *p++;
    } else if (*p < 0xE0) {
      out[n++] = (uint16_t)((p[0] & 0x1F) << 6 | (p[1] & 0x3F));
      p += 2;
    } else {
      out[n++] = (uint16_t)((p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F));
      p += 3;
    }
  }
  return n;
}

static void test_decisions(smsf_policy *policy, smsf_classifier *classifier) {
  const smsf_decision *d = decide(policy, classifier, kCode, "95555", NULL);
  CHECK(d != NULL);
  if (d == NULL) return;
  CHECK(smsf_decision_action(d) == SMSF_ACTION_ALLOW);
  CHECK(smsf_decision_category(d) == SMSF_CATEGORY_SECURITY && !smsf_decision_unsure(d));
  CHECK(smsf_decision_confidence(d) == smsf_decision_probability(d, SMSF_CATEGORY_SECURITY));
  CHECK(smsf_decision_probability(d, (smsf_category)7) == 0);
  CHECK(smsf_decision_apple_action(d) == SMSF_APPLE_ACTION_ALLOW);
  CHECK(smsf_decision_apple_sub_action(d) == SMSF_APPLE_SUB_ACTION_NONE);
  /* An allowed debit alert without a code: filed in Transactions, Finance (the policy's
   * default "apple allowed folders"); Android notifies as for any allowed message. */
  const smsf_decision *debit = decide(policy, classifier, kDebit, "95555", NULL);
  CHECK(debit != NULL && smsf_decision_action(debit) == SMSF_ACTION_ALLOW &&
        smsf_decision_sub_kind(debit) == SMSF_SUB_KIND_TRANSACTIONAL_FINANCE);
  CHECK(debit != NULL && smsf_decision_apple_action(debit) == SMSF_APPLE_ACTION_TRANSACTION &&
        smsf_decision_apple_sub_action(debit) == SMSF_APPLE_SUB_ACTION_TRANSACTIONAL_FINANCE &&
        smsf_decision_android_delivery(debit) == SMSF_ANDROID_NOTIFY);
  d = decide(policy, classifier, kCode, "95555", NULL);
  CHECK(smsf_decision_android_delivery(d) == SMSF_ANDROID_NOTIFY);
  CHECK(smsf_decision_code(d) != NULL && strcmp(smsf_decision_code(d), "482913") == 0);
  CHECK(smsf_decision_code_issuer(d) != NULL &&
        strcmp(smsf_decision_code_issuer(d), "招商银行") == 0);
  CHECK(smsf_decision_reason_count(d) == 3 &&
        smsf_decision_reason_kind(d, 0) == SMSF_REASON_MODEL);
  CHECK(smsf_decision_reason_kind(d, 1) == SMSF_REASON_CODE &&
        smsf_decision_reason_kind(d, 2) == SMSF_REASON_OFFICIAL_SENDER);
  CHECK(strcmp(smsf_decision_organization(d), "cmb") == 0 &&
        smsf_decision_organization_kind(d) == SMSF_ORGANIZATION_BANK);
  CHECK(strcmp(smsf_decision_reason_rule_id(d, 0), "") == 0);
  CHECK(smsf_decision_reason_value(d, 0) == smsf_decision_confidence(d));
  CHECK(smsf_decision_reason_category(d, 0) == SMSF_CATEGORY_SECURITY);
  CHECK(strcmp(smsf_decision_reason_organization(d, 2), "cmb") == 0 &&
        strcmp(smsf_decision_reason_organization_name(d, 2), "招商银行") == 0);
  CHECK(smsf_decision_reason_contact_kind(d, 2) == SMSF_CONTACT_NONE &&
        strcmp(smsf_decision_reason_host(d, 2), "") == 0);
  {
    char text[64];
    CHECK(smsf_decision_reason_text(d, 2, SMSF_LANGUAGE_ZH_CN, text, sizeof text) ==
              strlen("来自招商银行的官方号码") &&
          strcmp(text, "来自招商银行的官方号码") == 0);
    /* Cut as snprintf cuts: the whole length returned, a NUL at the end of the buffer. */
    CHECK(smsf_decision_reason_text(d, 2, SMSF_LANGUAGE_EN, text, 5) ==
              strlen("Sent from an official number of 招商银行") &&
          strcmp(text, "Sent") == 0);
    CHECK(smsf_decision_reason_text(d, 2, SMSF_LANGUAGE_EN, NULL, 0) > 0);
  }
  CHECK(smsf_decision_sub_kind(d) == SMSF_SUB_KIND_TRANSACTIONAL_FINANCE);
  CHECK(strcmp(smsf_decision_description(d),
               "allow (security 1.00, transactional_finance): model, code, official_sender") == 0);
  /* Past the last reason: neutral values, never a read out of bounds. */
  CHECK(smsf_decision_reason_kind(d, 3) == SMSF_REASON_MODEL);
  CHECK(strcmp(smsf_decision_reason_rule_id(d, 3), "") == 0);
  CHECK(strcmp(smsf_decision_reason_host(d, 5), "") == 0);
  CHECK(smsf_decision_reason_value(d, 3) == 0);
  {
    char text[8] = "x";
    CHECK(smsf_decision_reason_text(d, 3, SMSF_LANGUAGE_EN, text, sizeof text) == 0 &&
          text[0] == '\0');
  }

  d = decide(policy, classifier, kScam, kMobile, NULL);
  CHECK(d != NULL && smsf_decision_action(d) == SMSF_ACTION_BLOCK &&
        smsf_decision_category(d) == SMSF_CATEGORY_FRAUD);
  CHECK(d != NULL && smsf_decision_apple_action(d) == SMSF_APPLE_ACTION_JUNK &&
        smsf_decision_android_delivery(d) == SMSF_ANDROID_BLOCK);
  CHECK(d != NULL && smsf_decision_code(d) == NULL && smsf_decision_code_issuer(d) == NULL);
  /* Named in the signature, sent from a mobile. */
  CHECK(d != NULL && strcmp(smsf_decision_organization(d), "police_anti_fraud") == 0 &&
        smsf_decision_organization_kind(d) == SMSF_ORGANIZATION_GOVERNMENT);

  d = decide(policy, classifier, kPromotion, "10690001", NULL);
  CHECK(d != NULL && smsf_decision_action(d) == SMSF_ACTION_MUTE &&
        smsf_decision_category(d) == SMSF_CATEGORY_MARKETING);
  CHECK(d != NULL && smsf_decision_apple_action(d) == SMSF_APPLE_ACTION_PROMOTION);
  /* A red packet to claim: the Coupons folder. */
  CHECK(d != NULL && smsf_decision_sub_kind(d) == SMSF_SUB_KIND_PROMOTIONAL_COUPONS &&
        smsf_decision_apple_sub_action(d) == SMSF_APPLE_SUB_ACTION_PROMOTIONAL_COUPONS);
  CHECK(d != NULL && smsf_decision_android_delivery(d) == SMSF_ANDROID_SILENT);

  d = decide(policy, classifier, "在吗，裸聊看看", kMobile, NULL);
  CHECK(d != NULL && smsf_decision_action(d) == SMSF_ACTION_BLOCK);
  CHECK(d != NULL && smsf_decision_reason_count(d) == 1 &&
        smsf_decision_reason_kind(d, 0) == SMSF_REASON_RULE);
  CHECK(d != NULL && strcmp(smsf_decision_reason_rule_id(d, 0), "adult") == 0);
}

/* The UTF-16 calls decide and record feedback as the UTF-8 ones do. */
static void test_utf16(smsf_policy *policy, smsf_classifier *classifier) {
  uint16_t text[128], sender[16];
  const size_t text_length = to_utf16(kCode, text);
  const size_t sender_length = to_utf16("95555", sender);
  const smsf_decision *d = NULL;
  CHECK(smsf_decide_utf16(policy, classifier, text, text_length, sender, sender_length,
                          SMSF_TIME_UNKNOWN, NULL, &d) == SMSF_STATUS_OK);
  CHECK(d != NULL && smsf_decision_action(d) == SMSF_ACTION_ALLOW &&
        smsf_decision_category(d) == SMSF_CATEGORY_SECURITY);
  CHECK(d != NULL && strcmp(smsf_decision_code(d), "482913") == 0 &&
        strcmp(smsf_decision_code_issuer(d), "招商银行") == 0);
  const float utf16_confidence = d ? smsf_decision_confidence(d) : -1;
  d = decide(policy, classifier, kCode, "95555", NULL);
  CHECK(d != NULL && smsf_decision_confidence(d) == utf16_confidence);

  /* A rule reads the converted text, and a lone surrogate is read as U+FFFD. */
  uint16_t adult[32];
  size_t adult_length = to_utf16("在吗，裸聊看看", adult);
  adult[adult_length++] = 0xD800;
  CHECK(smsf_decide_utf16(policy, classifier, adult, adult_length, NULL, 0, SMSF_TIME_UNKNOWN,
                          NULL, &d) == SMSF_STATUS_OK);
  CHECK(d != NULL && strcmp(smsf_decision_reason_rule_id(d, 0), "adult") == 0);

  smsf_policy_state *state = NULL;
  CHECK(smsf_policy_state_new(&state) == SMSF_STATUS_OK);
  const size_t personal_length = to_utf16(kPersonal, text);
  const size_t mobile_length = to_utf16(kMobile, sender);
  CHECK(smsf_record_feedback_utf16(policy, classifier, text, personal_length, sender,
                                   mobile_length, SMSF_FEEDBACK_SPAM, state) == SMSF_STATUS_OK);
  d = decide(policy, classifier, kPersonal, kMobile, state);
  CHECK(d != NULL && has_reason(d, SMSF_REASON_FEEDBACK));
  CHECK(smsf_decide_utf16(policy, classifier, NULL, 1, NULL, 0, SMSF_TIME_UNKNOWN, state, &d) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_record_feedback_utf16(policy, classifier, text, personal_length, NULL, 2,
                                   SMSF_FEEDBACK_SPAM, state) == SMSF_STATUS_INVALID_ARGUMENT);
  smsf_policy_state_free(state);
}

/* Over the limit of one personal message an hour, a sender's next one is muted; messages
 * without a time are not counted. */
static void test_flood(smsf_policy *policy, smsf_classifier *classifier) {
  smsf_policy_state *state = NULL;
  CHECK(smsf_policy_state_new(&state) == SMSF_STATUS_OK);
  const smsf_decision *d;
  for (int i = 0; i < 3; ++i) {
    d = decide(policy, classifier, kPersonal, kMobile, state);
    CHECK(d != NULL && smsf_decision_action(d) == SMSF_ACTION_ALLOW);
    CHECK(d != NULL && strcmp(smsf_decision_organization(d), "") == 0 &&
          smsf_decision_organization_kind(d) == SMSF_ORGANIZATION_NONE);
  }
  d = decide_at(policy, classifier, kPersonal, kMobile, 1700000000, state);
  CHECK(d != NULL && smsf_decision_action(d) == SMSF_ACTION_ALLOW);
  d = decide_at(policy, classifier, kPersonal, kMobile, 1700000060, state);
  CHECK(d != NULL && smsf_decision_action(d) == SMSF_ACTION_MUTE &&
        has_reason(d, SMSF_REASON_FLOOD));
  /* The flood reason: 2 personal messages within an hour, over the limit of 1. */
  const size_t flood = d ? smsf_decision_reason_count(d) - 1 : 0;
  CHECK(d != NULL && smsf_decision_reason_kind(d, flood) == SMSF_REASON_FLOOD &&
        smsf_decision_reason_category(d, flood) == SMSF_CATEGORY_PERSONAL &&
        smsf_decision_reason_value(d, flood) == 2 &&
        smsf_decision_reason_threshold(d, flood) == 1 &&
        smsf_decision_reason_window_seconds(d, flood) == 3600);
  CHECK(d != NULL && smsf_decision_apple_action(d) == SMSF_APPLE_ACTION_JUNK &&
        smsf_decision_android_delivery(d) == SMSF_ANDROID_SILENT);
  smsf_policy_state_free(state);
}

/* "Spam" on a sender's message turns its next ones over; the saved state keeps that. */
static void test_feedback_and_saved_state(smsf_policy *policy, smsf_classifier *classifier) {
  smsf_policy_state *state = NULL, *restored = NULL;
  CHECK(smsf_policy_state_new(&state) == SMSF_STATUS_OK);
  CHECK(smsf_policy_state_new(&restored) == SMSF_STATUS_OK);
  CHECK(feedback(policy, classifier, kPersonal, kMobile, SMSF_FEEDBACK_SPAM, state) ==
        SMSF_STATUS_OK);
  const smsf_decision *d = decide(policy, classifier, kPersonal, kMobile, state);
  CHECK(d != NULL && smsf_decision_category(d) == SMSF_CATEGORY_MARKETING &&
        smsf_decision_action(d) == SMSF_ACTION_MUTE);
  CHECK(d != NULL && smsf_decision_reason_kind(d, 0) == SMSF_REASON_FEEDBACK &&
        smsf_decision_reason_value(d, 0) > 0);

  void *bytes = NULL;
  size_t size = 0;
  CHECK(smsf_policy_state_save(state, &bytes, &size) == SMSF_STATUS_OK);
  CHECK(bytes != NULL && size > 12);
  CHECK(smsf_policy_state_restore(restored, bytes, size) == SMSF_STATUS_OK);
  d = decide(policy, classifier, kPersonal, kMobile, restored);
  CHECK(d != NULL && smsf_decision_category(d) == SMSF_CATEGORY_MARKETING &&
        has_reason(d, SMSF_REASON_FEEDBACK));

  /* A damaged state is refused and the state kept. */
  ((unsigned char *)bytes)[size - 1] ^= 1;
  CHECK(smsf_policy_state_restore(restored, bytes, size) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(strstr(smsf_last_error(), "checksum") != NULL);
  d = decide(policy, classifier, kPersonal, kMobile, restored);
  CHECK(d != NULL && has_reason(d, SMSF_REASON_FEEDBACK));
  smsf_free(bytes);
  smsf_free(NULL);

  CHECK(feedback(policy, classifier, kPersonal, kMobile, SMSF_FEEDBACK_NOT_SPAM, state) ==
        SMSF_STATUS_OK);
  d = decide(policy, classifier, kPersonal, kMobile, state);
  CHECK(d != NULL && smsf_decision_category(d) == SMSF_CATEGORY_PERSONAL &&
        smsf_decision_action(d) == SMSF_ACTION_ALLOW);
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
  const smsf_decision *d = (const smsf_decision *)&failures;
  const size_t n = strlen(kCode);
  CHECK(smsf_decide_utf8(NULL, classifier, kCode, n, NULL, 0, 0, state, &d) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_decide_utf8(policy, NULL, kCode, n, NULL, 0, 0, state, &d) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_decide_utf8(policy, classifier, NULL, 3, NULL, 0, 0, state, &d) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_decide_utf8(policy, classifier, kCode, n, NULL, 2, 0, state, &d) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(d == (const smsf_decision *)&failures);
  CHECK(smsf_decide_utf8(policy, classifier, kCode, n, NULL, 0, 0, state, NULL) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(strstr(smsf_last_error(), "验证码") == NULL);

  CHECK(feedback(policy, classifier, kCode, "95555", SMSF_FEEDBACK_SPAM, NULL) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(feedback(policy, classifier, kCode, "95555", (smsf_feedback)2, state) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_record_feedback_utf8(policy, classifier, NULL, 3, NULL, 0, SMSF_FEEDBACK_SPAM,
                                  state) == SMSF_STATUS_INVALID_ARGUMENT);

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
  test_utf16(policy, classifier);
  test_flood(policy, classifier);
  test_feedback_and_saved_state(policy, classifier);
  test_errors(policy, classifier);

  smsf_policy_release(policy);
  smsf_classifier_free(classifier);
  return report_failures();
}
