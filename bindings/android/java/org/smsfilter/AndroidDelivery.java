package org.smsfilter;

/** How the default SMS app delivers a message (see docs/integration.md). */
public enum AndroidDelivery implements NativeEnum {
  // SMSF_ANDROID_DELIVERY in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /** Store in the inbox and notify (allow, and none: the app's default). */
  NOTIFY(0),
  /** Store in the inbox without a notification (mute). */
  SILENT(1),
  /** Store in the blocked or spam folder, without a notification (block). */
  BLOCK(2);
  // End of SMSF_ANDROID_DELIVERY.

  private final int value;

  AndroidDelivery(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
