package org.smsfilter;

/**
 * Where a transaction or a promotion belongs: the folder Apple's sub-actions name. Each
 * constant carries the native library's value.
 */
public enum SubKind implements NativeEnum {
  // SMSF_SUB_KIND in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /**
   * Neither: personal, fraud, unsure, or a transaction flagged as phishing or with a suspicious
   * contact.
   */
  NONE(0),
  /** Any other transaction. */
  TRANSACTIONAL_OTHERS(1),
  /** Banks, payment, brokers, insurers; money moved. */
  TRANSACTIONAL_FINANCE(2),
  /** Shops, deliveries, pickup codes, ride and food orders. */
  TRANSACTIONAL_ORDERS(3),
  /** Trips, tickets, appointments, bills due. */
  TRANSACTIONAL_REMINDERS(4),
  /** Hospitals, vaccinations, health checks. */
  TRANSACTIONAL_HEALTH(5),
  /** Weather warnings. */
  TRANSACTIONAL_WEATHER(6),
  /** The user's mobile carrier. */
  TRANSACTIONAL_CARRIER(7),
  /** Points and memberships. */
  TRANSACTIONAL_REWARDS(8),
  /** Government services and utilities. */
  TRANSACTIONAL_PUBLIC_SERVICES(9),
  /** Any other promotion. */
  PROMOTIONAL_OTHERS(10),
  /** Discounts, sales, prices. */
  PROMOTIONAL_OFFERS(11),
  /** Coupons, vouchers, red packets. */
  PROMOTIONAL_COUPONS(12);
  // End of SMSF_SUB_KIND.

  private final int value;

  SubKind(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
