package dev.reelwright.director.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** A voice engine that stops sending without ending its stream gives an error, not a hang; a cancel stays a cancel. */
class StallAlarmTest {
    private static final AudioFormat FORMAT = new AudioFormat(16_000, 16, 1, true, false);

    @Test
    void aVocoderThatDiesPartWayIsReportedNotWaitedForForever() {
        BlockingQueue<Integer> samples = queueOf(8);
        long started = System.nanoTime();
        IOException stalled = assertThrows(IOException.class, () -> MaryVoice.drain(stream(samples), 200_000_000L));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(stalled.getMessage().contains("stopped producing sound part-way"), stalled.getMessage());
        assertFalse(stalled instanceof InterruptedIOException, "a stall is not a cancellation");
        assertTrue(seconds < 10, "gave up after " + seconds + " s");
        assertFalse(Thread.currentThread().isInterrupted(), "the alarm's interrupt was left set");
    }

    @Test
    void aSlowButLiveVocoderIsWaitedFor() throws Exception {
        BlockingQueue<Integer> samples = queueOf(4);
        Thread late = new Thread(() -> {
            sleep(150);
            samples.add(7);
            samples.add(9);
            samples.add(-1);
        });
        late.start();
        byte[] drained = MaryVoice.drain(stream(samples), 5_000_000_000L);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 7, 9}, drained);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void cancellingWhileWaitingIsStillACancellation() throws Exception {
        BlockingQueue<Integer> samples = queueOf(2);
        Thread speaker = Thread.currentThread();
        Thread canceller = new Thread(() -> {
            sleep(150);
            speaker.interrupt();
        });
        canceller.start();
        assertThrows(InterruptedIOException.class, () -> MaryVoice.drain(stream(samples), 5_000_000_000L));
        canceller.join();
        Thread.interrupted();
    }

    /** Bytes 1..count queued, then nothing: the producer has gone quiet. */
    private static BlockingQueue<Integer> queueOf(int count) {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(64);
        for (int i = 1; i <= count; i++) {
            queue.add(i);
        }
        return queue;
    }

    /** Like MaryTTS's stream: reads take from a queue (-1 ends it), and an interrupt becomes a RuntimeException. */
    private static AudioInputStream stream(BlockingQueue<Integer> queue) {
        InputStream in = new InputStream() {
            private boolean ended;

            @Override
            public int read() {
                if (ended) {
                    return -1;
                }
                try {
                    int next = queue.take();
                    ended = next < 0;
                    return next;
                } catch (InterruptedException e) {
                    throw new RuntimeException("Unexpected interruption", e);
                }
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = 0;
                while (n < length) {
                    if (n > 0 && queue.isEmpty()) {
                        break;
                    }
                    int next = read();
                    if (next < 0) {
                        return n == 0 ? -1 : n;
                    }
                    buffer[offset + n++] = (byte) next;
                }
                return n;
            }

            @Override
            public int available() {
                return (int) queue.stream().filter(b -> b >= 0).count();
            }
        };
        return new AudioInputStream(in, FORMAT, NOT_SPECIFIED);
    }

    private static final long NOT_SPECIFIED = AudioSystem.NOT_SPECIFIED;

    private static void sleep(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
