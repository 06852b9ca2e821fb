package dev.reelwright.render.media;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/** {@link Yuv420}'s loops on the widest vectors the CPU has; reached only when the Vector API is there. */
final class VectorYuv {
    /**
     * The same species as the painting kernels: the Vector API is only compiled to vector
     * instructions while each call site sees one vector size, so mixing sizes slows both.
     */
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(INTS.vectorBitSize() / 4));

    private static final VectorSpecies<Long> LONGS = VectorSpecies.of(long.class, INTS.vectorShape());

    private VectorYuv() {
    }

    /**
     * One row of U and V from two rows of pixels: each pixel pair's channels summed down, then
     * each lane pair summed across by reading two int lanes as one long lane.
     */
    static void chromaRow(int[] rgb, int row0, int row1, byte[] out, int uAt, int vAt, int fullPairs, int pairs, long[] u,
                          long[] v) {
        int lanes = LONGS.length();
        int i = 0;
        for (; i <= fullPairs - lanes; i += lanes) {
            IntVector a = IntVector.fromArray(INTS, rgb, row0 + 2 * i);
            IntVector b = IntVector.fromArray(INTS, rgb, row1 + 2 * i);
            LongVector rb = a.and(0xFF00FF).add(b.and(0xFF00FF)).reinterpretAsLongs();
            LongVector g = a.and(0xFF00).add(b.and(0xFF00)).reinterpretAsLongs();
            LongVector rbSum = rb.and(0xFFFFFFFFL).add(rb.lanewise(VectorOperators.LSHR, 32));
            LongVector gSum = g.and(0xFFFFFFFFL).add(g.lanewise(VectorOperators.LSHR, 32));
            LongVector red = rbSum.lanewise(VectorOperators.LSHR, 16).and(0x3FF);
            LongVector blue = rbSum.and(0x3FF);
            LongVector green = gSum.lanewise(VectorOperators.LSHR, 8).and(0x3FF);
            red.mul(-38).add(green.mul(-74)).add(blue.mul(112)).add(512).lanewise(VectorOperators.ASHR, 10).add(128).intoArray(u, i);
            red.mul(112).add(green.mul(-94)).add(blue.mul(-18)).add(512).lanewise(VectorOperators.ASHR, 10).add(128).intoArray(v, i);
        }
        for (int k = 0; k < i; k++) {
            out[uAt + k] = (byte) u[k];
            out[vAt + k] = (byte) v[k];
        }
        Yuv420.chromaScalar(rgb, row0, row1, out, uAt, vAt, i, fullPairs, pairs);
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
            out[outFrom + i] = Yuv420.luma(rgb[from + i]);
        }
    }
}
