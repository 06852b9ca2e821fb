package dev.reelwright.render.media;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_compare_ts;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

import dev.reelwright.render.Cancellation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Joins picture chunks and one sound file into the final MP4 by stream copy: no frame is decoded
 * or encoded again. Each chunk's packets move by the chunk's first frame; packets go out in time
 * order, sound and picture interleaved, and the index goes to the front (faststart). Every chunk
 * must come from the same encoder settings: their H.264 parameter sets are compared, and a chunk
 * that differs is refused instead of being joined into a file that would not decode.
 */
public final class Mp4Joiner {
    /** A chunk file and the render frame its first picture is. */
    public record Part(Path file, long firstFrame) {
    }

    private Mp4Joiner() {
    }

    public static void join(List<Part> pictures, int fps, Path sound, Path output, Cancellation cancellation) {
        if (pictures.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        Ffmpeg.init();
        AVFormatContext out = new AVFormatContext(null);
        Input audio = null;
        Input video = null;
        AVPacket videoPacket = av_packet_alloc();
        AVPacket audioPacket = av_packet_alloc();
        boolean headerWritten = false;
        try {
            video = Input.open(pictures.get(0).file(), AVMEDIA_TYPE_VIDEO);
            audio = Input.open(sound, AVMEDIA_TYPE_AUDIO);
            check(avformat_alloc_output_context2(out, null, "mp4", output.toString()), output);
            AVStream videoOut = copyStream(out, video.stream());
            videoOut.avg_frame_rate(av_make_q(fps, 1));
            videoOut.r_frame_rate(av_make_q(fps, 1));
            byte[] parameterSets = extradata(video.stream().codecpar());
            AVStream audioOut = copyStream(out, audio.stream());
            AVIOContext io = new AVIOContext(null);
            check(avio_open(io, output.toString(), AVIO_FLAG_WRITE), output);
            out.pb(io);
            AVDictionary options = new AVDictionary(null);
            av_dict_set(options, "movflags", "+faststart", 0);
            try {
                check(avformat_write_header(out, options), output);
                headerWritten = true;
            } finally {
                av_dict_free(options);
            }
            int part = 0;
            AVRational videoIn = video.stream().time_base();
            long shift = av_rescale_q(pictures.get(0).firstFrame(), av_make_q(1, fps), videoIn);
            boolean haveVideo = video.next(videoPacket);
            boolean haveAudio = audio.next(audioPacket);
            while (haveVideo || haveAudio) {
                cancellation.check();
                boolean videoFirst = haveVideo && (!haveAudio
                        || av_compare_ts(videoPacket.dts() + shift, videoIn, audioPacket.dts(), audio.stream().time_base()) <= 0);
                if (videoFirst) {
                    videoPacket.pts(videoPacket.pts() + shift);
                    videoPacket.dts(videoPacket.dts() + shift);
                    write(out, videoPacket, videoIn, videoOut, output);
                    haveVideo = video.next(videoPacket);
                    while (!haveVideo && ++part < pictures.size()) {
                        video.close();
                        video = Input.open(pictures.get(part).file(), AVMEDIA_TYPE_VIDEO);
                        if (!Arrays.equals(parameterSets, extradata(video.stream().codecpar()))) {
                            throw new MediaException(pictures.get(part).file() + ": this chunk was encoded with other settings"
                                    + " than the first; it cannot be joined by stream copy");
                        }
                        videoIn = video.stream().time_base();
                        shift = av_rescale_q(pictures.get(part).firstFrame(), av_make_q(1, fps), videoIn);
                        haveVideo = video.next(videoPacket);
                    }
                } else {
                    write(out, audioPacket, audio.stream().time_base(), audioOut, output);
                    haveAudio = audio.next(audioPacket);
                }
            }
            check(av_write_trailer(out), output);
        } finally {
            av_packet_free(videoPacket);
            av_packet_free(audioPacket);
            if (video != null) {
                video.close();
            }
            if (audio != null) {
                audio.close();
            }
            if (out.pb() != null) {
                avio_closep(out.pb());
            }
            avformat_free_context(out);
        }
    }

    private static AVStream copyStream(AVFormatContext out, AVStream in) {
        AVStream stream = avformat_new_stream(out, null);
        check(avcodec_parameters_copy(stream.codecpar(), in.codecpar()), null);
        stream.codecpar().codec_tag(0);
        stream.time_base(in.time_base());
        return stream;
    }

    private static void write(AVFormatContext out, AVPacket packet, AVRational from, AVStream to, Path output) {
        packet.stream_index(to.index());
        packet.pos(-1);
        av_packet_rescale_ts(packet, from, to.time_base());
        check(av_interleaved_write_frame(out, packet), output);
    }

    private static byte[] extradata(AVCodecParameters parameters) {
        byte[] bytes = new byte[Math.max(0, parameters.extradata_size())];
        if (bytes.length > 0) {
            parameters.extradata().get(bytes);
        }
        return bytes;
    }

    private static int check(int result, Path file) {
        if (result < 0) {
            throw new MediaException((file == null ? "" : file + ": ") + "joining the video failed (" + Ffmpeg.errorText(result) + ")");
        }
        return result;
    }

    /** One opened input and the stream of the wanted kind in it. */
    private record Input(AVFormatContext context, AVStream stream) {
        static Input open(Path file, int mediaType) {
            AVFormatContext context = new AVFormatContext(null);
            check(avformat_open_input(context, file.toAbsolutePath().toString(), null, null), file);
            try {
                check(avformat_find_stream_info(context, (PointerPointer<?>) null), file);
                for (int i = 0; i < context.nb_streams(); i++) {
                    if (context.streams(i).codecpar().codec_type() == mediaType) {
                        return new Input(context, context.streams(i));
                    }
                }
                throw new MediaException(file + ": has no " + (mediaType == AVMEDIA_TYPE_VIDEO ? "picture" : "sound") + " stream");
            } catch (RuntimeException e) {
                avformat_close_input(context);
                throw e;
            }
        }

        /** Reads this stream's next packet into {@code packet}; false at the end. */
        boolean next(AVPacket packet) {
            while (true) {
                av_packet_unref(packet);
                if (av_read_frame(context, packet) < 0) {
                    return false;
                }
                if (packet.stream_index() == stream.index()) {
                    return true;
                }
            }
        }

        void close() {
            avformat_close_input(context);
        }
    }
}
