package dev.reelwright.render.media;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_I;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NV12;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import dev.reelwright.render.Quality;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;

/**
 * One chunk's pictures as a picture-only H.264 MP4, with {@link X264Settings},
 * written through FFmpeg's own API so that every byte x264 reads is ours. Keyframes (IDR) fall every
 * {@code keyframeFrames} from the chunk's first picture, as they do in the whole video.
 *
 * <p>The chunk's pictures are followed by the frames that come after it in the video, as far as x264
 * looks ahead ({@link X264Settings#lookaheadFrames}): x264 chooses each frame's type and quantisers from
 * the frames after it, and with the same frames to look at it writes the very pictures a one-piece
 * encode writes. Those frames are read, not written; once x264 has seen them the chunk's last
 * pictures are pushed out with copies of the last one, which lie past what any of the chunk's
 * frames looks at, so only two or three of them are ever encoded.
 *
 * <p>Each frame is a buffer we zero, padding included. Handed an unpadded picture, FFmpeg copies it
 * into a buffer whose row padding is left as it was in memory, and x264 reads that padding:
 * measured, the same frames encoded to other bytes when the allocator's leftovers changed
 * (MALLOC_PERTURB_).
 */
public final class ChunkEncoder implements AutoCloseable {
    private static final int ALIGN = 64;

    private final Path file;
    private final long keptFrames;
    private final int lookaheadFrames;
    private final int widthPx;
    private final int heightPx;
    private final int keyframeFrames;
    private final AVFormatContext out = new AVFormatContext(null);
    private final AVCodecContext codec;
    private final AVStream stream;
    private final AVPacket packet = av_packet_alloc();
    private long nextPts;
    private long packetsWritten;
    private AVFrame lastFrame;
    private boolean closed;

    /** A chunk of every picture written, with keyframes every 2 s (a test's clip). */
    public ChunkEncoder(Path file, int widthPx, int heightPx, int fps, Quality quality) {
        this(file, Long.MAX_VALUE, widthPx, heightPx, fps, quality, fps * 2);
    }

    /**
     * @param keptFrames the chunk's pictures; those written after them are only looked at
     * @param keyframeFrames the keyframe interval: the chunk grid
     */
    public ChunkEncoder(Path file, long keptFrames, int widthPx, int heightPx, int fps, Quality quality, int keyframeFrames) {
        Ffmpeg.init();
        this.file = file;
        this.keptFrames = keptFrames;
        this.lookaheadFrames = X264Settings.lookaheadFrames(quality, keyframeFrames);
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.keyframeFrames = keyframeFrames;
        AVCodec x264 = avcodec_find_encoder_by_name("libx264");
        if (x264 == null) {
            throw new MediaException("this FFmpeg build has no libx264 encoder");
        }
        codec = avcodec_alloc_context3(x264);
        try {
            check(avformat_alloc_output_context2(out, null, "mp4", file.toAbsolutePath().toString()), "starting");
            stream = avformat_new_stream(out, null);
            codec.width(widthPx).height(heightPx).pix_fmt(AV_PIX_FMT_NV12)
                    .time_base(av_make_q(1, fps)).framerate(av_make_q(fps, 1)).gop_size(keyframeFrames);
            // MP4 keeps the parameter sets in its header.
            codec.flags(codec.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            AVDictionary options = new AVDictionary(null);
            X264Settings.of(quality).forEach((key, value) -> av_dict_set(options, key, value, 0));
            av_dict_set(options, "forced-idr", "1", 0);
            try {
                check(avcodec_open2(codec, x264, options), "opening x264");
            } finally {
                av_dict_free(options);
            }
            check(avcodec_parameters_from_context(stream.codecpar(), codec), "starting");
            stream.time_base(codec.time_base());
            stream.avg_frame_rate(av_make_q(fps, 1));
            AVIOContext io = new AVIOContext(null);
            check(avio_open(io, file.toAbsolutePath().toString(), AVIO_FLAG_WRITE), "creating the file");
            out.pb(io);
            check(avformat_write_header(out, (AVDictionary) null), "starting");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Appends one picture: the chunk's next, or once it has them all, the next frame after it. */
    public void writePicture(Nv12 picture) {
        if (picture.widthPx() != widthPx || picture.heightPx() != heightPx) {
            throw new IllegalArgumentException("a " + picture.widthPx() + "x" + picture.heightPx() + " picture for a "
                    + widthPx + "x" + heightPx + " chunk");
        }
        if (lastFrame != null) {
            av_frame_free(lastFrame);
        }
        lastFrame = av_frame_alloc();
        lastFrame.format(AV_PIX_FMT_NV12).width(widthPx).height(heightPx);
        check(av_frame_get_buffer(lastFrame, ALIGN), "allocating a picture");
        for (int plane = 0; plane < 2 && lastFrame.buf(plane) != null && !lastFrame.buf(plane).isNull(); plane++) {
            Pointer.memset(lastFrame.buf(plane).data(), 0, lastFrame.buf(plane).size());
        }
        byte[] planes = picture.planes();
        copyRows(planes, 0, lastFrame.data(0), lastFrame.linesize(0), heightPx);
        copyRows(planes, widthPx * heightPx, lastFrame.data(1), lastFrame.linesize(1), (heightPx + 1) / 2);
        sendLastFrame();
        drain();
    }

    /** Sends the last picture written (again, when pushing the chunk's last pictures out) as the next frame. */
    private void sendLastFrame() {
        lastFrame.pict_type(nextPts % keyframeFrames == 0 ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE);
        lastFrame.pts(nextPts++);
        check(avcodec_send_frame(codec, lastFrame), "encoding");
    }

    /** Rows of {@code widthPx} bytes from {@code planes} into a padded plane; the padding stays zero. */
    private void copyRows(byte[] planes, int from, BytePointer plane, int linesize, int rows) {
        if (linesize == widthPx) {
            plane.position(0).put(planes, from, widthPx * rows);
            return;
        }
        for (int row = 0; row < rows; row++) {
            plane.position((long) row * linesize).put(planes, from + row * widthPx, widthPx);
        }
        plane.position(0);
    }

    private void drain() {
        while (true) {
            int result = avcodec_receive_packet(codec, packet);
            if (result == AVERROR_EAGAIN() || result == AVERROR_EOF()) {
                return;
            }
            check(result, "encoding");
            if (packet.pts() >= keptFrames) {
                av_packet_unref(packet);
                continue;
            }
            av_packet_rescale_ts(packet, codec.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            check(av_interleaved_write_frame(out, packet), "writing");
            packetsWritten++;
        }
    }

    /**
     * Completes the file. When x264 saw a whole lookahead after the chunk, the last pictures are pushed
     * out with copies of the last frame (past what they look at); when the video ends sooner, x264 is
     * flushed, as a one-piece encode is at the video's end.
     */
    public void finish() {
        boolean sawWholeLookahead = keptFrames != Long.MAX_VALUE && nextPts >= keptFrames + lookaheadFrames;
        if (sawWholeLookahead) {
            // x264 holds back its lookahead and a frame per thread at most.
            for (int copies = 0; packetsWritten < keptFrames; copies++) {
                if (copies > X264Settings.THREADS + 1) {
                    throw new MediaException(file + ": x264 still held " + (keptFrames - packetsWritten) + " pictures after "
                            + copies + " more frames");
                }
                sendLastFrame();
                drain();
            }
        } else {
            check(avcodec_send_frame(codec, null), "finishing");
            drain();
        }
        if (keptFrames != Long.MAX_VALUE && packetsWritten != keptFrames) {
            throw new MediaException(file + ": " + packetsWritten + " of the chunk's " + keptFrames + " pictures were encoded");
        }
        check(av_write_trailer(out), "finishing");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (lastFrame != null) {
            av_frame_free(lastFrame);
        }
        av_packet_free(packet);
        if (codec != null) {
            avcodec_free_context(codec);
        }
        if (out.pb() != null) {
            avio_closep(out.pb());
        }
        avformat_free_context(out);
    }

    private void check(int result, String doing) {
        if (result < 0) {
            throw new MediaException(file + ": " + doing + " failed (" + Ffmpeg.errorText(result) + ")");
        }
    }
}
