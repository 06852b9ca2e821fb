package dev.reelwright.render;

import dev.reelwright.draft.DraftCodec;
import java.nio.file.Path;

/** Renders a draft given as JSON, with {@code media:NAME} resolved in {@code dir}, and decodes the result. */
final class Renders {
    private Renders() {
    }

    static DecodedVideo render(Path dir, String json) throws Exception {
        return render(dir, json, Quality.DRAFT);
    }

    static DecodedVideo render(Path dir, String json, Quality quality) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + ".mp4");
        new Renderer().render(DraftCodec.parse(json), resolver(dir), quality, out, RenderListener.NONE, Cancellation.none());
        return new DecodedVideo(out);
    }

    static MediaResolver resolver(Path dir) {
        return src -> dir.resolve(src.substring("media:".length()));
    }

    /** A one-track draft of colour segments, each {@code "#rrggbb:ms"}, back to back. */
    static String colours(int widthPx, int heightPx, int fps, String... colourAndMs) {
        StringBuilder segments = new StringBuilder();
        long start = 0;
        for (int i = 0; i < colourAndMs.length; i++) {
            String[] parts = colourAndMs[i].split(":");
            long d = Long.parseLong(parts[1]);
            segments.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"s\":").append(start)
                    .append(",\"d\":").append(d).append(",\"m\":{\"color\":\"").append(parts[0]).append("\"}}");
            start += d;
        }
        return "{\"v\":1,\"m\":{\"w\":" + widthPx + ",\"h\":" + heightPx + ",\"fps\":" + fps + "},\"d\":" + start
                + ",\"t\":[{\"id\":\"v\",\"tt\":0,\"sg\":[" + segments + "]}]}";
    }
}
