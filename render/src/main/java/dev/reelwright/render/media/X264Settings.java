package dev.reelwright.render.media;

import dev.reelwright.render.Quality;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bytedeco.ffmpeg.global.avcodec;

/**
 * Every x264 option, in one place for {@link ChunkEncoder} and {@link VideoEncoder}; as text they are
 * part of a chunk's cache key. What the settings must do beyond a {@link Quality}'s own: the same
 * bytes for the same frames in any process, and a chunk encoded alone the same pictures as the same
 * frames in a one-piece encode (each measured by decoding, at 320x180 in the tests and on the 1080p
 * bench draft).
 */
public final class X264Settings {
    /**
     * x264's frame threads, fixed: its output depends on the thread count, and every worker must
     * write the same bytes for the same frames. Three is what x264 picks on two cores.
     */
    public static final int THREADS = 3;
    /**
     * What makes x264 write the same bytes for the same frames. With B-frames its macroblock tree reads
     * memory it never wrote: the same 60 frames encoded to other bytes when only the allocator's
     * leftovers changed (MALLOC_PERTURB_), and about one render in three of a 66 s 9:16 video differed.
     * Without B-frames it is a function of its input (as it is with the macroblock tree off, but that
     * made files 83 % larger; no B-frames makes them about 29 % larger on our motion graphics, and
     * encodes about 29 % faster). The lookahead also stays on the encoding thread, so timing cannot
     * reach the frame-type decisions.
     */
    static final String DETERMINISTIC = "bframes=0:sync-lookahead=0";
    /**
     * What keeps x264 from carrying anything across a chunk's first keyframe. It quantises a keyframe
     * by the average quantiser of the frames before it (times ipratio), except the first, which a
     * chunk's keyframe always is: at {@code ipratio=1} both are the frames' own quantiser (on the
     * bench draft: files 3-4 % smaller at 0.03 dB less Y-PSNR, a better trade than CRF offers). And
     * its scene-cut keyframes, placed and quantised by what came before in the encode, made frames
     * differ from a scene change to the chunk's end; without them keyframes fall on the chunk grid
     * only (bench draft, 20 s at 1080p: files 0.5 % smaller, 0.002 dB less).
     */
    static final String SAME_IN_CHUNKS = "ipratio=1:scenecut=0";
    /** x264's default qcomp, which no {@link Quality} changes when it keeps the macroblock tree. */
    private static final double QCOMP = 0.6;
    /**
     * With the macroblock tree x264 quantises frames {@code (1 - qcomp) * 13.5} above the CRF asked
     * for (ratecontrol.c), but starts the running average it quantises keyframes by at the CRF
     * itself. That start decays, and is never quite gone: a one-piece encode's later keyframes came
     * out a ten-thousandth of a step below a chunk's first, which rounds a macroblock or two of a
     * 1080p keyframe to another quantiser, and the difference spread through the chunk (48.6 dB at
     * worst on the 60 s bench). So x264 is asked for the CRF plus that offset, with a bitrate factor
     * of {@code 2^(offset / 6)} over every frame: the frames get the quantisers of the CRF itself, and
     * the average starts at one of them.
     */
    static final double MBTREE_QP_OFFSET = (1 - QCOMP) * 13.5;

    private X264Settings() {
    }

    /**
     * How many frames x264 looks ahead at {@code quality} with keyframes every {@code keyframeFrames}:
     * the quality's lookahead, but never past a keyframe interval (x264 clamps it so, encoder.c).
     */
    public static int lookaheadFrames(Quality quality, int keyframeFrames) {
        return Math.min(quality.lookaheadFrames(), keyframeFrames);
    }

    /** The options for {@code quality}, by name, as FFmpeg's libx264 encoder takes them. */
    public static SortedMap<String, String> of(Quality quality) {
        if (quality.macroblockTree() && quality.x264Params().contains("qcomp=")) {
            throw new IllegalStateException(quality + " sets qcomp, which MBTREE_QP_OFFSET assumes is x264's default");
        }
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("preset", quality.x264Preset());
        settings.put("crf", String.format(Locale.ROOT, "%.2f", quality.crf() + offset(quality)));
        settings.put("x264-params", x264Params(quality));
        settings.put("threads", Integer.toString(THREADS));
        // FFmpeg 7 takes the profile as a number: AV_PROFILE_H264_HIGH.
        settings.put("profile", Integer.toString(avcodec.AV_PROFILE_H264_HIGH));
        // BT.601 limited range, which is what Nv12 converts to.
        settings.put("colorspace", "smpte170m");
        settings.put("color_range", "tv");
        return settings;
    }

    private static double offset(Quality quality) {
        return quality.macroblockTree() ? MBTREE_QP_OFFSET : 0;
    }

    private static String x264Params(Quality quality) {
        String params = quality.x264Params() + ":" + SAME_IN_CHUNKS + ":" + DETERMINISTIC;
        if (quality.macroblockTree()) {
            params += String.format(Locale.ROOT, ":zones=0,%d,b=%.9f", Integer.MAX_VALUE, Math.pow(2, MBTREE_QP_OFFSET / 6));
        }
        return params;
    }
}
