/* smsfilter C API: on-device classification of Chinese SMS, for C, Swift and Objective-C.
 *
 *   smsf_model *model;
 *   if (smsf_model_open_file("default.smsf", &model) != SMSF_STATUS_OK)
 *     log_error(smsf_last_error());
 *   smsf_classifier *classifier;
 *   smsf_classifier_new(model, &classifier);     // one per thread
 *   smsf_model_release(model);                   // the classifier keeps it alive
 *   const smsf_result *result;
 *   if (smsf_classify_utf8(classifier, text, strlen(text), sender, strlen(sender),
 *                          &result) == SMSF_STATUS_OK && !smsf_result_unsure(result))
 *     act_on(smsf_result_category(result));
 *   smsf_classifier_free(classifier);
 *
 * Objects and threads (the model/state split of whisper.cpp):
 *   smsf_model       immutable once opened and reference-counted: any number of threads
 *                    may share one, classify with it and retain or release it at once.
 *   smsf_classifier  the scratch buffers of one caller: use each from one thread at a
 *                    time. It holds its own reference to its model, and owns the last
 *                    smsf_result and smsf_decision it produced.
 *   smsf_policy      the user's preferences, compiled (docs/integration.md): immutable
 *                    and reference-counted like a model.
 *   smsf_policy_state  one user's flood counts and feedback, which the host saves and
 *                    restores as bytes: use each from one thread at a time.
 *
 * Results and decisions are read through accessor functions (as zxing-cpp's ZXingC.h), so
 * that new categories, reasons and fields never change a struct the caller compiled
 * against. They, and every string read from them, belong to the classifier that produced
 * them and stay valid until its next classify, decide or feedback call, or until it is
 * freed: copy what you keep (Swift's String(cString:) does).
 *
 * Errors: every function that can fail returns an smsf_status and then leaves its outputs
 * alone; smsf_last_error() says what went wrong on the calling thread. Messages never
 * contain message text. No C++ exception leaves this API, and nothing in it aborts the
 * process.
 *
 * Strings are UTF-8 or UTF-16 with explicit lengths (in bytes, or in 16-bit code units),
 * need no terminating NUL, and may be NULL when their length is 0.
 *
 * Enums: each value's number and meaning are listed once, in smsfilter/enums.def, which
 * this header expands (its entry SMSF_CATEGORY(Personal, PERSONAL, ...) is
 * SMSF_CATEGORY_PERSONAL here); C++, Java and Python take theirs from the same list.
 *
 * Compatibility: CHANGELOG.md, "ABI policy". Enums marked SMSF_OPEN_ENUM may gain values
 * in a later version (handle unknown ones); SMSF_CLOSED_ENUM ones never do.
 */
#ifndef SMSFILTER_H_
#define SMSFILTER_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The version of this header; smsf_version_number() gives the library's. */
#define SMSF_VERSION_MAJOR 0
#define SMSF_VERSION_MINOR 3
#define SMSF_VERSION_PATCH 0
#define SMSF_VERSION_NUMBER \
  (SMSF_VERSION_MAJOR * 10000 + SMSF_VERSION_MINOR * 100 + SMSF_VERSION_PATCH)

/* SMSFILTER_SHARED: the library is (or is used as) a shared library; the build defines it
 * for the library and, through the CMake package, for its users. SMSFILTER_LIB_EXPORT:
 * defined only while compiling the library itself. */
#if defined(SMSFILTER_SHARED) && defined(_WIN32)
#if defined(SMSFILTER_LIB_EXPORT)
#define SMSF_API __declspec(dllexport)
#else
#define SMSF_API __declspec(dllimport)
#endif
#elif defined(SMSFILTER_SHARED) && (defined(__GNUC__) || defined(__clang__))
#define SMSF_API __attribute__((visibility("default")))
#else
#define SMSF_API
#endif

/* Nullability for Swift and clang's checks: every pointer is non-null unless marked
 * SMSF_NULLABLE. Other compilers see plain C. */
#if defined(__clang__)
#define SMSF_NULLABLE _Nullable
#define SMSF_NONNULL _Nonnull
#define SMSF_ASSUME_NONNULL_BEGIN _Pragma("clang assume_nonnull begin")
#define SMSF_ASSUME_NONNULL_END _Pragma("clang assume_nonnull end")
#else
#define SMSF_NULLABLE
#define SMSF_NONNULL
#define SMSF_ASSUME_NONNULL_BEGIN
#define SMSF_ASSUME_NONNULL_END
#endif

/* Enums that Swift imports as Swift enums: open ones may gain values in a later version
 * (Swift asks for `@unknown default`), closed ones never change. All are 32 bits wide. */
#if defined(__clang__)
#define SMSF_OPEN_ENUM __attribute__((enum_extensibility(open)))
#define SMSF_CLOSED_ENUM __attribute__((enum_extensibility(closed)))
#else
#define SMSF_OPEN_ENUM
#define SMSF_CLOSED_ENUM
#endif
#if defined(__cplusplus) || defined(__clang__)
#define SMSF_ENUM_TYPE : int32_t
#else
#define SMSF_ENUM_TYPE
#endif

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__clang__)
#pragma clang diagnostic push
/* _Nullable and enum fixed types are clang extensions in C; the header means them. */
#pragma clang diagnostic ignored "-Wnullability-extension"
#pragma clang diagnostic ignored "-Wfixed-enum-extension"
#endif

/* Why a call failed. */
typedef enum SMSF_OPEN_ENUM smsf_status SMSF_ENUM_TYPE {
#define SMSF_STATUS_CODE(Cpp, C, name, value, doc) SMSF_STATUS_##C = value,
#include "smsfilter/enums.def"
} smsf_status;

/* In the order of the model's outputs; a later model format may add categories. */
typedef enum SMSF_OPEN_ENUM smsf_category SMSF_ENUM_TYPE {
#define SMSF_CATEGORY(Cpp, C, name, value, doc) SMSF_CATEGORY_##C = value,
#include "smsfilter/enums.def"
} smsf_category;

/* What the phone does with a message, from least to most severe. */
typedef enum SMSF_CLOSED_ENUM smsf_action SMSF_ENUM_TYPE {
#define SMSF_ACTION(Cpp, C, name, value, doc) SMSF_ACTION_##C = value,
#include "smsfilter/enums.def"
} smsf_action;

/* Why the policy decided as it did; docs/integration.md explains each. */
typedef enum SMSF_OPEN_ENUM smsf_reason_kind SMSF_ENUM_TYPE {
#define SMSF_REASON_KIND(Cpp, C, name, value, doc) SMSF_REASON_##C = value,
#include "smsfilter/enums.def"
} smsf_reason_kind;

/* How a message asks to be reached, for SMSF_REASON_SUSPICIOUS_CONTACT, or the number it
 * came from, for SMSF_REASON_SUSPICIOUS_SENDER. */
typedef enum SMSF_OPEN_ENUM smsf_contact_kind SMSF_ENUM_TYPE {
  SMSF_CONTACT_NONE = -1, /* the reason names no contact */
#define SMSF_CONTACT_KIND(Cpp, C, name, value, doc) SMSF_CONTACT_##C = value,
#include "smsfilter/enums.def"
} smsf_contact_kind;

/* The languages of smsf_decision_reason_text. */
typedef enum SMSF_OPEN_ENUM smsf_language SMSF_ENUM_TYPE {
#define SMSF_LANGUAGE(Cpp, C, name, value, doc) SMSF_LANGUAGE_##C = value,
#include "smsfilter/enums.def"
} smsf_language;

/* Where a transaction or a promotion belongs: the folder Apple's sub-actions name. */
typedef enum SMSF_OPEN_ENUM smsf_sub_kind SMSF_ENUM_TYPE {
#define SMSF_SUB_KIND(Cpp, C, name, value, doc) SMSF_SUB_KIND_##C = value,
#include "smsfilter/enums.def"
} smsf_sub_kind;

/* Kinds of the official-channel registry's organisations (include/smsfilter/registry.h). */
typedef enum SMSF_OPEN_ENUM smsf_organization_kind SMSF_ENUM_TYPE {
  SMSF_ORGANIZATION_NONE = -1, /* the message names no registry organisation */
#define SMSF_ORGANIZATION_KIND(Cpp, C, name, value, doc) SMSF_ORGANIZATION_##C = value,
#include "smsfilter/enums.def"
} smsf_organization_kind;

/* Raw values of Apple's ILMessageFilterAction: ILMessageFilterAction(rawValue:). */
typedef enum SMSF_OPEN_ENUM smsf_apple_action SMSF_ENUM_TYPE {
#define SMSF_APPLE_ACTION(Cpp, C, name, value, doc) SMSF_APPLE_ACTION_##C = value,
#include "smsfilter/enums.def"
} smsf_apple_action;

/* Raw values of ILMessageFilterSubAction (iOS 16): ILMessageFilterSubAction(rawValue:). */
typedef enum SMSF_OPEN_ENUM smsf_apple_sub_action SMSF_ENUM_TYPE {
#define SMSF_APPLE_SUB_ACTION(Cpp, C, name, value, doc) SMSF_APPLE_SUB_ACTION_##C = value,
#include "smsfilter/enums.def"
} smsf_apple_sub_action;

/* What an Android SMS app does with the message. */
typedef enum SMSF_CLOSED_ENUM smsf_android_delivery SMSF_ENUM_TYPE {
#define SMSF_ANDROID_DELIVERY(Cpp, C, name, value, doc) SMSF_ANDROID_##C = value,
#include "smsfilter/enums.def"
} smsf_android_delivery;

/* The user's verdict on a message. */
typedef enum SMSF_CLOSED_ENUM smsf_feedback SMSF_ENUM_TYPE {
#define SMSF_FEEDBACK(Cpp, C, name, value, doc) SMSF_FEEDBACK_##C = value,
#include "smsfilter/enums.def"
} smsf_feedback;

/* A message's arrival time when it is not known: no flood control for it. */
#define SMSF_TIME_UNKNOWN INT64_MIN

/* Clang refuses an #include (the enums' list) inside this region: it starts after them. */
SMSF_ASSUME_NONNULL_BEGIN

typedef struct smsf_model smsf_model;
typedef struct smsf_classifier smsf_classifier;
typedef struct smsf_policy smsf_policy;
typedef struct smsf_policy_state smsf_policy_state;
/* What smsf_classify_* returns, read with the smsf_result_* functions. */
typedef struct smsf_result smsf_result;
/* What smsf_decide_* returns, read with the smsf_decision_* functions. */
typedef struct smsf_decision smsf_decision;

/* The library's version, "MAJOR.MINOR.PATCH", and as SMSF_VERSION_NUMBER computes it: an
 * app can compare it with the header it was built against. */
SMSF_API const char *smsf_version(void);
SMSF_API int32_t smsf_version_number(void);

/* The number of categories of this library: valid smsf_category values are 0 to
 * smsf_category_count() - 1. */
SMSF_API size_t smsf_category_count(void);
/* "personal", "transaction", ...; NULL for a value that is not a category. */
SMSF_API const char *SMSF_NULLABLE smsf_category_name(smsf_category category);
/* "ok", "corrupt model", ...; NULL for a value that is not a status. */
SMSF_API const char *SMSF_NULLABLE smsf_status_name(smsf_status status);
/* "rule", "allow_listed", ...; NULL for a value that is not a reason kind. */
SMSF_API const char *SMSF_NULLABLE smsf_reason_kind_name(smsf_reason_kind kind);
/* "transactional_finance", ...; NULL for a value that is not a sub-kind. */
SMSF_API const char *SMSF_NULLABLE smsf_sub_kind_name(smsf_sub_kind kind);
/* "mobile", "paid_hotline", ...; NULL for SMSF_CONTACT_NONE or a value that is not one. */
SMSF_API const char *SMSF_NULLABLE smsf_contact_kind_name(smsf_contact_kind kind);

/* What the calling thread's last call returning an smsf_status was told, e.g.
 * "i/o error: default.smsf: cannot open: No such file or directory"; "" if it succeeded.
 * Valid until the thread's next such call. */
SMSF_API const char *smsf_last_error(void);

/* Opens a .smsf model: checks its header, checksum and sections and classifies the
 * samples stored in it. On success *model holds one reference, for smsf_model_release. */
SMSF_API smsf_status smsf_model_open_file(const char *path, smsf_model *SMSF_NULLABLE *SMSF_NONNULL model);
/* The same for a model in memory, used in place without copying: `data` must stay valid
 * and unchanged until the model and every classifier on it are gone. */
SMSF_API smsf_status smsf_model_open_buffer(const void *data, size_t size,
                                            smsf_model *SMSF_NULLABLE *SMSF_NONNULL model);
/* Adds a reference; returns `model`. NULL is allowed and returned. */
SMSF_API smsf_model *SMSF_NULLABLE smsf_model_retain(smsf_model *SMSF_NULLABLE model);
/* Drops a reference; the last one frees the model. NULL is allowed. */
SMSF_API void smsf_model_release(smsf_model *SMSF_NULLABLE model);

/* A classifier on `model`, for one thread at a time; it takes its own reference. */
SMSF_API smsf_status smsf_classifier_new(const smsf_model *model,
                                         smsf_classifier *SMSF_NULLABLE *SMSF_NONNULL classifier);
/* Frees the classifier and the result and decision it owns. NULL is allowed. */
SMSF_API void smsf_classifier_free(smsf_classifier *SMSF_NULLABLE classifier);

/* Classifies a message; `sender` (number or name) may be empty. Invalid UTF-8 sequences
 * are read as U+FFFD. At most max_chars visible characters (1000 for the default model)
 * are read, half from each end of a longer message; invisible characters and white space
 * don't count, so padding hides nothing within the 256 KiB of input scanned from each end
 * (UTF-8 bytes, or UTF-16 code units x 2; the decide functions scan UTF-16 text as
 * UTF-8, where padding such as U+200B takes 3 bytes instead of 2). A message of more than
 * 40 characters is also weighed in windows of 40, one every 10, so that chat around a
 * scam doesn't hide it either (see smsfilter/classifier.h). *result belongs to the
 * classifier. */
SMSF_API smsf_status smsf_classify_utf8(smsf_classifier *classifier,
                                        const char *SMSF_NULLABLE text, size_t text_size,
                                        const char *SMSF_NULLABLE sender, size_t sender_size,
                                        const smsf_result *SMSF_NULLABLE *SMSF_NONNULL result);
/* The same for UTF-16 (NSString, Java): lengths in code units; unpaired surrogates are
 * read as U+FFFD. */
SMSF_API smsf_status smsf_classify_utf16(smsf_classifier *classifier,
                                         const uint16_t *SMSF_NULLABLE text, size_t text_length,
                                         const uint16_t *SMSF_NULLABLE sender,
                                         size_t sender_length,
                                         const smsf_result *SMSF_NULLABLE *SMSF_NONNULL result);

SMSF_API smsf_category smsf_result_category(const smsf_result *result);
/* The probability of the result's category. */
SMSF_API float smsf_result_confidence(const smsf_result *result);
/* The probability of `category`; 0 for a value that is not a category. */
SMSF_API float smsf_result_probability(const smsf_result *result, smsf_category category);
/* The top probability is below the model's threshold: leave the message alone (Apple's
 * ILMessageFilterAction.none) rather than act on the category. */
SMSF_API bool smsf_result_unsure(const smsf_result *result);
/* The features that pushed the message towards its category, strongest first (4 at
 * most). A name is "w:验证码" (word), "c1:贷" to "c3:请登录" (character n-gram of 1 to 3
 * characters), "n:转账" (character
 * n-gram that a negation or condemnation reaches: 不会要求您转账), "h:【京" / "t:退订"
 * (character n-gram at the message's head / tail), "m:url" (marker) or "s:service"
 * (sender kind); its weight is its contribution to the category's logit (> 0).
 * An index past the count gives NULL and 0. */
SMSF_API size_t smsf_result_feature_count(const smsf_result *result);
SMSF_API const char *SMSF_NULLABLE smsf_result_feature_name(const smsf_result *result,
                                                            size_t index);
SMSF_API float smsf_result_feature_weight(const smsf_result *result, size_t index);
/* Why the model chose its category, for the message's owner who asks: category,
 * probability and features, e.g. "marketing 0.97: w:贷款 +1.32, c2:退订 +0.85". The features
 * are pieces of the message's text: never log it. Written as snprintf writes: at most
 * `size` bytes with a terminating NUL into `buffer` (which may be NULL when `size` is 0);
 * returns the length of the whole text, so a return >= size means it was cut. */
SMSF_API size_t smsf_result_explain(const smsf_result *result, char *SMSF_NULLABLE buffer,
                                    size_t size);

/* Compiles a policy from its text form (UTF-8, docs/integration.md, "Policy file"). Fails
 * with SMSF_STATUS_INVALID_ARGUMENT and a message naming the line. On success *policy
 * holds one reference, for smsf_policy_release. */
SMSF_API smsf_status smsf_policy_parse(const char *SMSF_NULLABLE text, size_t size,
                                       smsf_policy *SMSF_NULLABLE *SMSF_NONNULL policy);
/* As smsf_model_retain and smsf_model_release. */
SMSF_API smsf_policy *SMSF_NULLABLE smsf_policy_retain(smsf_policy *SMSF_NULLABLE policy);
SMSF_API void smsf_policy_release(smsf_policy *SMSF_NULLABLE policy);

/* An empty state: no feedback, no flood counts. */
SMSF_API smsf_status smsf_policy_state_new(smsf_policy_state *SMSF_NULLABLE *SMSF_NONNULL state);
/* NULL is allowed. */
SMSF_API void smsf_policy_state_free(smsf_policy_state *SMSF_NULLABLE state);
/* The whole state as bytes for the host to persist (about 80 KB at most, when the flood
 * histories of 256 senders and 512 feedback entries are full), in *bytes, to be freed with
 * smsf_free. */
SMSF_API smsf_status smsf_policy_state_save(const smsf_policy_state *state,
                                            void *SMSF_NULLABLE *SMSF_NONNULL bytes, size_t *size);
/* Replaces the state with one saved before; a damaged, truncated or foreign one is
 * refused (SMSF_STATUS_INVALID_ARGUMENT) and the state left as it was. */
SMSF_API smsf_status smsf_policy_state_restore(smsf_policy_state *state,
                                               const void *SMSF_NULLABLE bytes, size_t size);
/* Frees what smsf_policy_state_save returned. NULL is allowed. */
SMSF_API void smsf_free(void *SMSF_NULLABLE bytes);

/* Classifies a message with `classifier` and decides what to do with it. `time` is when
 * it arrived, in seconds since the Unix epoch, or SMSF_TIME_UNKNOWN. `state` may be NULL:
 * no feedback and no flood control; otherwise a message with a time is counted towards
 * its sender's flood limits, unless the model is unsure of it. *decision belongs to the
 * classifier. */
SMSF_API smsf_status smsf_decide_utf8(const smsf_policy *policy, smsf_classifier *classifier,
                                      const char *SMSF_NULLABLE text, size_t text_size,
                                      const char *SMSF_NULLABLE sender, size_t sender_size,
                                      int64_t time, smsf_policy_state *SMSF_NULLABLE state,
                                      const smsf_decision *SMSF_NULLABLE *SMSF_NONNULL decision);
/* The same for UTF-16, as smsf_classify_utf16. */
SMSF_API smsf_status smsf_decide_utf16(const smsf_policy *policy, smsf_classifier *classifier,
                                       const uint16_t *SMSF_NULLABLE text, size_t text_length,
                                       const uint16_t *SMSF_NULLABLE sender,
                                       size_t sender_length, int64_t time,
                                       smsf_policy_state *SMSF_NULLABLE state,
                                       const smsf_decision *SMSF_NULLABLE *SMSF_NONNULL decision);

/* Records the user's verdict on a message in `state`: its sender, its signature and the
 * model's top features move towards or away from spam for the messages after it. */
SMSF_API smsf_status smsf_record_feedback_utf8(const smsf_policy *policy,
                                               smsf_classifier *classifier,
                                               const char *SMSF_NULLABLE text, size_t text_size,
                                               const char *SMSF_NULLABLE sender,
                                               size_t sender_size, smsf_feedback feedback,
                                               smsf_policy_state *state);
SMSF_API smsf_status smsf_record_feedback_utf16(const smsf_policy *policy,
                                                smsf_classifier *classifier,
                                                const uint16_t *SMSF_NULLABLE text,
                                                size_t text_length,
                                                const uint16_t *SMSF_NULLABLE sender,
                                                size_t sender_length, smsf_feedback feedback,
                                                smsf_policy_state *state);

SMSF_API smsf_action smsf_decision_action(const smsf_decision *decision);
/* The model's view after the user's feedback: category, its probability, unsure, and the
 * probability of any category (0 for a value that is not one). */
SMSF_API smsf_category smsf_decision_category(const smsf_decision *decision);
SMSF_API float smsf_decision_confidence(const smsf_decision *decision);
SMSF_API bool smsf_decision_unsure(const smsf_decision *decision);
SMSF_API float smsf_decision_probability(const smsf_decision *decision, smsf_category category);
/* The action on each platform, as docs/integration.md tabulates. */
SMSF_API smsf_apple_action smsf_decision_apple_action(const smsf_decision *decision);
SMSF_API smsf_apple_sub_action smsf_decision_apple_sub_action(const smsf_decision *decision);
SMSF_API smsf_android_delivery smsf_decision_android_delivery(const smsf_decision *decision);
/* A message that is not blocked and gives a verification code: the code (4 to 8 ASCII
 * letters or digits) and its issuer ("招商银行", or ""). Otherwise, and when the policy
 * found a scam request or phishing in it (a scam_request or phishing reason: the code is
 * the bait), both are NULL. */
SMSF_API const char *SMSF_NULLABLE smsf_decision_code(const smsf_decision *decision);
SMSF_API const char *SMSF_NULLABLE smsf_decision_code_issuer(const smsf_decision *decision);
/* The official-channel registry's organisation the message comes from (its official
 * sender) or else names, e.g. "icbc", or ""; and its kind, or SMSF_ORGANIZATION_NONE. */
SMSF_API const char *smsf_decision_organization(const smsf_decision *decision);
SMSF_API smsf_organization_kind smsf_decision_organization_kind(const smsf_decision *decision);
/* The folder of a transaction, security message or promotion (what the Apple mapping
 * files it under); SMSF_SUB_KIND_NONE for the others, when unsure, and for a transaction
 * flagged as phishing or with a suspicious contact. */
SMSF_API smsf_sub_kind smsf_decision_sub_kind(const smsf_decision *decision);
/* One line for logs, e.g. "mute (fraud 0.93): model, code, protected": action, category,
 * confidence, sub-kind and the reasons' kinds. Nothing from the message (no text, code,
 * host, organisation or rule id): safe to log. */
SMSF_API const char *smsf_decision_description(const smsf_decision *decision);

/* The reasons, in the order the policy applied them, each a kind and parameters; the
 * comments of smsf_reason_kind and include/smsfilter/reason.h say which kind sets which.
 * Parameters a reason doesn't set read as "", 0, SMSF_CATEGORY_PERSONAL or
 * SMSF_CONTACT_NONE, and so does any parameter at an index past the count (whose kind
 * reads as SMSF_REASON_MODEL). */
SMSF_API size_t smsf_decision_reason_count(const smsf_decision *decision);
SMSF_API smsf_reason_kind smsf_decision_reason_kind(const smsf_decision *decision, size_t index);
/* The id of the rule behind the reason ("phishing": the phishing override). */
SMSF_API const char *smsf_decision_reason_rule_id(const smsf_decision *decision, size_t index);
/* The category the value is about (model, unsure, overrides_model, flood). */
SMSF_API smsf_category smsf_decision_reason_category(const smsf_decision *decision, size_t index);
/* A probability (model, unsure, overrides_model), security + transaction (protected), a
 * message count (flood) or a shift in log-odds of spam (feedback). */
SMSF_API float smsf_decision_reason_value(const smsf_decision *decision, size_t index);
/* The threshold crossed: the protect threshold (protected by probability; 0 when by a code
 * or an official channel) or the flood limit. */
SMSF_API float smsf_decision_reason_threshold(const smsf_decision *decision, size_t index);
/* The flood limit's window: 3600 or 86400. */
SMSF_API uint32_t smsf_decision_reason_window_seconds(const smsf_decision *decision,
                                                      size_t index);
/* What a suspicious contact is, or the kind of a suspicious sender's number. */
SMSF_API smsf_contact_kind smsf_decision_reason_contact_kind(const smsf_decision *decision,
                                                             size_t index);
/* The host of a phishing link, of a suspicious link or of a photo bait, in lower case. */
SMSF_API const char *smsf_decision_reason_host(const smsf_decision *decision, size_t index);
/* The registry organisation of official_sender, official_link, suspicious_contact and
 * suspicious_sender: its
 * id ("icbc") and the first name it is listed with ("工商银行"). */
SMSF_API const char *smsf_decision_reason_organization(const smsf_decision *decision,
                                                       size_t index);
SMSF_API const char *smsf_decision_reason_organization_name(const smsf_decision *decision,
                                                            size_t index);
/* A short sentence for the user built from the reason's parameters, e.g.
 * "来自招商银行的官方号码" or "Sent from an official number of 招商银行"; "" past the count
 * or for a value that is not a language. Written as smsf_result_explain writes. */
SMSF_API size_t smsf_decision_reason_text(const smsf_decision *decision, size_t index,
                                          smsf_language language, char *SMSF_NULLABLE buffer,
                                          size_t size);

SMSF_ASSUME_NONNULL_END
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* SMSFILTER_H_ */
