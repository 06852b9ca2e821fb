package dev.reelwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reel probe FILE}: what a media file holds, as JSON. */
@Command(name = "probe", description = "What a media file holds (type, codecs, size, length), as JSON.")
final class ProbeCommand extends ReelCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", paramLabel = "FILE", description = "a photo, clip or sound file")
    Path file;

    @Override
    protected void run(Context context) throws Exception {
        MediaInfo info;
        try {
            info = MediaProbe.probe(file);
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("file", file.toString());
        node.put("type", info.kind().wireName());
        node.put("container", info.container());
        if (info.videoCodec() != null) {
            node.put("video_codec", info.videoCodec());
        }
        if (info.audioCodec() != null) {
            node.put("audio_codec", info.audioCodec());
        }
        node.put("duration_ms", info.durationMs());
        if (info.widthPx() > 0) {
            node.put("width", info.widthPx());
            node.put("height", info.heightPx());
        }
        if (info.fps() > 0) {
            node.put("fps", Math.round(info.fps() * 1000) / 1000.0);
        }
        node.put("has_audio", info.hasAudio());
        node.put("size_bytes", info.sizeBytes());
        context.out().println(JSON.writeValueAsString(node));
    }
}
