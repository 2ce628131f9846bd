package org.smsfilter;

/** What the phone does with a message. The declaration order is the native library's. */
public enum Action {
  /** No opinion (the classifier is unsure): the app's default applies. */
  NONE,
  /** Deliver normally, with a notification. */
  ALLOW,
  /** Deliver silently, or to a filtered folder. */
  MUTE,
  /** Keep out of the inbox: the blocked or spam folder. */
  BLOCK;

  private static final Action[] VALUES = values();

  static Action fromIndex(int index) {
    return VALUES[index];
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
