package org.smsfilter;

/**
 * A failure reported by the native library: a model that can't be opened, or an internal
 * error while classifying. Messages never contain SMS text.
 */
public final class SmsFilterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final StatusCode code;

  // Called by the native library.
  private SmsFilterException(int code, String message) {
    super(message);
    this.code = StatusCode.fromValue(code);
  }

  public StatusCode code() {
    return code;
  }
}
