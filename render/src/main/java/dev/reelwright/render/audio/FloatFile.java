package dev.reelwright.render.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Raw interleaved stereo sound in a scratch file: little-endian 32-bit floats, 48 kHz. The mix
 * and the mastered sound live in such files, so no stage holds a whole video's sound in memory.
 */
public final class FloatFile {
    private FloatFile() {
    }

    /** Appends stereo frames to a new (or emptied) file. */
    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final FileChannel out;
        private ByteBuffer bytes = ByteBuffer.allocate(0);

        public Writer(Path file) {
            this.file = file;
            try {
                out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write sound to " + file, e);
            }
        }

        public void write(float[] interleaved, int frames) {
            int size = frames * 2 * Float.BYTES;
            if (bytes.capacity() < size) {
                bytes = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
            }
            bytes.clear();
            bytes.asFloatBuffer().put(interleaved, 0, frames * 2);
            bytes.limit(size);
            try {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write sound to " + file, e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write sound to " + file, e);
            }
        }
    }

    /** Reads stereo frames in order; past the end of the file, silence. */
    public static final class Reader implements AutoCloseable {
        private final Path file;
        private final FileChannel in;
        private ByteBuffer bytes = ByteBuffer.allocate(0);

        public Reader(Path file) {
            this.file = file;
            try {
                in = FileChannel.open(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sound from " + file, e);
            }
        }

        /** Fills {@code frames} stereo frames into {@code out}. */
        public void read(float[] out, int frames) {
            int size = frames * 2 * Float.BYTES;
            if (bytes.capacity() < size) {
                bytes = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
            }
            bytes.clear();
            bytes.limit(size);
            try {
                while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                    // Keep reading: a file channel may return less than asked.
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sound from " + file, e);
            }
            int floats = bytes.position() / Float.BYTES;
            bytes.flip();
            bytes.asFloatBuffer().get(out, 0, floats);
            java.util.Arrays.fill(out, floats, frames * 2, 0f);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // Read-only scratch file: nothing to lose.
            }
        }
    }
}
