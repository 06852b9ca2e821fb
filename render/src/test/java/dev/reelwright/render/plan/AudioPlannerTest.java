package dev.reelwright.render.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.TrackRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioPlannerTest {
    private static final String DRAFT = """
            {"v":1,"m":{"w":320,"h":180,"fps":30},"d":3000,"t":[
             {"id":"v","tt":0,"sg":[{"id":"c1","s":0,"d":1500,"src":"clip.mp4","m":{"vol":0.5}},
               {"id":"c2","s":1000,"d":1500,"src":"still.png","m":{"tr":{"type":"fade","d":500}}},
               {"id":"c3","s":2500,"d":500,"src":"muted.mp4","m":{"vol":0}}]},
             {"id":"a","tt":1,"m":{"role":"bgm"},"sg":[{"id":"m","s":0,"d":3000,"src":"m.wav","m":{"vol":0.35,"duck":true,"fadeOut":800}}]},
             {"id":"vo","tt":1,"m":{"role":"voice"},"sg":[{"id":"s1","s":200,"d":1000,"src":"v.wav","in":300}]}]}
            """;

    @Test
    void clipSoundAudioSegmentsAndTheirFades() {
        List<AudioPart> parts = AudioPlanner.plan(DraftCodec.parse(DRAFT), src -> src.endsWith(".mp4"));
        assertEquals(List.of(
                new AudioPart("clip.mp4", null, 0, 1500, 0, 0.5, 10, 500, false),
                new AudioPart("m.wav", TrackRole.BGM, 0, 3000, 0, 0.35, 10, 800, true),
                new AudioPart("v.wav", TrackRole.VOICE, 200, 1000, 300, 1.0, 10, 10, false)), parts);
    }

    @Test
    void stillsAndMutedClipsMakeNoSound() {
        List<AudioPart> parts = AudioPlanner.plan(DraftCodec.parse(DRAFT), src -> src.endsWith(".mp4"));
        assertFalse(parts.stream().anyMatch(p -> p.source().equals("still.png") || p.source().equals("muted.mp4")));
    }
}
