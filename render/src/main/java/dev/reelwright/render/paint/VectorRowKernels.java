package dev.reelwright.render.paint;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The resampling loops on the widest vectors the CPU has. No gathers: on AMD's cores a vector
 * gather was slower and, worse, its speed swung threefold between JIT compilations (measured
 * 1.3–5.4 ms a 1080p frame), so the column lookups are plain loads done before the kernel.
 * The arithmetic is written out in each loop: a helper returning vectors may not inline, and
 * then every vector is boxed.
 */
final class VectorRowKernels {
    private static final VectorSpecies<Integer> SPECIES = IntVector.SPECIES_PREFERRED;

    private VectorRowKernels() {
    }

    static void blendRows(int[] src, int base0, int base1, int weight, int[] out, int outStart, int count) {
        int lanes = SPECIES.length();
        int keep = 256 - weight;
        int i = 0;
        for (; i <= count - lanes; i += lanes) {
            IntVector p = IntVector.fromArray(SPECIES, src, base0 + i);
            IntVector q = IntVector.fromArray(SPECIES, src, base1 + i);
            IntVector rb = p.and(0xFF00FF).mul(keep).add(q.and(0xFF00FF).mul(weight)).add(0x800080)
                    .lanewise(VectorOperators.LSHR, 8).and(0xFF00FF);
            IntVector g = p.and(0xFF00).mul(keep).add(q.and(0xFF00).mul(weight)).add(0x8000)
                    .lanewise(VectorOperators.LSHR, 8).and(0xFF00);
            rb.or(g).intoArray(out, outStart + i);
        }
        for (; i < count; i++) {
            out[outStart + i] = Pixels.lerp(src[base0 + i], src[base1 + i], weight);
        }
    }

    static void mixRow(int[] under, int start, int[] over, int count, int alpha) {
        int lanes = SPECIES.length();
        int keep = 256 - alpha;
        int i = 0;
        for (; i <= count - lanes; i += lanes) {
            IntVector p = IntVector.fromArray(SPECIES, under, start + i);
            IntVector q = IntVector.fromArray(SPECIES, over, i);
            IntVector rb = p.and(0xFF00FF).mul(keep).add(q.and(0xFF00FF).mul(alpha)).add(0x800080)
                    .lanewise(VectorOperators.LSHR, 8).and(0xFF00FF);
            IntVector g = p.and(0xFF00).mul(keep).add(q.and(0xFF00).mul(alpha)).add(0x8000)
                    .lanewise(VectorOperators.LSHR, 8).and(0xFF00);
            rb.or(g).intoArray(under, start + i);
        }
        for (; i < count; i++) {
            under[start + i] = Pixels.lerp(under[start + i], over[i], alpha);
        }
    }

    static void lerpEach(int[] left, int[] right, int[] weight, int[] dst, int out, int count) {
        int lanes = SPECIES.length();
        int x = 0;
        for (; x <= count - lanes; x += lanes) {
            IntVector w = IntVector.fromArray(SPECIES, weight, x);
            IntVector k = w.neg().add(256);
            IntVector p = IntVector.fromArray(SPECIES, left, x);
            IntVector q = IntVector.fromArray(SPECIES, right, x);
            IntVector rb = p.and(0xFF00FF).mul(k).add(q.and(0xFF00FF).mul(w)).add(0x800080)
                    .lanewise(VectorOperators.LSHR, 8).and(0xFF00FF);
            IntVector g = p.and(0xFF00).mul(k).add(q.and(0xFF00).mul(w)).add(0x8000)
                    .lanewise(VectorOperators.LSHR, 8).and(0xFF00);
            rb.or(g).intoArray(dst, out + x);
        }
        for (; x < count; x++) {
            dst[out + x] = Pixels.lerp(left[x], right[x], weight[x]);
        }
    }
}
