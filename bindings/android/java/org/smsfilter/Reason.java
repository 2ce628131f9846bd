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
    /** A block by the model or the phishing override became a mute: a code or notice. */
    PROTECTED,
    /** A rule blocked what the model calls security or transaction. */
    OVERRIDES_MODEL,
    /** Too many messages from the sender; the value is how many. */
    FLOOD,
    /** The user's feedback shifted the model; the value is the shift towards spam. */
    FEEDBACK,
    /** The message carries a verification code. */
    CODE,
    /** Sent from a number the registry lists for {@link Decision#organization()}. */
    OFFICIAL_SENDER,
    /** Every link goes to a domain of an organisation the message names. */
    OFFICIAL_LINK,
    /**
     * The message names an organisation but gives a number, link or QQ/WeChat id the
     * registry doesn't list for it: never allowed by the model alone.
     */
    SUSPICIOUS_CONTACT;

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
