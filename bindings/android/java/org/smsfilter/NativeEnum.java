package org.smsfilter;

/** An enum whose constants carry the native library's values: read by value, never by ordinal. */
interface NativeEnum {
  /** The native library's number for this constant. */
  int value();

  /** The constant of {@code type} with this native value. */
  static <E extends Enum<E> & NativeEnum> E fromValue(Class<E> type, int value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.value() == value) return constant;
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + value);
  }
}
