package org.smsfilter;

/**
 * How a message asks to be reached, for a {@link Reason.Kind#SUSPICIOUS_CONTACT} reason.
 * Each constant carries the native library's value.
 */
public enum ContactKind implements NativeEnum {
  /** A mobile number: a person's. */
  MOBILE(0),
  /** A 400/800 number: anyone can rent one. */
  PAID_HOTLINE(1),
  LANDLINE(2),
  /** A number with another country code than +86. */
  FOREIGN(3),
  /** A link to a host the organisation doesn't use ({@link Reason#host()}). */
  LINK(4),
  /** A QQ number or WeChat id to add. */
  MESSAGING_ID(5);

  private final int value;

  ContactKind(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
