package org.smsfilter;

/** The languages of {@link Reason#text(Language)}. Each constant carries the native value. */
public enum Language {
  ENGLISH(0),
  /** Simplified Chinese (zh-CN). */
  CHINESE(1);

  private final int value;

  Language(int value) {
    this.value = value;
  }

  /** The native library's number for this language. */
  public int value() {
    return value;
  }
}
