package dev.reelwright.director.voice;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Guards a read that may block for good: MaryTTS's vocoder runs on a thread of its own and, when
 * it fails, logs the error and stops without ending the stream, so a reader waiting for the next
 * sample would wait forever. A read that gets nothing for {@code limitNanos} is interrupted and
 * reported as a stall; an interrupt from anyone else still reads as a cancellation.
 */
final class StallAlarm {
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reel-voice-stall-alarm");
        thread.setDaemon(true);
        return thread;
    });

    /** A read that blocks until it has something; MaryTTS turns an interrupt into a RuntimeException. */
    interface BlockingRead {
        int read() throws IOException;
    }

    private final Thread reader = Thread.currentThread();
    /** Set once, by whichever comes first: the alarm going off, or the read ending. */
    private boolean decided;
    private boolean rang;

    private StallAlarm() {
    }

    static int read(BlockingRead read, long limitNanos, String stalled) throws IOException {
        StallAlarm alarm = new StallAlarm();
        ScheduledFuture<?> ringing = CLOCK.schedule(alarm::ring, limitNanos, TimeUnit.NANOSECONDS);
        try {
            int got = read.read();
            alarm.settle();
            return got;
        } catch (IOException | RuntimeException e) {
            if (alarm.settle()) {
                throw new IOException(stalled, e);
            }
            if (e instanceof RuntimeException && e.getCause() instanceof InterruptedException) {
                InterruptedIOException interrupted = new InterruptedIOException("interrupted while speaking");
                interrupted.initCause(e);
                throw interrupted;
            }
            throw e;
        } finally {
            ringing.cancel(false);
        }
    }

    private synchronized void ring() {
        if (!decided) {
            decided = true;
            rang = true;
            reader.interrupt();
        }
    }

    /**
     * Ends the race with the alarm; true when it rang first. Its interrupt was meant for the read,
     * so it is cleared here (the alarm interrupts inside this lock, so it has happened by now).
     */
    private synchronized boolean settle() {
        if (decided) {
            if (rang) {
                Thread.interrupted();
            }
            return rang;
        }
        decided = true;
        return false;
    }
}
