package org.smsfilter;

/** The user's verdict on a message, for {@link Policy#recordFeedback}. */
public enum Feedback implements NativeEnum {
  // SMSF_FEEDBACK in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /** This is spam: the sender's and similar messages lean towards marketing and fraud. */
  SPAM(0),
  /** This is not spam: they lean away from marketing and fraud. */
  NOT_SPAM(1);
  // End of SMSF_FEEDBACK.

  private final int value;

  Feedback(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
