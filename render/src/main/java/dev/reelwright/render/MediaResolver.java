package dev.reelwright.render;

import java.nio.file.Path;

/** Turns a segment's {@code src} into a local file, or says (with a {@link RenderException}) why it cannot. */
@FunctionalInterface
public interface MediaResolver {
    Path resolve(String source);
}
