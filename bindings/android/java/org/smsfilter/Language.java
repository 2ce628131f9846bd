package org.smsfilter;

/** The languages of {@link Reason#text(Language)}. Each constant carries the native value. */
public enum Language implements NativeEnum {
  // SMSF_LANGUAGE in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /** English. */
  EN(0),
  /** Simplified Chinese (zh-CN). */
  ZH_CN(1);
  // End of SMSF_LANGUAGE.

  private final int value;

  Language(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
