// Classifies messages with a Model.
//
// Thread safety: a Classifier holds the scratch buffers and ICU break iterator of one
// caller, and the buffers Policy::decide reuses with it; use one per thread (they are
// cheap next to the model, which they share).
// Once warmed up, classify() allocates no memory for messages no longer than those seen.
#ifndef SMSFILTER_CLASSIFIER_H_
#define SMSFILTER_CLASSIFIER_H_

#include <memory>
#include <string_view>

#include "smsfilter/model.h"
#include "smsfilter/result.h"
#include "smsfilter/status.h"

namespace smsfilter {

class Classifier {
 public:
  explicit Classifier(std::shared_ptr<const Model> model);
  ~Classifier();
  Classifier(Classifier&&) noexcept;
  Classifier& operator=(Classifier&&) noexcept;

  // `text` and `sender` are UTF-8; invalid sequences are read as U+FFFD. What is read is
  // bounded in visible characters: invisible ones (U+200B, U+00AD, U+FE0F, controls ...)
  // are dropped and white space runs read as one space, neither counting; a text of more
  // than FeaturizerSettings::max_chars visible characters is read at both ends, half from
  // each, and a sender up to 32. So that chat around a scam can't hide it, a longer text
  // is also weighed in windows (over its first and last 4,000 visible characters if
  // longer still), counted in the characters normalisation keeps: when the text reads as
  // personal, a window of 40, one every 10, that reads as marketing or fraud at 0.9 or
  // more decides; when it reads as a notice or code that gives a number or link, a window
  // of 60, one every 30, that reads as fraud at 0.95 or more. The cost is flat in the
  // input's size. A text read whole is also weighed by its parts, so that an ad can't
  // hide a code nor a code or notice launder a scam: one that reads as marketing is read
  // by its verification code's clause with the clauses either side of it in its
  // sentence when those alone read as security at 0.9 or more, and one that reads as
  // security or transaction by the rest without one of its sentences, without its code's
  // clauses (and what follows them in their sentence, a clause at a time), or, unless it
  // warns against something, without its opening clauses, when that reads as fraud at
  // 0.95 or more.
  Status classify(std::string_view text, std::string_view sender, Result* result);
  // The same for UTF-16 (Java and Apple strings); unpaired surrogates are read as U+FFFD.
  Status classify(std::u16string_view text, std::u16string_view sender, Result* result);

  // The last classified message after normalisation (NFKC, case folding, the model's
  // character map, separators between Chinese characters removed), as UTF-8: what the
  // model read, so of a message over max_chars its two ends, or the window that decided.
  // Valid until the next call on this Classifier.
  std::string_view normalized_text() const;

  const Model& model() const;

  // The library's own way in (the policy reads the last message's analysis), defined in
  // its private headers: not for applications.
  struct Access;

 private:
  struct State;
  std::shared_ptr<const Model> model_;
  std::unique_ptr<State> state_;
};

}  // namespace smsfilter

#endif  // SMSFILTER_CLASSIFIER_H_
