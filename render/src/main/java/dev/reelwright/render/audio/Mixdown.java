package dev.reelwright.render.audio;

import dev.reelwright.draft.TrackRole;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.render.plan.AudioPart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Mixes every planned sound in float at 48 kHz stereo into a scratch file, streaming in 100 ms
 * chunks (memory stays flat however long the video), and measures the mix's loudness on the way.
 */
public final class Mixdown {
    static final int CHUNK_FRAMES = 4_800;
    private static final double SPEAKING_RMS = Math.pow(10, -45 / 20.0);
    /** While the voice speaks the music sits at least this far below it (quality target 18 dB, and a margin). */
    static final double VOICE_OVER_MUSIC_DB = 28;

    private final List<AudioPart> parts;
    private final SoundOpener opener;
    private final long totalFrames;

    public Mixdown(List<AudioPart> parts, SoundOpener opener, long durationMs) {
        this.parts = parts.stream().sorted(java.util.Comparator.comparingLong(AudioPart::startMs)).toList();
        this.opener = opener;
        this.totalFrames = durationMs * AudioReader.SAMPLE_RATE / 1000;
    }

    public long totalFrames() {
        return totalFrames;
    }

    /** Writes the mix to {@code scratch} (raw little-endian float) and returns its integrated loudness. */
    public double mixTo(Path scratch, Cancellation cancellation) {
        DuckingCurve ducking = parts.stream().anyMatch(AudioPart::ducked) ? duckingCurve(cancellation) : null;
        LoudnessMeter meter = new LoudnessMeter();
        List<ActivePart> active = new ArrayList<>();
        int next = 0;
        float[] mix = new float[CHUNK_FRAMES * 2];
        float[] source = new float[CHUNK_FRAMES * 2];
        try (FloatFile.Writer out = new FloatFile.Writer(scratch)) {
            for (long chunkStart = 0; chunkStart < totalFrames; chunkStart += CHUNK_FRAMES) {
                cancellation.check();
                int frames = (int) Math.min(CHUNK_FRAMES, totalFrames - chunkStart);
                long chunkEnd = chunkStart + frames;
                while (next < parts.size() && frameOf(parts.get(next).startMs()) < chunkEnd) {
                    active.add(new ActivePart(parts.get(next++)));
                }
                java.util.Arrays.fill(mix, 0f);
                for (ActivePart part : active) {
                    part.addTo(mix, source, chunkStart, frames, ducking);
                }
                active.removeIf(part -> part.finishedBefore(chunkEnd));
                meter.add(mix, frames);
                out.write(mix, frames);
            }
        } finally {
            active.forEach(ActivePart::close);
        }
        return meter.integratedLufs();
    }

    /**
     * Where the voice tracks are audible, in {@value DuckingCurve#BLOCK_MS} ms blocks, and how deep
     * the ducked tracks go there: {@value DuckingCurve#DEPTH_DB} dB, or more when their level while
     * the voice speaks is closer than {@value #VOICE_OVER_MUSIC_DB} dB to the voice's. Levels are
     * K-weighted, as loudness is measured: a bright bed is heard louder than its energy says.
     */
    private DuckingCurve duckingCurve(Cancellation cancellation) {
        int blockFrames = AudioReader.SAMPLE_RATE * DuckingCurve.BLOCK_MS / 1000;
        int blocks = (int) (totalFrames / blockFrames) + 1;
        BitSet speaking = new BitSet(blocks);
        float[] buffer = new float[blockFrames * 2];
        double voiceEnergy = 0;
        long voiceBlocks = 0;
        for (AudioPart voice : parts) {
            if (voice.role() != TrackRole.VOICE) {
                continue;
            }
            long firstBlock = frameOf(voice.startMs()) / blockFrames;
            long blockCount = frameOf(voice.durationMs()) / blockFrames;
            try (AudioReader reader = opener.open(voice.source(), voice.inMs())) {
                LoudnessMeter.KWeighting heard = new LoudnessMeter.KWeighting();
                for (long b = 0; b < blockCount; b++) {
                    if (b % 100 == 0) {
                        cancellation.check();
                    }
                    reader.read(buffer, blockFrames);
                    double sum = 0;
                    double weighted = 0;
                    for (int i = 0; i < blockFrames; i++) {
                        sum += buffer[2 * i] * buffer[2 * i] + buffer[2 * i + 1] * buffer[2 * i + 1];
                        weighted += heard.energy(buffer[2 * i], buffer[2 * i + 1]);
                    }
                    if (Math.sqrt(sum / buffer.length) * voice.gain() > SPEAKING_RMS && firstBlock + b < blocks) {
                        speaking.set((int) (firstBlock + b));
                        voiceEnergy += weighted / buffer.length * voice.gain() * voice.gain();
                        voiceBlocks++;
                    }
                }
            }
        }
        double duckedEnergy = 0;
        long duckedBlocks = 0;
        for (AudioPart ducked : parts) {
            if (!ducked.ducked()) {
                continue;
            }
            long firstBlock = frameOf(ducked.startMs()) / blockFrames;
            long blockCount = frameOf(ducked.durationMs()) / blockFrames;
            try (AudioReader reader = opener.open(ducked.source(), ducked.inMs())) {
                LoudnessMeter.KWeighting heard = new LoudnessMeter.KWeighting();
                for (long b = 0; b < blockCount && firstBlock + b < blocks; b++) {
                    if (b % 100 == 0) {
                        cancellation.check();
                    }
                    reader.read(buffer, blockFrames);
                    double weighted = 0;
                    for (int i = 0; i < blockFrames; i++) {
                        weighted += heard.energy(buffer[2 * i], buffer[2 * i + 1]);
                    }
                    if (speaking.get((int) (firstBlock + b))) {
                        duckedEnergy += weighted / buffer.length * ducked.gain() * ducked.gain();
                        duckedBlocks++;
                    }
                }
            }
        }
        double depth = DuckingCurve.DEPTH_DB;
        if (voiceBlocks > 0 && duckedBlocks > 0 && duckedEnergy > 0) {
            double gapDb = 10 * Math.log10((voiceEnergy / voiceBlocks) / (duckedEnergy / duckedBlocks));
            depth = VOICE_OVER_MUSIC_DB - gapDb;
        }
        return new DuckingCurve(speaking, blocks, depth);
    }

    static long frameOf(long ms) {
        return ms * AudioReader.SAMPLE_RATE / 1000;
    }

    /** One sound while it plays: its decoder and its envelope. */
    private final class ActivePart {
        private final AudioPart part;
        private final long startFrame;
        private final long frameCount;
        private final long fadeInFrames;
        private final long fadeOutFrames;
        private AudioReader reader;

        ActivePart(AudioPart part) {
            this.part = part;
            this.startFrame = frameOf(part.startMs());
            this.frameCount = frameOf(part.durationMs());
            this.fadeInFrames = Math.max(1, frameOf(part.fadeInMs()));
            this.fadeOutFrames = Math.max(1, frameOf(part.fadeOutMs()));
        }

        void addTo(float[] mix, float[] source, long chunkStart, int frames, DuckingCurve ducking) {
            long from = Math.max(chunkStart, startFrame);
            long to = Math.min(chunkStart + frames, startFrame + frameCount);
            if (to <= from) {
                return;
            }
            if (reader == null) {
                reader = opener.open(part.source(), part.inMs());
            }
            int count = (int) (to - from);
            reader.read(source, count);
            int mixOffset = (int) (from - chunkStart);
            for (int i = 0; i < count; i++) {
                long local = from - startFrame + i;
                double envelope = part.gain() * Math.min(1, Math.min((local + 1.0) / fadeInFrames, (frameCount - local) / (double) fadeOutFrames));
                if (part.ducked() && ducking != null) {
                    envelope *= ducking.gainAt(from + i);
                }
                mix[2 * (mixOffset + i)] += (float) (source[2 * i] * envelope);
                mix[2 * (mixOffset + i) + 1] += (float) (source[2 * i + 1] * envelope);
            }
        }

        boolean finishedBefore(long frame) {
            boolean finished = startFrame + frameCount <= frame;
            if (finished) {
                close();
            }
            return finished;
        }

        void close() {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }
    }
}
