package org.smsfilter;

/** Why an operation failed; the values are those of the C and C++ APIs. */
public enum StatusCode {
  OK(0),
  INVALID_ARGUMENT(1),
  IO_ERROR(2),
  /** Not a smsfilter model. */
  BAD_MAGIC(3),
  /** A model format version this library cannot read. */
  UNSUPPORTED_VERSION(4),
  /** Shorter than its header says. */
  TRUNCATED(5),
  /** The bytes changed after the model was written. */
  CHECKSUM_MISMATCH(6),
  /** The header is valid, but a section is out of range or inconsistent. */
  CORRUPT_MODEL(7),
  /** Samples stored in the model classify differently on this device. */
  SELF_TEST_FAILED(8),
  /** An ICU or allocation failure. */
  INTERNAL(9);

  private final int value;

  StatusCode(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  /** The code with this value; INTERNAL for a value this version doesn't know. */
  public static StatusCode fromValue(int value) {
    for (StatusCode code : values()) {
      if (code.value == value) return code;
    }
    return INTERNAL;
  }
}
