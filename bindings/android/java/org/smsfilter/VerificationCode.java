package org.smsfilter;

/** A one-time code and who sent it, for autofill. Immutable. */
public final class VerificationCode {
  private final String code;
  private final String issuer;

  VerificationCode(String code, String issuer) {
    this.code = code;
    this.issuer = issuer;
  }

  /** 4 to 8 ASCII digits or letters. */
  public String code() {
    return code;
  }

  /** The signature without brackets, such as "招商银行"; may be "". */
  public String issuer() {
    return issuer;
  }
}
