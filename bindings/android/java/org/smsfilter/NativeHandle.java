package org.smsfilter;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The address of a native object owned by one Java object. {@link #close()} deletes it.
 *
 * <p>An owner that is never closed has its native object deleted after it becomes
 * unreachable, the next time any handle is created or closed: a phantom reference queue
 * that works on every Android version (java.lang.ref.Cleaner needs API 33), with no thread
 * of its own and no finalizer. Not thread-safe per handle: owners synchronize.
 */
final class NativeHandle {
  /** Deletes its native object once, whether its owner was closed or collected. */
  private static final class Tracker extends PhantomReference<Object> {
    private final long address;
    private final LongConsumer delete;

    Tracker(Object owner, long address, LongConsumer delete) {
      super(owner, UNREACHABLE);
      this.address = address;
      this.delete = delete;
    }

    void deleteOnce() {
      if (LIVE.remove(this)) delete.accept(address);
    }
  }

  private static final ReferenceQueue<Object> UNREACHABLE = new ReferenceQueue<>();
  // Keeps the trackers themselves reachable until their native object is deleted.
  private static final Set<Tracker> LIVE = Collections.newSetFromMap(new ConcurrentHashMap<>());

  private final Tracker tracker;
  private long address;

  /** {@code delete} must not reach {@code owner}, or the owner would never become unreachable. */
  NativeHandle(Object owner, long nativeAddress, LongConsumer delete) {
    deleteUnreachable();
    address = nativeAddress;
    tracker = new Tracker(owner, nativeAddress, delete);
    LIVE.add(tracker);
  }

  long get() {
    if (address == 0) throw new IllegalStateException("smsfilter object is closed");
    return address;
  }

  void close() {
    address = 0;
    tracker.deleteOnce();
    deleteUnreachable();
  }

  /** How many native objects are not deleted yet. */
  static int liveCount() {
    return LIVE.size();
  }

  /** Deletes the native objects of the owners collected so far. */
  static void deleteUnreachable() {
    for (Object r; (r = UNREACHABLE.poll()) != null; ) ((Tracker) r).deleteOnce();
  }
}
