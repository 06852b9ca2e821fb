package dev.reelwright.render;

import dev.reelwright.render.RenderProgress.Stage;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.render.media.VideoEncoder;
import dev.reelwright.render.paint.FrameCanvas;
import dev.reelwright.render.plan.FrameTiming;

/**
 * Takes painted frames in order and writes each with the sound that belongs to it. While the
 * sound is still being mixed it writes pictures only and catches up on the sound it owes as
 * soon as the sound is ready (at the latest, with the last frame).
 */
final class SoundAndPictureWriter implements FramePipeline.FrameSink {
    private final VideoEncoder encoder;
    private final SoundTrack sound;
    private final FrameTiming timing;
    private final long soundFrames;
    private final long frames;
    private final RenderListener listener;
    private long soundWritten;

    SoundAndPictureWriter(VideoEncoder encoder, SoundTrack sound, FrameTiming timing, long soundFrames, long frames,
                          RenderListener listener) {
        this.encoder = encoder;
        this.sound = sound;
        this.timing = timing;
        this.soundFrames = soundFrames;
        this.frames = frames;
        this.listener = listener;
    }

    @Override
    public void accept(long index, FrameCanvas canvas, float[] soundBuffer) {
        encoder.writePicture(canvas.nv12());
        boolean last = index == frames - 1;
        if (last || sound.isReady()) {
            long through = last ? soundFrames : timing.soundFramesThrough(index, AudioReader.SAMPLE_RATE, soundFrames);
            writeSoundThrough(through, soundBuffer);
        }
        listener.progress(new RenderProgress(Stage.RENDERING, index + 1, frames));
    }

    private void writeSoundThrough(long through, float[] buffer) {
        var mastered = sound.await();
        int chunk = buffer.length / AudioReader.CHANNELS;
        while (soundWritten < through) {
            int count = (int) Math.min(chunk, through - soundWritten);
            mastered.read(buffer, count);
            encoder.writeSound(buffer, count);
            soundWritten += count;
        }
    }
}
