package dev.reelwright.render.chunk;

/**
 * Frames {@code [firstFrame, endFrame)} of a render, encoded on their own: a closed GOP that starts on
 * a keyframe. Its encoder also reads the {@code aheadFrames} frames after it, as an encoder of the
 * whole video would, and does not keep them; they decide the chunk's bytes as its own frames do.
 */
public record Chunk(int index, long firstFrame, long endFrame, int aheadFrames) {
    public Chunk {
        if (index < 0 || firstFrame < 0 || endFrame <= firstFrame || aheadFrames < 0) {
            throw new IllegalArgumentException("a chunk needs frames: " + index + " [" + firstFrame + ", " + endFrame + ") + " + aheadFrames);
        }
    }

    public long frames() {
        return endFrame - firstFrame;
    }

    /** The end of the frames its encoder reads: its own and those it reads ahead. */
    public long readEndFrame() {
        return endFrame + aheadFrames;
    }

    public boolean contains(long frame) {
        return frame >= firstFrame && frame < endFrame;
    }
}
