package org.smsfilter;

/** What a message is. Each constant carries the native library's value. */
public enum Category implements NativeEnum {
  // SMSF_CATEGORY in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /** Between people. */
  PERSONAL(0),
  /** The user's own money, orders, deliveries, bills, tickets. */
  TRANSACTION(1),
  /** Verification codes, login and device alerts, password changes. */
  SECURITY(2),
  /** Anything selling, even from legitimate companies. */
  MARKETING(3),
  /** Scams and phishing. */
  FRAUD(4);
  // End of SMSF_CATEGORY.

  private final int value;

  Category(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
