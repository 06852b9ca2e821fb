package dev.reelwright.director.voice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.exceptions.SynthesisException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The default voice: MaryTTS in-process with the {@code cmu-slt-hsmm} voice, nothing to install.
 * Word timings come from the realised acoustic parameters: phone durations ({@code ph@d}) and
 * pauses ({@code boundary@duration}) summed in document order, which matches the audio.
 */
public final class MaryVoice implements Voice {
    /** MaryTTS's vocoder queues at most 1024 samples of 16 bits. */
    static final int QUEUED_BYTES = 2 * 1024;
    /** The vocoder fills its queue in about half a millisecond; a quarter keeps it mostly busy. */
    private static final long POLL_NANOS = 250_000;
    /**
     * A queue that has not grown for this long is at its end: a read then may block for the rest
     * of a block. Shorter, and a vocoder thread that merely lost its core for a moment would be
     * waited for sample by sample.
     */
    private static final long PATIENCE_NANOS = 2_000_000;
    /** The vocoder sends a sample every few microseconds; this long without one means it has died. */
    private static final long STALL_LIMIT_NANOS = 20_000_000_000L;
    public static final String DEFAULT = "cmu-slt-hsmm";
    /** MaryTTS engines not in use; one per thread speaking, each with its own settings. */
    private static final Deque<LocalMaryInterface> IDLE = new ArrayDeque<>();

    private final String voiceName;

    public MaryVoice(String voiceName) {
        this.voiceName = voiceName;
    }

    @Override
    public String name() {
        return voiceName;
    }

    @Override
    public Locale locale() {
        return Locale.US;
    }

    @Override
    public Speech speak(String text) {
        LocalMaryInterface engine = borrow();
        try {
            engine.setVoice(voiceName);
            MaryStartup.startModulesFor(voiceName);
            // One analysis, one synthesis: the synthesiser writes the durations it realised
            // back into the acoustic parameters, so they give the word timings of this audio.
            engine.setInputType("TEXT");
            engine.setOutputType("ACOUSTPARAMS");
            Document acoustics = engine.generateXML(text);
            engine.setInputType("ACOUSTPARAMS");
            engine.setOutputType("AUDIO");
            float[] samples;
            int rate;
            try (AudioInputStream audio = engine.generateAudio(acoustics)) {
                rate = (int) audio.getFormat().getSampleRate();
                samples = toFloats(audio);
            }
            return new Speech(samples, rate, wordTimings(acoustics));
        } catch (SynthesisException | IOException | IllegalArgumentException e) {
            throw new VoiceException("the voice " + voiceName + " could not speak this text (" + e.getMessage() + ")", e);
        } finally {
            giveBack(engine);
        }
    }

    /**
     * The vocoder is most of the work and runs on one core: texts are spoken two at a time on
     * two cores (measured: 13 scenes in 2.6 s instead of 3.5 s warm, the same samples).
     */
    @Override
    public List<Speech> speakAll(List<String> texts) {
        int threads = Math.min(texts.size(), Math.min(2, Runtime.getRuntime().availableProcessors()));
        if (threads <= 1) {
            return Voice.super.speakAll(texts);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "reel-voice");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Speech>> spoken = new ArrayList<>();
            for (String text : texts) {
                spoken.add(pool.submit(() -> speak(text)));
            }
            List<Speech> speeches = new ArrayList<>();
            for (Future<Speech> speech : spoken) {
                speeches.add(speech.get());
            }
            return speeches;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new VoiceException("the voice " + voiceName + " failed (" + e.getCause() + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VoiceException("speaking was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The words of an English {@code sentence} with their parts of speech (Penn tags: NN, JJ, VBZ ...),
     * as MaryTTS's tagger reads it for speaking; empty when the built-in voice cannot start.
     */
    public static List<String[]> partsOfSpeech(String sentence) {
        LocalMaryInterface engine;
        try {
            engine = borrow();
        } catch (VoiceException e) {
            return List.of();
        }
        try {
            MaryStartup.startTaggerFor(DEFAULT);
            engine.setLocale(Locale.US);
            engine.setInputType("TEXT");
            engine.setOutputType("PARTSOFSPEECH");
            NodeList tokens = engine.generateXML(sentence).getElementsByTagName("t");
            List<String[]> tagged = new ArrayList<>();
            for (int i = 0; i < tokens.getLength(); i++) {
                Element token = (Element) tokens.item(i);
                tagged.add(new String[] {token.getTextContent().strip(), token.getAttribute("pos")});
            }
            return tagged;
        } catch (SynthesisException | RuntimeException e) {
            return List.of();
        } finally {
            giveBack(engine);
        }
    }

    /** Voices MaryTTS has on this machine. */
    public static List<String> available() {
        LocalMaryInterface engine = borrow();
        try {
            return List.copyOf(engine.getAvailableVoices());
        } finally {
            giveBack(engine);
        }
    }

    private static LocalMaryInterface borrow() {
        synchronized (IDLE) {
            return IDLE.isEmpty() ? MaryStartup.newEngine() : IDLE.pop();
        }
    }

    private static void giveBack(LocalMaryInterface engine) {
        synchronized (IDLE) {
            IDLE.push(engine);
        }
    }

    private static float[] toFloats(AudioInputStream audio) throws IOException {
        AudioFormat format = audio.getFormat();
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1 || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
            throw new IOException("unexpected audio format " + format);
        }
        byte[] pcm = drain(audio);
        float[] samples = new float[pcm.length / 2];
        boolean bigEndian = format.isBigEndian();
        for (int i = 0; i < samples.length; i++) {
            int lo = pcm[2 * i + (bigEndian ? 1 : 0)] & 0xFF;
            int hi = pcm[2 * i + (bigEndian ? 0 : 1)];
            samples[i] = (short) (hi << 8 | lo) / 32768f;
        }
        return samples;
    }

    /**
     * Reads MaryTTS's audio without a thread switch per sample. Its vocoder runs on a thread of its
     * own and hands over every sample through a 1024-place blocking queue, so reading as fast as
     * possible wakes one thread or the other for each sample: some 100,000 context switches a
     * second, a third of the CPU in the kernel. Waiting until the queue is full (or has stopped
     * growing, at the end) and then taking what is there costs a short sleep per 1024 samples
     * instead (measured on the 13 scenes of {@code reel bench make}: 2.5 s and 4.3 s of CPU
     * instead of 4.0 s and 7.5 s, warm).
     * Every read asks for the same 1024 samples: MaryTTS divides each block it hands over by the
     * loudest sample it has seen so far, block included, so blocks sized by timing would make the
     * same text sound slightly different each time. Timing only decides when to read.
     * A wait for the next sample that lasts {@link #STALL_LIMIT_NANOS} means the vocoder died
     * without ending the stream (see {@link StallAlarm}): an error instead of a hang.
     */
    static byte[] drain(AudioInputStream audio) throws IOException {
        return drain(audio, STALL_LIMIT_NANOS);
    }

    /** @param stallLimitNanos how long a wait for the next sample may last before the vocoder counts as failed */
    static byte[] drain(AudioInputStream audio, long stallLimitNanos) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] block = new byte[QUEUED_BYTES];
        String stalled = "MaryTTS stopped producing sound part-way"
                + String.format(Locale.ROOT, " (its vocoder failed and sent nothing for %.1f s)", stallLimitNanos / 1e9);
        int before = -1;
        long unchangedNanos = 0;
        while (true) {
            int ready = audio.available() & ~1;
            boolean full = ready >= QUEUED_BYTES;
            if (!full && (ready != before || unchangedNanos < PATIENCE_NANOS)) {
                unchangedNanos = ready == before ? unchangedNanos + POLL_NANOS : 0;
                before = ready;
                pause();
                continue;
            }
            // A full queue is taken without blocking; one that stopped growing is at its end, or its vocoder failed.
            int read = full ? audio.read(block, 0, QUEUED_BYTES) : StallAlarm.read(() -> audio.read(block, 0, QUEUED_BYTES),
                    stallLimitNanos, stalled);
            if (read < 0) {
                return bytes.toByteArray();
            }
            bytes.write(block, 0, read);
            before = -1;
            unchangedNanos = 0;
        }
    }

    private static void pause() throws IOException {
        LockSupport.parkNanos(POLL_NANOS);
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted while speaking");
        }
    }

    /** Sums phone and pause durations in document order; each token spans its phones. */
    static List<WordTiming> wordTimings(Document acoustics) {
        List<WordTiming> words = new ArrayList<>();
        NodeList all = acoustics.getElementsByTagName("*");
        double timeMs = 0;
        String word = null;
        double wordStartMs = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            switch (element.getTagName()) {
                case "t" -> {
                    if (word != null) {
                        add(words, word, wordStartMs, timeMs);
                    }
                    word = element.getTextContent().strip();
                    wordStartMs = timeMs;
                }
                case "ph" -> timeMs += number(element, "d");
                case "boundary" -> {
                    if (word != null) {
                        add(words, word, wordStartMs, timeMs);
                        word = null;
                    }
                    timeMs += number(element, "duration");
                }
                default -> {
                }
            }
        }
        if (word != null) {
            add(words, word, wordStartMs, timeMs);
        }
        return words;
    }

    /** Punctuation tokens take no time and are not words. */
    private static void add(List<WordTiming> words, String token, double startMs, double endMs) {
        if (endMs > startMs && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
            words.add(new WordTiming(token, Math.round(startMs), Math.round(endMs)));
        }
    }

    private static double number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
