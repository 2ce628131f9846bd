package org.smsfilter;

/** The user's verdict on a message, for {@link Policy#recordFeedback}. */
public enum Feedback {
  /** "This is spam": the sender's and similar messages lean towards marketing. */
  SPAM,
  /** "This is not spam": they lean away from marketing and fraud. */
  NOT_SPAM
}
