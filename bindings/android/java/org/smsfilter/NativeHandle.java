package org.smsfilter;

import java.lang.ref.Cleaner;
import java.util.function.LongConsumer;

/**
 * The address of a native object owned by one Java object. {@link #close()} deletes it; an
 * owner that is never closed has it deleted some time after the owner becomes unreachable.
 * Not thread-safe: owners synchronize.
 */
final class NativeHandle {
  private static final Cleaner CLEANER = Cleaner.create();

  private final Cleaner.Cleanable cleanable;
  private long address;

  NativeHandle(Object owner, long nativeAddress, LongConsumer delete) {
    address = nativeAddress;
    // The action must not reach the owner, or the owner would never become unreachable.
    cleanable = CLEANER.register(owner, () -> delete.accept(nativeAddress));
  }

  long get() {
    if (address == 0) throw new IllegalStateException("smsfilter object is closed");
    return address;
  }

  void close() {
    address = 0;
    cleanable.clean();
  }
}
