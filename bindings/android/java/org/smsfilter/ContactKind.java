package org.smsfilter;

/**
 * How a message asks to be reached, for a {@link Reason.Kind#SUSPICIOUS_CONTACT} reason.
 * Each constant carries the native library's value.
 */
public enum ContactKind implements NativeEnum {
  // SMSF_CONTACT_KIND in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /** A mobile number: a person's. */
  MOBILE(0),
  /** A 400/800 number: anyone can rent one. */
  PAID_HOTLINE(1),
  /** A landline number. */
  LANDLINE(2),
  /** A number with another country code than +86. */
  FOREIGN(3),
  /** A link to a host the organisation doesn't use (host). */
  LINK(4),
  /** A QQ number or WeChat id to add. */
  MESSAGING_ID(5);
  // End of SMSF_CONTACT_KIND.

  private final int value;

  ContactKind(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
