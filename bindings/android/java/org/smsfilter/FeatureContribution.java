package org.smsfilter;

/**
 * One feature that pushed a message towards its category, such as "w:验证码" (a word),
 * "2:退订" (a character bigram), "m:url" (a marker) or "s:service" (the sender's kind).
 */
public final class FeatureContribution {
  private final String name;
  private final float weight;

  FeatureContribution(String name, float weight) {
    this.name = name;
    this.weight = weight;
  }

  public String name() {
    return name;
  }

  /** How much the feature raised the winning category's logit. */
  public float weight() {
    return weight;
  }

  @Override
  public String toString() {
    return name + "=" + weight;
  }
}
