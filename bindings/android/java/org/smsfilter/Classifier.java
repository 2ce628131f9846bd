package org.smsfilter;

import java.lang.ref.Reference;
import java.util.Objects;

/**
 * Classifies messages with a {@link Model}.
 *
 * <p>Thread safety: a classifier holds one caller's scratch buffers. Use one per thread; they
 * are cheap next to the model, which they share. Calls on one classifier from several threads
 * are safe but take turns.
 */
public final class Classifier implements AutoCloseable {
  // Keeps the model, and so the bytes it reads, alive for as long as this classifier.
  private final Model model;
  private final NativeHandle handle;

  /** @throws IllegalStateException if the model is closed */
  public Classifier(Model model) {
    this.model = Objects.requireNonNull(model, "model");
    long address;
    synchronized (model) {
      address = nativeCreate(model.address());
    }
    handle = new NativeHandle(this, address, Classifier::nativeDelete);
  }

  /** Classifies a message whose sender is unknown. */
  public Result classify(String text) {
    return classify(text, "");
  }

  /**
   * Classifies one message. At most the model's max_chars visible characters of {@code text}
   * are read, half from each end of a longer one, and windows over its first and last 4,000
   * (as the C++ Classifier::classify says); invisible characters and spaces don't count.
   *
   * @param sender the sender's number or name as the phone shows it, or "" if unknown
   * @throws IllegalStateException if this classifier is closed
   * @throws SmsFilterException on an internal error
   */
  public synchronized Result classify(String text, String sender) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sender, "sender");
    try {
      return nativeClassify(handle.get(), text, sender);
    } finally {
      // The cleaner must not delete the native classifier while it is running.
      Reference.reachabilityFence(this);
    }
  }

  /** The model this classifier uses. */
  public Model model() {
    return model;
  }

  @Override
  public synchronized void close() {
    handle.close();
  }

  // Callers hold this object's lock while they use the address, so close() waits for them.
  long address() {
    return handle.get();
  }

  private static native long nativeCreate(long modelAddress);

  private static native void nativeDelete(long address);

  private static native Result nativeClassify(long address, String text, String sender);
}
