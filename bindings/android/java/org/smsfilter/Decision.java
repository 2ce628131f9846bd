package org.smsfilter;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** What a {@link Policy} decided for one message, and why. Immutable. */
public final class Decision {
  private final Action action;
  private final Category category;
  private final float[] probabilities;
  private final boolean unsure;
  private final SubKind subKind;
  private final List<Reason> reasons;
  private final VerificationCode code;
  private final String organization;
  private final OrganizationKind organizationKind;
  private final String description;

  // Called by the native library; code is null when there is none.
  private Decision(int action, int category, float[] probabilities, boolean unsure, int subKind,
      Reason[] reasons, String code, String issuer, String organization, int organizationKind,
      String description) {
    this.action = NativeEnum.fromValue(Action.class, action);
    this.category = NativeEnum.fromValue(Category.class, category);
    this.probabilities = probabilities;
    this.unsure = unsure;
    this.subKind = NativeEnum.fromValue(SubKind.class, subKind);
    this.reasons = Collections.unmodifiableList(Arrays.asList(reasons));
    this.code = code == null ? null : new VerificationCode(code, issuer);
    this.organization = organization;
    this.organizationKind = organizationKind < 0
        ? null
        : NativeEnum.fromValue(OrganizationKind.class, organizationKind);
    this.description = description;
  }

  public Action action() {
    return action;
  }

  /** The model's category after the user's feedback overlay. */
  public Category category() {
    return category;
  }

  /** The probability of {@link #category()}. */
  public float confidence() {
    return probability(category);
  }

  public float probability(Category c) {
    return probabilities[c.value()];
  }

  public boolean isUnsure() {
    return unsure;
  }

  /**
   * The folder of a transaction, security message or promotion; {@link SubKind#NONE} for
   * the others, when unsure, and for a transaction flagged as phishing or suspicious.
   */
  public SubKind subKind() {
    return subKind;
  }

  /** The steps that led to {@link #action()}, in the order the policy applied them. */
  public List<Reason> reasons() {
    return reasons;
  }

  /**
   * The verification code of a message that is not blocked; empty when the policy found a
   * scam request or phishing in it: the code is the bait.
   */
  public Optional<VerificationCode> code() {
    return Optional.ofNullable(code);
  }

  /**
   * The registry id of the organisation the message comes from (its official sender) or
   * else names, e.g. "icbc"; "" when none. A name alone proves nothing: see the
   * OFFICIAL_SENDER, OFFICIAL_LINK and SUSPICIOUS_CONTACT reasons.
   */
  public String organization() {
    return organization;
  }

  /** The kind of {@link #organization()}. */
  public Optional<OrganizationKind> organizationKind() {
    return Optional.ofNullable(organizationKind);
  }

  /**
   * One line for logs, e.g. "mute (fraud 0.93): model, code, protected": action, category,
   * confidence, sub-kind and the reasons' kinds. Nothing from the message (no text, code,
   * host, organisation or rule id): safe to log.
   */
  @Override
  public String toString() {
    return description;
  }
}
