package dev.reelwright.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimelineSummaryTest {
    @Test
    void summarisesEachTrackWithItsTimesAndVolume() {
        String json = """
                {"v":1,"m":{"w":1920,"h":1080,"fps":30},"d":10000,"t":[
                 {"id":"v1","tt":0,"m":{"name":"city timelapse"},"sg":[{"id":"s1","s":0,"d":10000,"src":"media:city.mp4"}]},
                 {"id":"a2","tt":1,"m":{"role":"bgm","name":"Lo-fi"},"sg":[{"id":"b","s":0,"d":10000,"src":"media:lofi.mp3","m":{"vol":0.35}}]},
                 {"id":"x1","tt":7,"m":{"role":"title"},"sg":[{"id":"t1","s":0,"d":3000,"m":{"text":"Urban Dreams"}}]}]}
                """;
        assertEquals("Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: \"Urban Dreams\" (0-3s)",
                TimelineSummary.of(DraftCodec.parse(json)));
    }

    @Test
    void namesSourcesWhenTracksHaveNoName() {
        assertEquals("Timeline (4 tracks): 1. Video: city, street (0-12s) 2. Voice: voice (0-11.5s, 100%) "
                        + "3. BGM: Lo-fi (0-12s, 35%) 4. Title: \"Urban Dreams\" (0-3s)",
                TimelineSummary.of(DraftCodec.parse(Drafts.URBAN_DREAMS.replace("\"name\": \"city timelapse\", ", ""))));
    }
}
