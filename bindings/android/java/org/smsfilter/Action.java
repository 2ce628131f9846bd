package org.smsfilter;

/** What the phone does with a message. Each constant carries the native library's value. */
public enum Action implements NativeEnum {
  // SMSF_ACTION in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /** No opinion (the model is unsure): the host's default applies. */
  NONE(0),
  /** Deliver normally, with a notification. */
  ALLOW(1),
  /** Deliver silently, or to a filtered folder. */
  MUTE(2),
  /** Keep out of the inbox: the blocked or spam folder. */
  BLOCK(3);
  // End of SMSF_ACTION.

  private final int value;

  Action(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }

  /** What the default SMS app does with a message given this action. */
  public AndroidDelivery androidDelivery() {
    switch (this) {
      case MUTE:
        return AndroidDelivery.SILENT;
      case BLOCK:
        return AndroidDelivery.BLOCK;
      default:
        return AndroidDelivery.NOTIFY;
    }
  }
}
