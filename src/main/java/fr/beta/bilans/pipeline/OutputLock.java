package fr.beta.bilans.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The lock that keeps two runs from writing to one output folder: an OS file lock on {@code
 * .bilans.lock}, released by the OS even when the holder is killed. The file says who holds it, for
 * the message of the run that finds it taken.
 */
public final class OutputLock implements AutoCloseable {

  static final String FILE = ".bilans.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, or waits for it when {@code wait}; throws {@link OutputBusyException} when
   * taken and not waiting.
   */
  public static OutputLock acquire(Path output, boolean wait)
      throws IOException, OutputBusyException {
    Files.createDirectories(output);
    Path file = output.resolve(FILE);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = tryLock(channel);
      while (lock == null && wait) {
        Thread.sleep(200);
        lock = tryLock(channel);
      }
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        throw new OutputBusyException(
            "another bilans run is writing to "
                + output
                + (holder.isEmpty() ? "" : " (" + holder + ")")
                + "; wait for it to end, or run with --wait");
      }
      String me = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now();
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new OutputLock(channel, lock);
    } catch (InterruptedException e) {
      channel.close();
      Thread.currentThread().interrupt();
      throw new OutputBusyException("interrupted while waiting for the run that holds " + output);
    } catch (IOException | OutputBusyException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The lock, or null when another process, or another run in this JVM, holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }
}
