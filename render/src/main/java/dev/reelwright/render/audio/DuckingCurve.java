package dev.reelwright.render.audio;

import java.util.BitSet;

/**
 * The gain of ducked tracks over time, from where the voice speaks. It starts down a little before
 * the voice, holds through the gaps between words, and comes back up in real pauses; it moves at a
 * limited rate in decibels (down fast, up slowly), so there are no clicks and no pumping.
 */
public final class DuckingCurve {
    public static final int BLOCK_MS = 10;
    /** The least a ducked track goes down while the voice speaks. */
    public static final double DEPTH_DB = 12;
    /** The most: beyond this the music is as good as gone. */
    public static final double MOST_DEPTH_DB = 30;
    private static final int PRE_ROLL_BLOCKS = 3;
    /** Pauses shorter than this (0.7 s) keep the music down: it comes back only between sentences, not between words. */
    private static final int HOLD_BLOCKS = 70;
    /** Blocks the way down and the way up take, whatever the depth. */
    private static final int DOWN_BLOCKS = 12;
    private static final int UP_BLOCKS = 45;

    private final float[] gainPerBlock;

    /** @param speaking one bit per {@value #BLOCK_MS} ms block, set where the voice is audible */
    public DuckingCurve(BitSet speaking, int blocks) {
        this(speaking, blocks, DEPTH_DB);
    }

    /** @param depthDb how far down ducked tracks go while the voice speaks, {@value #DEPTH_DB} to {@value #MOST_DEPTH_DB} dB */
    public DuckingCurve(BitSet speaking, int blocks, double depthDb) {
        double depth = Math.max(DEPTH_DB, Math.min(MOST_DEPTH_DB, depthDb));
        double downPerBlock = depth / DOWN_BLOCKS;
        double upPerBlock = depth / UP_BLOCKS;
        gainPerBlock = new float[blocks + 1];
        boolean[] wanted = new boolean[blocks + 1];
        for (int block = speaking.nextSetBit(0); block >= 0 && block <= blocks; block = speaking.nextSetBit(block + 1)) {
            int from = Math.max(0, block - PRE_ROLL_BLOCKS);
            int to = Math.min(blocks, block + HOLD_BLOCKS);
            for (int i = from; i <= to; i++) {
                wanted[i] = true;
            }
        }
        // Move toward each block's target at a limited rate, looking back and forward so the
        // way down is complete by the time the target asks for it.
        double[] db = new double[blocks + 1];
        double level = 0;
        for (int i = 0; i <= blocks; i++) {
            double target = wanted[i] ? -depth : 0;
            level = target > level ? Math.min(target, level + upPerBlock) : target;
            db[i] = level;
        }
        for (int i = blocks - 1; i >= 0; i--) {
            db[i] = Math.min(db[i], db[i + 1] + downPerBlock);
        }
        for (int i = 0; i <= blocks; i++) {
            gainPerBlock[i] = (float) Math.pow(10, db[i] / 20);
        }
    }

    /** Linear gain at a sound frame (48 kHz), interpolated between blocks. */
    public float gainAt(long frame) {
        double block = frame / (48.0 * BLOCK_MS);
        int i = (int) block;
        if (i >= gainPerBlock.length - 1) {
            return gainPerBlock[gainPerBlock.length - 1];
        }
        double t = block - i;
        return (float) (gainPerBlock[i] * (1 - t) + gainPerBlock[i + 1] * t);
    }
}
