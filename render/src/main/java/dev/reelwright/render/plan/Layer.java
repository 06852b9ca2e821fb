package dev.reelwright.render.plan;

import dev.reelwright.draft.Segment;

/** One thing painted on a frame, bottom to top. */
public sealed interface Layer {
    /**
     * A video segment's picture (colour, gradient, image or clip).
     *
     * @param localMs time inside the segment, from its start
     * @param box where the picture's full frame lands on the canvas
     * @param reveal the part of the canvas it may paint (wipes)
     * @param view which part of the fitted picture is shown (Ken Burns)
     */
    record Visual(Segment segment, double localMs, float alpha, Box box, Box reveal, View view) implements Layer {
    }

    /**
     * A text segment at a moment of its entrance or exit.
     *
     * @param scale size relative to its resting size (pop)
     * @param offsetY vertical shift in canvas heights (slide)
     * @param wordsIn how far the words have come in, 0 to 1 ({@code words} entrance; 1 when all are in)
     */
    record Text(Segment segment, float alpha, float scale, float offsetY, float wordsIn) implements Layer {
        public Text(Segment segment, float alpha, float scale, float offsetY) {
            this(segment, alpha, scale, offsetY, 1);
        }
    }

    /** Darkens everything below (fade through black). */
    record Dim(float alpha) implements Layer {
    }
}
