package dev.reelwright.render.text;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/** Laid-out text drawn once, with where each word sits in it (for kinetic type). */
record TextSprite(BufferedImage image, List<Rectangle> words) {
}
