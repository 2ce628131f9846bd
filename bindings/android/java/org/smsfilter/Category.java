package org.smsfilter;

/** What a message is. The declaration order is the native library's category order. */
public enum Category {
  /** Between people. */
  PERSONAL,
  /** The user's own money, orders, deliveries, bills, tickets. */
  TRANSACTION,
  /** Verification codes, login and device alerts, password changes. */
  SECURITY,
  /** Anything selling, even from legitimate companies. */
  MARKETING,
  /** Scams and phishing. */
  FRAUD;

  private static final Category[] VALUES = values();

  static Category fromIndex(int index) {
    return VALUES[index];
  }
}
