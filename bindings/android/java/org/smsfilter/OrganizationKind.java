package org.smsfilter;

/**
 * The kind of an organisation in the official-channel registry. Each constant carries the
 * native library's value.
 */
public enum OrganizationKind implements NativeEnum {
  // SMSF_ORGANIZATION_KIND in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /** Banks and card issuers. */
  BANK(0),
  /** Payment apps, wallets, card schemes, stored-value cards. */
  PAYMENT(1),
  /** Mobile carriers. */
  CARRIER(2),
  /** Online shops, marketplaces and retail chains. */
  ECOMMERCE(3),
  /** Couriers, post offices, parcel lockers. */
  DELIVERY(4),
  /** Ride hailing, maps, food delivery and restaurant chains. */
  RIDE_FOOD(5),
  /** Airlines. */
  AIRLINE(6),
  /** Railways. */
  RAIL(7),
  /** Travel agencies, hotel and booking platforms. */
  TRAVEL(8),
  /** Insurers. */
  INSURER(9),
  /** Securities brokers and trading apps. */
  BROKER(10),
  /** Government services and regulators. */
  GOVERNMENT(11),
  /** Electricity, water and gas. */
  UTILITY(12),
  /** Internet platforms, app stores, device makers. */
  PLATFORM(13);
  // End of SMSF_ORGANIZATION_KIND.

  private final int value;

  OrganizationKind(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
