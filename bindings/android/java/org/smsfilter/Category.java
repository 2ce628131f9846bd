package org.smsfilter;

/** What a message is. Each constant carries the native library's value. */
public enum Category {
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

  private final int value;

  Category(int value) {
    this.value = value;
  }

  /** The native library's number for this category. */
  public int value() {
    return value;
  }

  static Category fromValue(int value) {
    for (Category c : values()) {
      if (c.value == value) return c;
    }
    throw new IllegalArgumentException("unknown category " + value);
  }
}
