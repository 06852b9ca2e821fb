package dev.reelwright.render.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.DraftCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is on screen when, without any media or FFmpeg. */
class VisualPlannerTest {
    private static VisualPlanner planner(String transition) {
        return new VisualPlanner(DraftCodec.parse("""
                {"v":1,"m":{"w":320,"h":180,"fps":30},"d":2000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"a","s":0,"d":1200,"m":{"color":"#ff0000"}},
                   {"id":"b","s":800,"d":1200,"m":{"color":"#0000ff","tr":%s}}]},
                 {"id":"x","tt":7,"sg":[{"id":"t","s":1500,"d":500,"m":{"text":"Hi","anim":{"in":"fade","out":"none","d":200}}}]}]}
                """.formatted(transition)));
    }

    @Test
    void oneSegmentOutsideTransitions() {
        List<Layer> layers = planner("{\"type\":\"fade\",\"d\":400}").layersAt(100);
        assertEquals(1, layers.size());
        Layer.Visual visual = (Layer.Visual) layers.get(0);
        assertEquals("a", visual.segment().id());
        assertEquals(1f, visual.alpha());
        assertTrue(visual.box().isFull());
    }

    @Test
    void crossfadeDrawsTheNewSegmentOverTheOldAtItsProgress() {
        List<Layer> layers = planner("{\"type\":\"fade\",\"d\":400}").layersAt(1000);
        assertEquals(2, layers.size());
        assertEquals("a", ((Layer.Visual) layers.get(0)).segment().id());
        assertEquals("b", ((Layer.Visual) layers.get(1)).segment().id());
        assertEquals(0.5f, ((Layer.Visual) layers.get(1)).alpha(), 1e-6);
        assertEquals(200.0, ((Layer.Visual) layers.get(1)).localMs(), 1e-9);
    }

    @Test
    void throughBlackShowsTheOldThenTheNewUnderADimThatPeaksMidway() {
        VisualPlanner planner = planner("{\"type\":\"black\",\"d\":400}");
        List<Layer> early = planner.layersAt(900);
        assertEquals("a", ((Layer.Visual) early.get(0)).segment().id());
        assertEquals(0.5f, ((Layer.Dim) early.get(1)).alpha(), 1e-6);
        List<Layer> late = planner.layersAt(1100);
        assertEquals("b", ((Layer.Visual) late.get(0)).segment().id());
        assertEquals(0.5f, ((Layer.Dim) late.get(1)).alpha(), 1e-6);
        assertEquals(1f, ((Layer.Dim) planner.layersAt(999.999).get(1)).alpha(), 1e-3);
    }

    @Test
    void slidePushesTheOldOutAndTheNewInTogether() {
        List<Layer> layers = planner("{\"type\":\"slide\",\"d\":400,\"dir\":\"left\"}").layersAt(1000);
        Box old = ((Layer.Visual) layers.get(0)).box();
        Box incoming = ((Layer.Visual) layers.get(1)).box();
        assertEquals(-0.5, old.x(), 1e-9);
        assertEquals(0.5, incoming.x(), 1e-9);
        assertEquals(1.0, incoming.x() - old.x(), 1e-9);
    }

    @Test
    void wipeRevealsTheNewSegmentFromTheEdgeItMovesAway() {
        Box right = ((Layer.Visual) planner("{\"type\":\"wipe\",\"d\":400,\"dir\":\"right\"}").layersAt(1000).get(1)).reveal();
        assertEquals(new Box(0, 0, 0.5, 1), right);
        Box up = ((Layer.Visual) planner("{\"type\":\"wipe\",\"d\":400,\"dir\":\"up\"}").layersAt(1000).get(1)).reveal();
        assertEquals(new Box(0, 0.5, 1, 0.5), up);
    }

    @Test
    void zoomGrowsTheOldAndSettlesTheNew() {
        List<Layer> layers = planner("{\"type\":\"zoom\",\"d\":400}").layersAt(1000);
        assertTrue(((Layer.Visual) layers.get(0)).box().width() > 1.1);
        Layer.Visual incoming = (Layer.Visual) layers.get(1);
        assertTrue(incoming.box().width() > 1 && incoming.box().width() < 1.2);
        assertEquals(0.5f, incoming.alpha(), 1e-6);
    }

    @Test
    void textFadesInOverItsAnimationAndNotOut() {
        VisualPlanner planner = planner("{\"type\":\"fade\",\"d\":400}");
        Layer.Text start = (Layer.Text) planner.layersAt(1500).get(1);
        assertEquals(0f, start.alpha(), 1e-6);
        Layer.Text mid = (Layer.Text) planner.layersAt(1600).get(1);
        assertEquals(0.5f, mid.alpha(), 1e-6);
        Layer.Text end = (Layer.Text) planner.layersAt(1999).get(1);
        assertEquals(1f, end.alpha(), 1e-6);
    }

    @Test
    void segmentsCoverHalfOpenSpans() {
        VisualPlanner planner = planner("{\"type\":\"fade\",\"d\":400}");
        assertEquals(1, planner.layersAt(1999.9).size() - 1);
        assertTrue(planner.layersAt(2000).isEmpty());
        assertInstanceOf(Layer.Visual.class, planner.layersAt(0).get(0));
    }
}
