package dev.reelwright.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a file whole or, for {@code Range: bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}, just
 * that part (206 with {@code Content-Range}); a range outside the file is 416. One range per request.
 */
final class RangeDownload {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private RangeDownload() {
    }

    static void send(Context ctx, Path file, String contentType) throws IOException {
        long size = Files.size(file);
        ctx.header("Accept-Ranges", "bytes");
        ctx.contentType(contentType);
        long first = 0;
        long last = size - 1;
        String header = ctx.header("Range");
        if (header != null) {
            Matcher range = RANGE.matcher(header.strip());
            boolean parsed = range.matches() && !(range.group(1).isEmpty() && range.group(2).isEmpty());
            if (parsed && range.group(1).isEmpty()) {
                first = Math.max(0, size - Long.parseLong(range.group(2)));
            } else if (parsed) {
                first = Long.parseLong(range.group(1));
                last = range.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(range.group(2)));
            }
            if (!parsed || first > last || first >= size) {
                ctx.status(416).header("Content-Range", "bytes */" + size);
                return;
            }
            ctx.status(206).header("Content-Range", "bytes " + first + "-" + last + "/" + size);
        }
        long length = last - first + 1;
        ctx.header("Content-Length", Long.toString(length));
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(first);
            OutputStream out = ctx.res().getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
            out.flush();
        }
    }
}
