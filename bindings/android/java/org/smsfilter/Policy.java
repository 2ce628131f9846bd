package org.smsfilter;

import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The user's receive preferences, compiled: what the phone does with a classified message. See
 * docs/integration.md for the policy text and how decisions are made.
 *
 * <p>Thread safety: a policy never changes; any number of threads may decide with it at once,
 * each with its own {@link Classifier}. A {@link PolicyState} is used by one call at a time.
 */
public final class Policy implements AutoCloseable {
  static {
    System.loadLibrary("smsfilter_jni");
  }

  // Deciding holds the read lock, closing the write lock: decisions run in parallel and
  // close() waits for them.
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final NativeHandle handle;

  private Policy(long address) {
    handle = new NativeHandle(this, address, Policy::nativeDelete);
  }

  /**
   * Compiles a policy from its text form.
   *
   * @throws SmsFilterException (INVALID_ARGUMENT) naming the line or rule that is wrong
   */
  public static Policy parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Policy(nativeParse(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Decides for a message without an arrival time: no flood control. */
  public Decision decide(Classifier classifier, String text, String sender, PolicyState state) {
    return decide(classifier, text, sender, false, 0, state);
  }

  /**
   * Classifies a message with {@code classifier} and decides what to do with it.
   *
   * @param sender the sender's number or name, or "" if unknown
   * @param unixSeconds when the message arrived, for flood control
   * @param state the user's state, or null for neither feedback nor flood control; a message
   *     with a time is counted towards its sender's flood limits
   * @throws IllegalStateException if this policy, the classifier or the state is closed
   * @throws SmsFilterException on an internal error
   */
  public Decision decide(
      Classifier classifier, String text, String sender, long unixSeconds, PolicyState state) {
    return decide(classifier, text, sender, true, unixSeconds, state);
  }

  /**
   * Records the user's verdict on a message in {@code state}: its sender, signature and the
   * model's top features move towards or away from spam.
   */
  public void recordFeedback(
      Classifier classifier, String text, String sender, Feedback feedback, PolicyState state) {
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(state, "state");
    run(classifier, text, sender, state,
        (policy, c, s) -> {
          nativeRecordFeedback(policy, c, text, sender, feedback.value(), s);
          return null;
        });
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      handle.close();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private Decision decide(Classifier classifier, String text, String sender, boolean hasTime,
      long unixSeconds, PolicyState state) {
    return run(classifier, text, sender, state,
        (policy, c, s) -> nativeDecide(policy, c, text, sender, hasTime, unixSeconds, s));
  }

  private interface NativeCall<T> {
    T call(long policy, long classifier, long state);
  }

  // Holds, in this order, this policy's read lock, the classifier's and the state's locks.
  private <T> T run(
      Classifier classifier, String text, String sender, PolicyState state, NativeCall<T> call) {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sender, "sender");
    lock.readLock().lock();
    try {
      synchronized (classifier) {
        if (state == null) return call.call(handle.get(), classifier.address(), 0);
        synchronized (state) {
          return call.call(handle.get(), classifier.address(), state.address());
        }
      }
    } finally {
      lock.readLock().unlock();
      // The cleaners must not delete native objects while they are in use.
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(classifier);
      Reference.reachabilityFence(state);
    }
  }

  private static native long nativeParse(byte[] utf8Text);

  private static native void nativeDelete(long address);

  private static native Decision nativeDecide(long policy, long classifier, String text,
      String sender, boolean hasTime, long unixSeconds, long state);

  private static native void nativeRecordFeedback(long policy, long classifier, String text,
      String sender, int feedback, long state);
}
