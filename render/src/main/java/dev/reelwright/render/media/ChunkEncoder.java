package dev.reelwright.render.media;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
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
 * One chunk's pictures as a picture-only H.264 MP4, with the settings {@link VideoEncoder} uses,
 * written through FFmpeg's own API so that every byte x264 reads is ours. Handed an unpadded
 * picture, FFmpeg copies it into a buffer whose row padding is left as it was in memory, and x264
 * reads that padding: measured, the same frames encoded to other bytes when the allocator's
 * leftovers changed (MALLOC_PERTURB_). Here each frame is a buffer we zero, padding included, so
 * the same frames give the same bytes in any process, on any worker.
 */
public final class ChunkEncoder implements AutoCloseable {
    private static final int ALIGN = 64;

    private final Path file;
    private final int widthPx;
    private final int heightPx;
    private final AVFormatContext out = new AVFormatContext(null);
    private final AVCodecContext codec;
    private final AVStream stream;
    private final AVPacket packet = av_packet_alloc();
    private long nextPts;
    private boolean closed;

    public ChunkEncoder(Path file, int widthPx, int heightPx, int fps, Quality quality) {
        Ffmpeg.init();
        this.file = file;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        AVCodec x264 = avcodec_find_encoder_by_name("libx264");
        if (x264 == null) {
            throw new MediaException("this FFmpeg build has no libx264 encoder");
        }
        codec = avcodec_alloc_context3(x264);
        try {
            check(avformat_alloc_output_context2(out, null, "mp4", file.toAbsolutePath().toString()), "starting");
            stream = avformat_new_stream(out, null);
            codec.width(widthPx).height(heightPx).pix_fmt(AV_PIX_FMT_NV12)
                    .time_base(av_make_q(1, fps)).framerate(av_make_q(fps, 1)).gop_size(fps * 2);
            if ((out.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
                codec.flags(codec.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            }
            AVDictionary options = new AVDictionary(null);
            VideoEncoder.x264Settings(quality).forEach((key, value) -> av_dict_set(options, key, value, 0));
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

    /** Appends one picture. */
    public void writePicture(Nv12 picture) {
        if (picture.widthPx() != widthPx || picture.heightPx() != heightPx) {
            throw new IllegalArgumentException("a " + picture.widthPx() + "x" + picture.heightPx() + " picture for a "
                    + widthPx + "x" + heightPx + " chunk");
        }
        AVFrame frame = av_frame_alloc();
        try {
            frame.format(AV_PIX_FMT_NV12).width(widthPx).height(heightPx);
            check(av_frame_get_buffer(frame, ALIGN), "allocating a picture");
            for (int plane = 0; plane < 2 && frame.buf(plane) != null && !frame.buf(plane).isNull(); plane++) {
                Pointer.memset(frame.buf(plane).data(), 0, frame.buf(plane).size());
            }
            byte[] planes = picture.planes();
            copyRows(planes, 0, frame.data(0), frame.linesize(0), heightPx);
            copyRows(planes, widthPx * heightPx, frame.data(1), frame.linesize(1), (heightPx + 1) / 2);
            frame.pts(nextPts++);
            check(avcodec_send_frame(codec, frame), "encoding");
        } finally {
            av_frame_free(frame);
        }
        drain();
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
            av_packet_rescale_ts(packet, codec.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            check(av_interleaved_write_frame(out, packet), "writing");
        }
    }

    /** Flushes the encoder and writes the index; the file is complete after this. */
    public void finish() {
        check(avcodec_send_frame(codec, null), "finishing");
        drain();
        check(av_write_trailer(out), "finishing");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
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
