package org.smsfilter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What classifying one message returns. Immutable. */
public final class Result {
  private final Category category;
  private final float[] probabilities;
  private final boolean unsure;
  private final List<FeatureContribution> topFeatures;

  // Called by the native library.
  private Result(int category, float[] probabilities, boolean unsure, String[] featureNames,
      float[] featureWeights) {
    this.category = Category.fromIndex(category);
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
    return probabilities[c.ordinal()];
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

  @Override
  public String toString() {
    return category + " " + confidence() + (unsure ? " unsure " : " ") + topFeatures;
  }
}
