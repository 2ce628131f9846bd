/* The C API's models, classifiers, names and errors, compiled as C99, with the default
 * model: results, UTF-16, bad paths, damaged buffers, NULL arguments, references.
 * usage: smsfilter_c_api_test MODEL.smsf */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "smsfilter.h"

static const char kCode[] = "【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。";
static const char kScam[] =
    "【公安局】您的身份证涉嫌洗钱，请立即将资金转入安全账户6222021234567890123配合调查。";
static const char kSender[] = "95555";

static smsf_status classify(smsf_classifier *classifier, const char *text,
                            const smsf_result **result) {
  return smsf_classify_utf8(classifier, text, strlen(text), kSender, strlen(kSender), result);
}

/* A result's probabilities, kept past the classifier's next call. */
typedef struct probabilities {
  float of[5];
} probabilities;

static probabilities probabilities_of(const smsf_result *result) {
  probabilities p;
  for (int i = 0; i < 5; ++i) p.of[i] = smsf_result_probability(result, (smsf_category)i);
  return p;
}

/* UTF-8 to UTF-16; `out` holds `capacity` units. Returns the length in code units. */
static size_t to_utf16(const char *utf8, uint16_t *out, size_t capacity) {
  const unsigned char *p = (const unsigned char *)utf8;
  size_t n = 0;
  while (*p != 0 && n + 2 <= capacity) {
    uint32_t c;
    if (*p < 0x80) {
      c = *p++;
    } else if (*p < 0xE0) {
      c = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
      p += 2;
    } else if (*p < 0xF0) {
      c = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
      p += 3;
    } else {
      c = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
          (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
      p += 4;
    }
    if (c >= 0x10000) {
      out[n++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
      out[n++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      out[n++] = (uint16_t)c;
    }
  }
  return n;
}

/* The whole file in memory, to free(); NULL if it can't be read. */
static unsigned char *read_file(const char *path, size_t *size) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) return NULL;
  fseek(file, 0, SEEK_END);
  *size = (size_t)ftell(file);
  fseek(file, 0, SEEK_SET);
  unsigned char *bytes = malloc(*size);
  if (bytes != NULL && fread(bytes, 1, *size, file) != *size) {
    free(bytes);
    bytes = NULL;
  }
  fclose(file);
  return bytes;
}

static void test_names_and_version(void) {
  int major, minor, patch;
  CHECK(sscanf(smsf_version(), "%d.%d.%d", &major, &minor, &patch) == 3);
  CHECK(major == SMSF_VERSION_MAJOR && minor == SMSF_VERSION_MINOR && patch == SMSF_VERSION_PATCH);
  CHECK(smsf_version_number() == SMSF_VERSION_NUMBER);
  CHECK(SMSF_VERSION_NUMBER == major * 10000 + minor * 100 + patch);

  static const char *const kCategories[] = {"personal", "transaction", "security", "marketing",
                                            "fraud"};
  CHECK(smsf_category_count() == 5);
  for (int i = 0; i < 5; ++i)
    CHECK(strcmp(smsf_category_name((smsf_category)i), kCategories[i]) == 0);
  CHECK(smsf_category_name((smsf_category)-1) == NULL);
  CHECK(smsf_category_name((smsf_category)5) == NULL);

  CHECK(strcmp(smsf_status_name(SMSF_STATUS_OK), "ok") == 0);
  CHECK(strcmp(smsf_status_name(SMSF_STATUS_CHECKSUM_MISMATCH), "model checksum mismatch") == 0);
  CHECK(strcmp(smsf_status_name(SMSF_STATUS_INTERNAL), "internal error") == 0);
  CHECK(smsf_status_name((smsf_status)(SMSF_STATUS_INTERNAL + 1)) == NULL);
  CHECK(smsf_status_name((smsf_status)-1) == NULL);

  CHECK(strcmp(smsf_reason_kind_name(SMSF_REASON_ALLOW_LISTED), "allow_listed") == 0);
  CHECK(strcmp(smsf_reason_kind_name(SMSF_REASON_FEEDBACK), "feedback") == 0);
  CHECK(smsf_reason_kind_name((smsf_reason_kind)-1) == NULL);
  CHECK(smsf_reason_kind_name((smsf_reason_kind)1000) == NULL);
  CHECK(strcmp(smsf_sub_kind_name(SMSF_SUB_KIND_TRANSACTIONAL_PUBLIC_SERVICES),
               "transactional_public_services") == 0);
  CHECK(smsf_sub_kind_name((smsf_sub_kind)13) == NULL);
  CHECK(strcmp(smsf_contact_kind_name(SMSF_CONTACT_MESSAGING_ID), "messaging_id") == 0);
  CHECK(smsf_contact_kind_name(SMSF_CONTACT_NONE) == NULL);
}

static void check_result_shape(const smsf_result *result) {
  float sum = 0;
  for (int i = 0; i < 5; ++i) sum += smsf_result_probability(result, (smsf_category)i);
  CHECK(fabsf(sum - 1.0f) < 1e-4f);
  CHECK(smsf_result_probability(result, (smsf_category)5) == 0);
  CHECK(smsf_result_probability(result, (smsf_category)-1) == 0);
  CHECK(smsf_result_confidence(result) ==
        smsf_result_probability(result, smsf_result_category(result)));
  const size_t count = smsf_result_feature_count(result);
  CHECK(count > 0 && count <= 4);
  for (size_t i = 0; i < count; ++i) {
    CHECK(strchr(smsf_result_feature_name(result, i), ':') != NULL);
    CHECK(smsf_result_feature_weight(result, i) > 0);
    if (i > 0) CHECK(smsf_result_feature_weight(result, i) <= smsf_result_feature_weight(result, i - 1));
  }
  CHECK(smsf_result_feature_name(result, count) == NULL);
  CHECK(smsf_result_feature_weight(result, count) == 0);
  /* The explanation: category, probability, then each feature. */
  char explanation[512];
  CHECK(smsf_result_explain(result, explanation, sizeof explanation) < sizeof explanation);
  CHECK(strncmp(explanation, smsf_category_name(smsf_result_category(result)),
                strlen(smsf_category_name(smsf_result_category(result)))) == 0);
  CHECK(strstr(explanation, smsf_result_feature_name(result, 0)) != NULL);
}

static void test_classify(smsf_classifier *classifier) {
  const smsf_result *result = NULL;
  CHECK(classify(classifier, kCode, &result) == SMSF_STATUS_OK);
  CHECK(strcmp(smsf_last_error(), "") == 0);
  CHECK(smsf_result_category(result) == SMSF_CATEGORY_SECURITY);
  CHECK(!smsf_result_unsure(result));
  check_result_shape(result);

  const smsf_result *again = NULL;
  CHECK(classify(classifier, kScam, &again) == SMSF_STATUS_OK);
  CHECK(again == result); /* the classifier's one result, overwritten */
  CHECK(smsf_result_category(result) == SMSF_CATEGORY_FRAUD);
  check_result_shape(result);

  /* No text and no sender is a valid (empty) message. */
  CHECK(smsf_classify_utf8(classifier, NULL, 0, NULL, 0, &result) == SMSF_STATUS_OK);
}

static void test_utf16(smsf_classifier *classifier) {
  const smsf_result *result = NULL;
  uint16_t text[256], sender[16];
  const size_t text_length = to_utf16(kScam, text, 256);
  const size_t sender_length = to_utf16(kSender, sender, 16);
  CHECK(classify(classifier, kScam, &result) == SMSF_STATUS_OK);
  const probabilities utf8 = probabilities_of(result);
  const smsf_category category = smsf_result_category(result);
  const size_t feature_count = smsf_result_feature_count(result);
  CHECK(smsf_classify_utf16(classifier, text, text_length, sender, sender_length, &result) ==
        SMSF_STATUS_OK);
  const probabilities utf16 = probabilities_of(result);
  CHECK(smsf_result_category(result) == category);
  CHECK(memcmp(&utf16, &utf8, sizeof utf8) == 0);
  CHECK(smsf_result_feature_count(result) == feature_count);

  /* An unpaired surrogate is read as U+FFFD, not refused. */
  const uint16_t lone[] = {0x4F60, 0xD800, 0x597D};
  CHECK(smsf_classify_utf16(classifier, lone, 3, NULL, 0, &result) == SMSF_STATUS_OK);
}

/* Zero-width spaces around a message hide nothing, however many there are. */
static void test_utf16_padding(smsf_classifier *classifier) {
  enum { kPadding = 300000 };
  uint16_t *padded = malloc((2 * kPadding + 256) * sizeof *padded);
  CHECK(padded != NULL);
  size_t length = 0;
  for (size_t i = 0; i < kPadding; ++i) padded[length++] = 0x200B;
  length += to_utf16(kScam, padded + length, 256);
  for (size_t i = 0; i < kPadding; ++i) padded[length++] = 0x200B;
  const smsf_result *result = NULL;
  CHECK(smsf_classify_utf8(classifier, kScam, strlen(kScam), NULL, 0, &result) == SMSF_STATUS_OK);
  const probabilities plain = probabilities_of(result);
  CHECK(smsf_classify_utf16(classifier, padded + kPadding - 1000, length - 2 * kPadding + 2000, NULL,
                            0, &result) == SMSF_STATUS_OK);
  probabilities attacked = probabilities_of(result);
  CHECK(memcmp(&attacked, &plain, sizeof plain) == 0);
  /* Beyond the reach of one end (lib/visible_text.h), the other still reads it. */
  CHECK(smsf_classify_utf16(classifier, padded + kPadding - 1000, length - kPadding + 1000, NULL, 0,
                            &result) == SMSF_STATUS_OK);
  attacked = probabilities_of(result);
  CHECK(memcmp(&attacked, &plain, sizeof plain) == 0);
  free(padded);
}

static void test_argument_errors(smsf_classifier *classifier) {
  static const int kUntouched = 0;
  const smsf_result *result = (const smsf_result *)&kUntouched;
  CHECK(smsf_classify_utf8(NULL, kCode, strlen(kCode), NULL, 0, &result) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_classify_utf8(classifier, NULL, 5, NULL, 0, &result) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_classify_utf8(classifier, kCode, strlen(kCode), NULL, 3, &result) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_classify_utf16(classifier, NULL, 2, NULL, 0, &result) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_classify_utf16(NULL, NULL, 0, NULL, 0, &result) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(result == (const smsf_result *)&kUntouched);

  CHECK(smsf_classify_utf8(classifier, kCode, strlen(kCode), NULL, 0, NULL) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(strstr(smsf_last_error(), "invalid argument: ") == smsf_last_error());
  CHECK(strstr(smsf_last_error(), "验证码") == NULL);

  smsf_classifier *none = (smsf_classifier *)&kUntouched;
  CHECK(smsf_classifier_new(NULL, &none) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(none == (smsf_classifier *)&kUntouched);
  smsf_classifier_free(NULL);
}

static void test_open_file_errors(void) {
  smsf_model *model = (smsf_model *)&failures;
  CHECK(smsf_model_open_file("/nonexistent/model.smsf", &model) == SMSF_STATUS_IO_ERROR);
  CHECK(model == (smsf_model *)&failures);
  CHECK(strstr(smsf_last_error(), "/nonexistent/model.smsf") != NULL);
  CHECK(smsf_model_open_file(NULL, &model) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_model_open_file("model.smsf", NULL) == SMSF_STATUS_INVALID_ARGUMENT);
}

static void test_open_buffer(const char *path, const probabilities *expected) {
  size_t size = 0;
  unsigned char *bytes = read_file(path, &size);
  CHECK(bytes != NULL && size > 1000);
  if (bytes == NULL) return;

  smsf_model *model = NULL;
  CHECK(smsf_model_open_buffer(bytes, size, &model) == SMSF_STATUS_OK);
  smsf_classifier *classifier = NULL;
  CHECK(smsf_classifier_new(model, &classifier) == SMSF_STATUS_OK);
  const smsf_result *result = NULL;
  CHECK(classify(classifier, kCode, &result) == SMSF_STATUS_OK);
  const probabilities from_buffer = probabilities_of(result);
  CHECK(memcmp(&from_buffer, expected, sizeof from_buffer) == 0);
  smsf_classifier_free(classifier);
  smsf_model_release(model);

  smsf_model *refused = NULL;
  CHECK(smsf_model_open_buffer(bytes, size - 100, &refused) == SMSF_STATUS_TRUNCATED);
  CHECK(smsf_model_open_buffer("SMSF", 4, &refused) == SMSF_STATUS_TRUNCATED);
  static const char kText[] = "not a model, only text as long as a model's header";
  CHECK(smsf_model_open_buffer(kText, strlen(kText), &refused) == SMSF_STATUS_BAD_MAGIC);
  CHECK(smsf_model_open_buffer(NULL, 0, &refused) == SMSF_STATUS_INVALID_ARGUMENT);
  CHECK(smsf_model_open_buffer(bytes, size, NULL) == SMSF_STATUS_INVALID_ARGUMENT);
  bytes[size / 2] ^= 0x40;
  CHECK(smsf_model_open_buffer(bytes, size, &refused) == SMSF_STATUS_CHECKSUM_MISMATCH);
  CHECK(strlen(smsf_last_error()) > strlen("model checksum mismatch: "));
  CHECK(refused == NULL);
  free(bytes);
}

/* A classifier keeps its model alive after the caller's last release. */
static void test_references(const char *path) {
  CHECK(smsf_model_retain(NULL) == NULL);
  smsf_model_release(NULL);

  smsf_model *model = NULL;
  CHECK(smsf_model_open_file(path, &model) == SMSF_STATUS_OK);
  CHECK(smsf_model_retain(model) == model);
  smsf_model_release(model);
  smsf_classifier *classifier = NULL;
  CHECK(smsf_classifier_new(model, &classifier) == SMSF_STATUS_OK);
  smsf_model_release(model);
  const smsf_result *result = NULL;
  CHECK(classify(classifier, kScam, &result) == SMSF_STATUS_OK);
  CHECK(smsf_result_category(result) == SMSF_CATEGORY_FRAUD);
  smsf_classifier_free(classifier);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s MODEL.smsf\n", argv[0]);
    return 2;
  }
  test_names_and_version();
  test_open_file_errors();

  smsf_model *model = NULL;
  smsf_classifier *classifier = NULL;
  if (smsf_model_open_file(argv[1], &model) != SMSF_STATUS_OK ||
      smsf_classifier_new(model, &classifier) != SMSF_STATUS_OK) {
    fprintf(stderr, "%s\n", smsf_last_error());
    return 1;
  }
  CHECK(strcmp(smsf_last_error(), "") == 0);
  test_classify(classifier);
  test_utf16(classifier);
  test_utf16_padding(classifier);
  test_argument_errors(classifier);

  const smsf_result *result = NULL;
  CHECK(classify(classifier, kCode, &result) == SMSF_STATUS_OK);
  const probabilities expected = probabilities_of(result);
  test_open_buffer(argv[1], &expected);
  test_references(argv[1]);
  smsf_classifier_free(classifier);
  smsf_model_release(model);

  return report_failures();
}
