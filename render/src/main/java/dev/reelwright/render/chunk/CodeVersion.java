package dev.reelwright.render.chunk;

import dev.reelwright.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the renderer is, as a hash of the code and bundled fonts that paint and encode frames: the
 * render, draft and pictures modules, JavaCV and FFmpeg, the font jars, and the Java runtime (whose
 * text rasteriser draws the glyphs). A cached chunk from another build is never taken for this one's.
 */
public final class CodeVersion {
    private static final List<String> ANCHORS = List.of("dev.reelwright.render.Renderer", "dev.reelwright.draft.Draft",
            "dev.reelwright.pictures.PictureLibrary", "org.bytedeco.javacv.FFmpegFrameRecorder",
            "org.bytedeco.ffmpeg.global.avcodec", "org.bytedeco.javacpp.Loader");
    private static final List<String> FONT_RESOURCES = List.of(
            "META-INF/resources/webjars/open-sans/1.1.0/fonts/regular/opensans-regular-webfont.ttf",
            "liberation/LiberationSerif-Regular.ttf");
    private static volatile String current;

    private CodeVersion() {
    }

    /** Computed once per process (hashing a few megabytes of jars). */
    public static String current() {
        String version = current;
        if (version == null) {
            synchronized (CodeVersion.class) {
                if (current == null) {
                    current = compute();
                }
                version = current;
            }
        }
        return version;
    }

    private static String compute() {
        Fingerprint fingerprint = new Fingerprint()
                .add("java", Runtime.version().toString())
                .add("arch", System.getProperty("os.arch"));
        for (String anchor : ANCHORS) {
            try {
                add(fingerprint, Class.forName(anchor).getProtectionDomain().getCodeSource());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the renderer is missing " + anchor, e);
            }
        }
        for (String resource : FONT_RESOURCES) {
            try (InputStream in = Renderer.class.getClassLoader().getResourceAsStream(resource)) {
                fingerprint.add("font", resource);
                if (in != null) {
                    fingerprint.bytes(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return fingerprint.hex();
    }

    private static void add(Fingerprint fingerprint, CodeSource source) {
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            fingerprint.add("code", String.valueOf(source == null ? "none" : source.getLocation()));
            return;
        }
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        fingerprint.add("file", location.relativize(file).toString());
                        fingerprint.bytes(Files.readAllBytes(file));
                    }
                }
            } else {
                fingerprint.add("jar", location.getFileName().toString());
                fingerprint.bytes(Files.readAllBytes(location));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the renderer's code at " + location, e);
        }
    }
}
