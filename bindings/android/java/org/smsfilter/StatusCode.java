package org.smsfilter;

/** Why an operation failed; the values are those of the C and C++ APIs. */
public enum StatusCode implements NativeEnum {
  // SMSF_STATUS_CODE in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
  /** Success. */
  OK(0),
  /** An argument is null, out of range or malformed. */
  INVALID_ARGUMENT(1),
  /** A file can't be opened, read or written. */
  IO_ERROR(2),
  /** Not a smsfilter model. */
  BAD_MAGIC(3),
  /** A model format or featurizer version this library cannot read. */
  UNSUPPORTED_VERSION(4),
  /** Shorter than its header says. */
  TRUNCATED(5),
  /** The model's bytes changed after it was written. */
  CHECKSUM_MISMATCH(6),
  /** The header is valid, but a section is out of range or inconsistent. */
  CORRUPT_MODEL(7),
  /** Samples stored in the model classify differently here. */
  SELF_TEST_FAILED(8),
  /** An ICU or allocation failure. */
  INTERNAL(9);
  // End of SMSF_STATUS_CODE.

  private final int value;

  StatusCode(int value) {
    this.value = value;
  }

  @Override
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
