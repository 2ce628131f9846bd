/* smsfilter C API: on-device classification of Chinese SMS, for C, Swift and Objective-C.
 *
 *   smsf_model *model;
 *   if (smsf_model_open_file("default.smsf", &model) != SMSF_STATUS_OK)
 *     log_error(smsf_last_error());
 *   smsf_classifier *classifier;
 *   smsf_classifier_new(model, &classifier);     // one per thread
 *   smsf_model_release(model);                   // the classifier keeps it alive
 *   smsf_result result;
 *   if (smsf_classify_utf8(classifier, text, strlen(text), sender, strlen(sender),
 *                          &result) == SMSF_STATUS_OK && !result.unsure)
 *     act_on(result.category);
 *   smsf_classifier_free(classifier);
 *
 * Objects and threads (the model/state split of whisper.cpp):
 *   smsf_model       immutable once opened and reference-counted: any number of threads
 *                    may share one, classify with it and retain or release it at once.
 *   smsf_classifier  the scratch buffers of one caller: use each from one thread at a
 *                    time. It holds its own reference to its model.
 *
 * Errors: every function that can fail returns an smsf_status (the values of
 * smsfilter::StatusCode) and then leaves its outputs alone; smsf_last_error() says what
 * went wrong on the calling thread. Messages never contain message text. No C++
 * exception leaves this API, and nothing in it aborts the process.
 *
 * Strings are UTF-8 or UTF-16 with explicit lengths (in bytes, or in 16-bit code units),
 * need no terminating NUL, and may be NULL when their length is 0.
 */
#ifndef SMSFILTER_H_
#define SMSFILTER_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(SMSFILTER_SHARED) && (defined(__GNUC__) || defined(__clang__))
#define SMSF_API __attribute__((visibility("default")))
#else
#define SMSF_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum smsf_status {
  SMSF_STATUS_OK = 0,
  SMSF_STATUS_INVALID_ARGUMENT = 1,   /* a NULL or out-of-range argument */
  SMSF_STATUS_IO_ERROR = 2,           /* the model file can't be opened or read */
  SMSF_STATUS_BAD_MAGIC = 3,          /* not a .smsf model */
  SMSF_STATUS_UNSUPPORTED_VERSION = 4,
  SMSF_STATUS_TRUNCATED = 5,
  SMSF_STATUS_CHECKSUM_MISMATCH = 6,  /* the model's bytes changed after it was written */
  SMSF_STATUS_CORRUPT_MODEL = 7,
  SMSF_STATUS_SELF_TEST_FAILED = 8,   /* the model classifies its own samples differently here */
  SMSF_STATUS_INTERNAL = 9            /* ICU or memory allocation failed */
} smsf_status;

/* In the order of the model's outputs. */
typedef enum smsf_category {
  SMSF_CATEGORY_PERSONAL = 0,     /* between people */
  SMSF_CATEGORY_TRANSACTION = 1,  /* the user's own money, orders, deliveries, bills */
  SMSF_CATEGORY_SECURITY = 2,     /* verification codes, login and device alerts */
  SMSF_CATEGORY_MARKETING = 3,    /* anything selling, even from legitimate companies */
  SMSF_CATEGORY_FRAUD = 4         /* scams and phishing */
} smsf_category;

#define SMSF_CATEGORY_COUNT 5
#define SMSF_MAX_EXPLAINED_FEATURES 4

/* One feature that pushed the message towards its category. */
typedef struct smsf_feature {
  /* "w:验证码" (word), "c2:退订" (character bigram), "m:url" (marker), "s:service" (sender
   * kind): UTF-8, NUL-terminated, owned by the classifier and valid until its next call. */
  const char *name;
  float weight; /* contribution to the category's logit, > 0 */
} smsf_feature;

typedef struct smsf_result {
  smsf_category category;
  float confidence; /* probabilities[category] */
  float probabilities[SMSF_CATEGORY_COUNT];
  /* The top probability is below the model's threshold: leave the message alone (Apple's
   * ILMessageFilterAction.none) rather than act on `category`. */
  bool unsure;
  size_t feature_count; /* at most SMSF_MAX_EXPLAINED_FEATURES, strongest first */
  smsf_feature features[SMSF_MAX_EXPLAINED_FEATURES];
} smsf_result;

typedef struct smsf_model smsf_model;
typedef struct smsf_classifier smsf_classifier;

/* The library version, "MAJOR.MINOR.PATCH". */
SMSF_API const char *smsf_version(void);

/* "personal", "transaction", ...; NULL for a value that is not a category. */
SMSF_API const char *smsf_category_name(smsf_category category);
/* "ok", "corrupt model", ...; NULL for a value that is not a status. */
SMSF_API const char *smsf_status_name(smsf_status status);

/* What the calling thread's last call returning an smsf_status was told, e.g.
 * "i/o error: default.smsf: cannot open: No such file or directory"; "" if it succeeded.
 * Valid until the thread's next such call. */
SMSF_API const char *smsf_last_error(void);

/* Opens a .smsf model: checks its header, checksum and sections and classifies the
 * samples stored in it. On success *model holds one reference, for smsf_model_release. */
SMSF_API smsf_status smsf_model_open_file(const char *path, smsf_model **model);
/* The same for a model in memory, used in place without copying: `data` must stay valid
 * and unchanged until the model and every classifier on it are gone. */
SMSF_API smsf_status smsf_model_open_buffer(const void *data, size_t size, smsf_model **model);
/* Adds a reference; returns `model`. NULL is allowed and returned. */
SMSF_API smsf_model *smsf_model_retain(smsf_model *model);
/* Drops a reference; the last one frees the model. NULL is allowed. */
SMSF_API void smsf_model_release(smsf_model *model);

/* A classifier on `model`, for one thread at a time; it takes its own reference. */
SMSF_API smsf_status smsf_classifier_new(const smsf_model *model, smsf_classifier **classifier);
/* NULL is allowed. */
SMSF_API void smsf_classifier_free(smsf_classifier *classifier);

/* Classifies a message; `sender` (number or name) may be empty. Invalid UTF-8 sequences
 * are read as U+FFFD. Only the first max_chars code points the model was trained with
 * (1000 for the default model) are read. */
SMSF_API smsf_status smsf_classify_utf8(smsf_classifier *classifier, const char *text,
                                        size_t text_size, const char *sender, size_t sender_size,
                                        smsf_result *result);
/* The same for UTF-16 (NSString, Java): lengths in code units; unpaired surrogates are
 * read as U+FFFD. */
SMSF_API smsf_status smsf_classify_utf16(smsf_classifier *classifier, const uint16_t *text,
                                         size_t text_length, const uint16_t *sender,
                                         size_t sender_length, smsf_result *result);

#ifdef __cplusplus
}
#endif

#endif /* SMSFILTER_H_ */
