package dev.reelwright.render.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelwright.draft.Direction;
import dev.reelwright.draft.KenBurns;
import org.junit.jupiter.api.Test;

class KenBurnsMotionTest {
    @Test
    void zoomMovesByEqualRatiosOverTime() {
        KenBurns kb = new KenBurns(1.0, 1.21, null);
        assertEquals(1.0, KenBurnsMotion.at(kb, 0).zoom(), 1e-12);
        assertEquals(1.1, KenBurnsMotion.at(kb, 0.5).zoom(), 1e-12);
        assertEquals(1.21, KenBurnsMotion.at(kb, 1).zoom(), 1e-12);
        assertEquals(0.5, KenBurnsMotion.at(kb, 0.5).centerX(), 1e-12);
    }

    @Test
    void panTravelsAcrossTheRoomTheZoomLeaves() {
        KenBurns right = new KenBurns(1.5, 1.5, Direction.RIGHT);
        double slack = 0.5 - 0.5 / 1.5;
        assertEquals(0.5 - slack, KenBurnsMotion.at(right, 0).centerX(), 1e-12);
        assertEquals(0.5 + slack, KenBurnsMotion.at(right, 1).centerX(), 1e-12);
        KenBurns up = new KenBurns(1.5, 1.5, Direction.UP);
        assertEquals(0.5 + slack, KenBurnsMotion.at(up, 0).centerY(), 1e-12);
    }

    @Test
    void noMoveIsTheWholePicture() {
        assertEquals(View.WHOLE, KenBurnsMotion.at(null, 0.3));
    }
}
