package org.smsfilter;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * NativeHandle without java.lang.ref.Cleaner (Android API 31): close() deletes once, and an
 * owner dropped without close() has its native object deleted after it is collected.
 * In package org.smsfilter to reach the package-private class. usage: NativeHandleTest
 */
public final class NativeHandleTest {
  private static final AtomicInteger deleted = new AtomicInteger();

  private static void delete(long address) {
    deleted.incrementAndGet();
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      System.err.println("FAILED: " + what);
      System.exit(1);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    final int before = NativeHandle.liveCount();
    NativeHandle closed = new NativeHandle(new Object(), 1, NativeHandleTest::delete);
    check(closed.get() == 1, "the handle holds its address");
    closed.close();
    closed.close();
    check(deleted.get() == 1, "close() deletes once, however often it is called");
    try {
      closed.get();
      check(false, "a closed handle refuses get()");
    } catch (IllegalStateException expected) {
      // as documented
    }

    final int dropped = 100;
    for (int i = 0; i < dropped; ++i) new NativeHandle(new Object(), 2, NativeHandleTest::delete);
    check(NativeHandle.liveCount() == before + dropped, "unclosed handles stay live");
    for (int round = 0; round < 200 && deleted.get() < 1 + dropped; ++round) {
      System.gc();
      Thread.sleep(10);
      NativeHandle.deleteUnreachable();
    }
    check(deleted.get() == 1 + dropped, "every dropped owner's object is deleted once");
    check(NativeHandle.liveCount() == before, "no handle stays live");
    System.out.println("NativeHandle: close() and collected owners delete once each");
  }
}
