package org.smsfilter;

/**
 * The kind of an organisation in the official-channel registry. The declaration order is
 * the native library's.
 */
public enum OrganizationKind {
  /** Banks and card issuers. */
  BANK,
  /** Payment apps, wallets, card schemes, stored-value cards. */
  PAYMENT,
  /** Mobile carriers. */
  CARRIER,
  /** Online shops, marketplaces and retail chains. */
  ECOMMERCE,
  /** Couriers, post offices, parcel lockers. */
  DELIVERY,
  /** Ride hailing, maps, food delivery and restaurant chains. */
  RIDE_FOOD,
  AIRLINE,
  RAIL,
  /** Travel agencies, hotel and booking platforms. */
  TRAVEL,
  INSURER,
  /** Securities brokers and trading apps. */
  BROKER,
  /** Government services and regulators. */
  GOVERNMENT,
  /** Electricity, water and gas. */
  UTILITY,
  /** Internet platforms, app stores, device makers. */
  PLATFORM;

  private static final OrganizationKind[] VALUES = values();

  /** The kind at a native index; null for -1 (no organisation). */
  static OrganizationKind fromIndex(int index) {
    return index < 0 ? null : VALUES[index];
  }
}
