package dev.reelwright.render.media;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/** {@link Nv12}'s loops on the widest vectors the CPU has; reached only when the Vector API is there. */
final class VectorNv12 {
    /**
     * The same species as the painting kernels: the Vector API is only compiled to vector
     * instructions while each call site sees one vector size, so mixing sizes slows both.
     */
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(INTS.vectorBitSize() / 4));
    /** Added to each pixel's U and V share so it is never negative and two can be summed as unsigned halves of a long. */
    private static final int OFFSET = 1 << 16;

    private VectorNv12() {
    }

    /**
     * One row of interleaved U and V from two rows of pixels. Each pixel's share of U and V is
     * worked out in int lanes (its column's two pixels summed first); then each pixel pair's shares
     * are summed by reading two int lanes as one long lane, and U and V of a pair go back into the
     * two halves of that long, which read as ints are U, V, U, V: the NV12 order. All in int
     * multiplies and long adds and shifts, which every vector unit has (a long multiply is not).
     */
    static void chromaRow(int[] rgb, int row0, int row1, byte[] out, int uvAt, int fullPairs, int pairs) {
        int lanes = INTS.length();
        int x = 0;
        for (; x <= 2 * fullPairs - lanes; x += lanes) {
            IntVector a = IntVector.fromArray(INTS, rgb, row0 + x);
            IntVector b = IntVector.fromArray(INTS, rgb, row1 + x);
            IntVector redBlue = a.and(0xFF00FF).add(b.and(0xFF00FF));
            IntVector red = redBlue.lanewise(VectorOperators.LSHR, 16);
            IntVector blue = redBlue.and(0x3FF);
            IntVector green = a.and(0xFF00).add(b.and(0xFF00)).lanewise(VectorOperators.LSHR, 8);
            LongVector u = pairSums(red.mul(Nv12.U_RED).add(green.mul(Nv12.U_GREEN)).add(blue.mul(Nv12.U_BLUE)).add(OFFSET));
            LongVector v = pairSums(red.mul(Nv12.V_RED).add(green.mul(Nv12.V_GREEN)).add(blue.mul(Nv12.V_BLUE)).add(OFFSET));
            IntVector uv = u.add(v.lanewise(VectorOperators.LSHL, 32)).reinterpretAsInts()
                    .add(512 - 2 * OFFSET).lanewise(VectorOperators.ASHR, 10).add(128);
            ((ByteVector) uv.convertShape(VectorOperators.I2B, BYTES, 0)).intoArray(out, uvAt + x);
        }
        Nv12.chromaScalar(rgb, row0, row1, out, uvAt, x / 2, fullPairs, pairs);
    }

    /** Lanes {@code 2k} and {@code 2k + 1} (both not negative) summed into long lane {@code k}. */
    private static LongVector pairSums(IntVector shares) {
        LongVector pairs = shares.reinterpretAsLongs();
        return pairs.and(0xFFFFFFFFL).add(pairs.lanewise(VectorOperators.LSHR, 32));
    }

    static void lumaRow(int[] rgb, int from, byte[] out, int outFrom, int count) {
        int lanes = INTS.length();
        int i = 0;
        for (; i <= count - lanes; i += lanes) {
            IntVector p = IntVector.fromArray(INTS, rgb, from + i);
            IntVector r = p.lanewise(VectorOperators.LSHR, 16).and(0xFF);
            IntVector g = p.lanewise(VectorOperators.LSHR, 8).and(0xFF);
            IntVector b = p.and(0xFF);
            IntVector y = r.mul(66).add(g.mul(129)).add(b.mul(25)).add(128).lanewise(VectorOperators.ASHR, 8).add(16);
            ((ByteVector) y.convertShape(VectorOperators.I2B, BYTES, 0)).intoArray(out, outFrom + i);
        }
        for (; i < count; i++) {
            out[outFrom + i] = Nv12.luma(rgb[from + i]);
        }
    }
}
