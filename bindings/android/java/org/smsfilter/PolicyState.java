package org.smsfilter;

import java.lang.ref.Reference;
import java.util.Objects;

/**
 * One user's memory for a {@link Policy}: flood counts and the feedback overlay. The app saves
 * it with {@link #save()} and restores it with {@link #restore(byte[])} across restarts.
 *
 * <p>Thread safety: calls take turns; a state is meant for one user's messages in order.
 */
public final class PolicyState implements AutoCloseable {
  static {
    System.loadLibrary("smsfilter_jni");
  }

  private final NativeHandle handle;

  /** An empty state. */
  public PolicyState() {
    handle = new NativeHandle(this, nativeCreate(), PolicyState::nativeDelete);
  }

  /**
   * The whole state as bytes for the app to persist: about 80 KB at most, when the flood
   * histories of 256 senders and 512 feedback entries are full.
   */
  public synchronized byte[] save() {
    try {
      return nativeSave(handle.get());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Replaces the state with one saved before.
   *
   * @throws SmsFilterException (INVALID_ARGUMENT) if the bytes are damaged or of another
   *     version; the state is then unchanged
   */
  public synchronized void restore(byte[] saved) {
    Objects.requireNonNull(saved, "saved");
    try {
      nativeRestore(handle.get(), saved);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** How many (sender, category) flood histories are kept. */
  public synchronized int trackedSenderCount() {
    try {
      return nativeTrackedSenderCount(handle.get());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** How many feedback adjustments are kept. */
  public synchronized int feedbackEntryCount() {
    try {
      return nativeFeedbackEntryCount(handle.get());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public synchronized void close() {
    handle.close();
  }

  // Callers hold this object's lock while they use the address, so close() waits for them.
  long address() {
    return handle.get();
  }

  private static native long nativeCreate();

  private static native void nativeDelete(long address);

  private static native byte[] nativeSave(long address);

  private static native void nativeRestore(long address, byte[] saved);

  private static native int nativeTrackedSenderCount(long address);

  private static native int nativeFeedbackEntryCount(long address);
}
