package org.smsfilter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** What classifying one message returns. Immutable. */
public final class Result {
  private final Category category;
  private final float[] probabilities;
  private final boolean unsure;
  private final List<FeatureContribution> topFeatures;

  // Called by the native library.
  private Result(int category, float[] probabilities, boolean unsure, String[] featureNames,
      float[] featureWeights) {
    this.category = NativeEnum.fromValue(Category.class, category);
    this.probabilities = probabilities;
    this.unsure = unsure;
    List<FeatureContribution> features = new ArrayList<>(featureNames.length);
    for (int i = 0; i < featureNames.length; ++i) {
      features.add(new FeatureContribution(featureNames[i], featureWeights[i]));
    }
    topFeatures = Collections.unmodifiableList(features);
  }

  /** The most probable category. */
  public Category category() {
    return category;
  }

  /** The probability of {@link #category()}. */
  public float confidence() {
    return probability(category);
  }

  /** The calibrated probability of {@code c}; the five sum to 1. */
  public float probability(Category c) {
    return probabilities[c.value()];
  }

  /**
   * The top probability is below the model's threshold: leave the message alone rather than
   * act on {@link #category()}.
   */
  public boolean isUnsure() {
    return unsure;
  }

  /** The features that raised the winning category most, strongest first. */
  public List<FeatureContribution> topFeatures() {
    return topFeatures;
  }

  /**
   * Why the model chose its category, for the message's owner who asks, e.g. "marketing
   * 0.97: w:贷款 +1.32, c2:退订 +0.85". The features are pieces of the message's text: never
   * log it.
   */
  public String explain() {
    StringBuilder out = new StringBuilder(category.name().toLowerCase(Locale.ROOT))
        .append(String.format(Locale.ROOT, " %.2f", confidence()));
    for (int i = 0; i < topFeatures.size(); ++i) {
      FeatureContribution f = topFeatures.get(i);
      out.append(i == 0 ? ": " : ", ").append(f.name())
          .append(String.format(Locale.ROOT, " %+.2f", f.weight()));
    }
    return out.toString();
  }

  /** Category, confidence and unsure: safe to log ({@link #explain()} is not). */
  @Override
  public String toString() {
    return category.name().toLowerCase(Locale.ROOT)
        + String.format(Locale.ROOT, " %.2f", confidence()) + (unsure ? " unsure" : "");
  }
}
