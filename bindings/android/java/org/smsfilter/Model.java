package org.smsfilter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An immutable smsfilter model (a .smsf file).
 *
 * <p>Thread safety: a model is never modified after it is opened. Open it once, share it
 * between threads, and give each thread its own {@link Classifier} on it. Closing the model
 * releases this object's reference; classifiers already made on it keep working until they
 * are closed themselves.
 */
public final class Model implements AutoCloseable {
  static {
    System.loadLibrary("smsfilter_jni");
  }

  // A buffer's bytes are read in place for as long as the native model exists, which is as
  // long as this object or any Classifier on it (each holds this object).
  private final ByteBuffer bytes;
  private final NativeHandle handle;

  private Model(long address, ByteBuffer bytes) {
    this.bytes = bytes;
    handle = new NativeHandle(this, address, Model::nativeDelete);
  }

  /**
   * Reads a model file into memory (read, not mapped: a file replaced while in use can't
   * crash the app); {@link #openBuffer} reads a mapped or direct buffer in place.
   *
   * @throws SmsFilterException if the file can't be read or isn't a valid model
   */
  public static Model openFile(String path) {
    Objects.requireNonNull(path, "path");
    return new Model(nativeOpenFile(path.getBytes(StandardCharsets.UTF_8)), null);
  }

  /**
   * Opens a model from the bytes between {@code bytes}' position and limit, such as an Android
   * asset mapped with {@code FileChannel.map}. A direct buffer is used in place and must not
   * change afterwards; other buffers are copied.
   *
   * @throws SmsFilterException if the bytes aren't a valid model
   */
  public static Model openBuffer(ByteBuffer bytes) {
    ByteBuffer direct = bytes.isDirect() ? bytes.slice() : directCopy(bytes);
    return new Model(nativeOpenBuffer(direct), direct);
  }

  /** Releases this object's reference to the native model; later calls throw. */
  @Override
  public synchronized void close() {
    handle.close();
  }

  // Callers hold this object's lock while they use the address, so close() waits for them.
  long address() {
    return handle.get();
  }

  private static ByteBuffer directCopy(ByteBuffer bytes) {
    ByteBuffer copy = ByteBuffer.allocateDirect(bytes.remaining());
    copy.put(bytes.duplicate()).flip();
    return copy;
  }

  private static native long nativeOpenFile(byte[] utf8Path);

  private static native long nativeOpenBuffer(ByteBuffer direct);

  private static native void nativeDelete(long address);
}
