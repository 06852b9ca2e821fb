package dev.reelwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code reel probe FILE}: what a media file holds, as JSON. */
final class ProbeCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProbeCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Exception {
        Args args = new Args(argv, Set.of(), Set.of());
        Path file = Path.of(args.positional(0, "the media file (reel probe FILE)"));
        args.allowPositionals(1);
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
        out.println(JSON.writeValueAsString(node));
    }
}
