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
 *   smsf_policy      the user's preferences, compiled (docs/integration.md): immutable
 *                    and reference-counted like a model.
 *   smsf_policy_state  one user's flood counts and feedback, which the host saves and
 *                    restores as bytes: use each from one thread at a time.
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

/* What the phone does with a message, from least to most severe. */
typedef enum smsf_action {
  SMSF_ACTION_NONE = 0,   /* no opinion (the model is unsure): the host's default applies */
  SMSF_ACTION_ALLOW = 1,  /* deliver normally, with a notification */
  SMSF_ACTION_MUTE = 2,   /* deliver silently, or to a filtered folder */
  SMSF_ACTION_BLOCK = 3   /* keep out of the inbox */
} smsf_action;

/* Why the policy decided as it did; docs/integration.md explains each. */
typedef enum smsf_reason_kind {
  SMSF_REASON_RULE = 0,             /* a user rule decided (rule_id) */
  SMSF_REASON_ALLOW_LISTED = 1,     /* the sender is allow-listed (rule_id): a block became a mute */
  SMSF_REASON_PHISHING = 2,         /* a link to an untrusted host asks for credentials */
  SMSF_REASON_MODEL = 3,            /* the category's action; value: its probability */
  SMSF_REASON_UNSURE = 4,           /* the model is unsure; value: its top probability */
  SMSF_REASON_PROTECTED = 5,        /* a possible code or bank notice was muted, not blocked */
  SMSF_REASON_OVERRIDES_MODEL = 6,  /* a rule blocked what the model calls security or
                                       transaction (rule_id); value: its probability */
  SMSF_REASON_FLOOD = 7,            /* too many messages from the sender; value: how many */
  SMSF_REASON_FEEDBACK = 8          /* the user's feedback shifted the model */
} smsf_reason_kind;

#define SMSF_MAX_REASONS 9

/* Raw values of Apple's ILMessageFilterAction: ILMessageFilterAction(rawValue:). */
typedef enum smsf_apple_action {
  SMSF_APPLE_ACTION_NONE = 0,
  SMSF_APPLE_ACTION_ALLOW = 1,
  SMSF_APPLE_ACTION_JUNK = 2,
  SMSF_APPLE_ACTION_PROMOTION = 3,   /* iOS 14 */
  SMSF_APPLE_ACTION_TRANSACTION = 4  /* iOS 14 */
} smsf_apple_action;

/* Raw values of the ILMessageFilterSubAction cases (iOS 16) the mapping uses. */
typedef enum smsf_apple_sub_action {
  SMSF_APPLE_SUB_ACTION_NONE = 0,
  SMSF_APPLE_SUB_ACTION_TRANSACTIONAL_OTHERS = 10000,
  SMSF_APPLE_SUB_ACTION_PROMOTIONAL_OTHERS = 20000
} smsf_apple_sub_action;

/* What an Android SMS app does with the message. */
typedef enum smsf_android_delivery {
  SMSF_ANDROID_NOTIFY = 0,  /* inbox, with a notification (allow and none) */
  SMSF_ANDROID_SILENT = 1,  /* inbox, without a notification (mute) */
  SMSF_ANDROID_BLOCK = 2    /* the blocked or spam folder (block) */
} smsf_android_delivery;

typedef enum smsf_feedback {
  SMSF_FEEDBACK_SPAM = 0,     /* "this is spam" */
  SMSF_FEEDBACK_NOT_SPAM = 1  /* "this is not spam" */
} smsf_feedback;

typedef struct smsf_message {
  const char *text; /* UTF-8 */
  size_t text_size;
  const char *sender; /* UTF-8 number or name; may be empty */
  size_t sender_size;
  /* When it arrived, in seconds since the Unix epoch; without it there is no flood
   * control. */
  bool has_time;
  int64_t time;
} smsf_message;

/* Strings in a reason or decision are UTF-8, NUL-terminated, owned by the classifier that
 * decided and valid until its next call. */
typedef struct smsf_reason {
  smsf_reason_kind kind;
  const char *rule_id; /* the rule's id, or "" */
  float value;
  /* For people and logs, e.g. "marketing 0.97: w:贷款, c2:退订"; digit runs masked. */
  const char *detail;
} smsf_reason;

typedef struct smsf_decision {
  smsf_action action;
  /* The model's view after the user's feedback. */
  smsf_category category;
  float confidence;
  bool unsure;
  float probabilities[SMSF_CATEGORY_COUNT];
  /* `action` on each platform, as docs/integration.md tabulates. */
  smsf_apple_action apple_action;
  smsf_apple_sub_action apple_sub_action;
  smsf_android_delivery android_delivery;
  /* A security message that is not blocked: its verification code (4 to 8 ASCII letters
   * or digits) and issuer ("招商银行", or ""). Otherwise both are NULL. */
  const char *code;
  const char *code_issuer;
  size_t reason_count; /* in the order the policy applied them */
  smsf_reason reasons[SMSF_MAX_REASONS];
  /* One line for logs: action, category, confidence and reasons; never the code. */
  const char *description;
} smsf_decision;

typedef struct smsf_model smsf_model;
typedef struct smsf_classifier smsf_classifier;
typedef struct smsf_policy smsf_policy;
typedef struct smsf_policy_state smsf_policy_state;

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

/* Compiles a policy from its text form (UTF-8, docs/integration.md, "Policy file"). Fails
 * with SMSF_STATUS_INVALID_ARGUMENT and a message naming the line. On success *policy
 * holds one reference, for smsf_policy_release. */
SMSF_API smsf_status smsf_policy_parse(const char *text, size_t size, smsf_policy **policy);
/* As smsf_model_retain and smsf_model_release. */
SMSF_API smsf_policy *smsf_policy_retain(smsf_policy *policy);
SMSF_API void smsf_policy_release(smsf_policy *policy);

/* An empty state: no feedback, no flood counts. */
SMSF_API smsf_status smsf_policy_state_new(smsf_policy_state **state);
/* NULL is allowed. */
SMSF_API void smsf_policy_state_free(smsf_policy_state *state);
/* The whole state as bytes for the host to persist (a few KB at most), in *bytes, to be
 * freed with smsf_free. */
SMSF_API smsf_status smsf_policy_state_save(const smsf_policy_state *state, void **bytes,
                                            size_t *size);
/* Replaces the state with one saved before; a damaged, truncated or foreign one is
 * refused (SMSF_STATUS_INVALID_ARGUMENT) and the state left as it was. */
SMSF_API smsf_status smsf_policy_state_restore(smsf_policy_state *state, const void *bytes,
                                               size_t size);
/* Frees what smsf_policy_state_save returned. NULL is allowed. */
SMSF_API void smsf_free(void *bytes);

/* Classifies `message` with `classifier` and decides what to do with it. `state` may be
 * NULL: no feedback and no flood control; otherwise a message with a time is counted
 * towards its sender's flood limits. */
SMSF_API smsf_status smsf_decide(const smsf_policy *policy, smsf_classifier *classifier,
                                 const smsf_message *message, smsf_policy_state *state,
                                 smsf_decision *decision);
/* Records the user's verdict on `message` in `state`: its sender, its signature and the
 * model's top features move towards or away from spam for the messages after it. */
SMSF_API smsf_status smsf_record_feedback(const smsf_policy *policy, smsf_classifier *classifier,
                                          const smsf_message *message, smsf_feedback feedback,
                                          smsf_policy_state *state);

#ifdef __cplusplus
}
#endif

#endif /* SMSFILTER_H_ */
