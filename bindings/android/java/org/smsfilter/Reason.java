package org.smsfilter;

/** One step of a {@link Decision}'s explanation. Immutable. */
public final class Reason {
  /** What contributed; the declaration order is the native library's. */
  public enum Kind {
    /** A user rule decided ({@link #ruleId()}). */
    RULE,
    /** The sender is allow-listed ({@link #ruleId()}): a block became a mute. */
    ALLOW_LISTED,
    /** A link to an untrusted host asking for credentials. */
    PHISHING,
    /** The category's action; the value is its probability. */
    MODEL,
    /** The model is unsure: no action. */
    UNSURE,
    /** The model alone may not block a possible code or bank notice. */
    PROTECTED,
    /** A rule blocked what the model calls security or transaction. */
    OVERRIDES_MODEL,
    /** Too many messages from the sender; the value is how many. */
    FLOOD,
    /** The user's feedback shifted the model; the value is the shift towards spam. */
    FEEDBACK;

    private static final Kind[] VALUES = values();
  }

  private final Kind kind;
  private final String ruleId;
  private final float value;
  private final String detail;

  Reason(int kind, String ruleId, float value, String detail) {
    this.kind = Kind.VALUES[kind];
    this.ruleId = ruleId;
    this.value = value;
    this.detail = detail;
  }

  public Kind kind() {
    return kind;
  }

  /** The rule's id for RULE, ALLOW_LISTED and OVERRIDES_MODEL; otherwise "". */
  public String ruleId() {
    return ruleId;
  }

  public float value() {
    return value;
  }

  /** For people and logs; codes and card numbers are masked. */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return kind + (ruleId.isEmpty() ? "" : " " + ruleId) + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
