package dev.reelwright.cli;

import java.awt.Color;
import java.nio.file.Path;

/** Tiny images for CLI tests. */
final class TestImages {
    private TestImages() {
    }

    static Path png(Path file) {
        return dev.reelwright.render.TestMedia.image(file, 64, 36, Color.ORANGE, "png");
    }
}
