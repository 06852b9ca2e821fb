package dev.reelwright.server.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.media.ImageDecoder;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaKind;
import dev.reelwright.render.media.MediaProbe;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Probes one uploaded file in its own process (arguments: the file and the kind its name claims),
 * so a hostile file can crash or hang only this process. Prints {@code result {json}} with kind,
 * duration, size and fps, or {@code error MESSAGE}. A claimed image is decoded whole first, its
 * size checked from its header before any pixel is decoded.
 */
public final class ProbeWorker {
    private ProbeWorker() {
    }

    public static void main(String[] args) {
        int code;
        try {
            Path file = Path.of(args[0]);
            if (args.length > 1 && args[1].equals(MediaKind.IMAGE.wireName())) {
                ImageDecoder.decode(file);
            }
            MediaInfo info = MediaProbe.probe(file);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("kind", info.kind().wireName());
            result.put("durationMs", info.durationMs());
            result.put("width", info.widthPx());
            result.put("height", info.heightPx());
            result.put("fps", info.fps());
            System.out.println("result " + new ObjectMapper().writeValueAsString(result));
            code = 0;
        } catch (RenderException e) {
            System.out.println("error " + e.getMessage().replace('\n', ' '));
            code = 2;
        } catch (Exception | OutOfMemoryError e) {
            System.out.println("error the file could not be read (" + e.getClass().getSimpleName() + ")");
            code = 3;
        }
        System.out.flush();
        System.exit(code);
    }
}
