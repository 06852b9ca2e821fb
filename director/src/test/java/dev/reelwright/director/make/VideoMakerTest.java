package dev.reelwright.director.make;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.director.script.ScriptReader;
import dev.reelwright.director.voice.Speech;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.VoiceCatalog;
import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.TrackRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoMakerTest {
    @TempDir
    Path media;

    /** Says each word in 300 ms of tone, for tests that need no real voice. */
    static final class ToneVoice implements Voice {
        @Override
        public String name() {
            return "tone";
        }

        @Override
        public Locale locale() {
            return Locale.US;
        }

        @Override
        public Speech speak(String text) {
            String[] words = text.split("\\s+");
            float[] samples = new float[words.length * 300 * 48];
            List<WordTiming> timings = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                timings.add(new WordTiming(words[i].replaceAll("[^\\p{L}\\p{N}]", ""), i * 300L, i * 300L + 280));
                for (int s = i * 14_400; s < i * 14_400 + 13_440; s++) {
                    samples[s] = (float) (0.3 * Math.sin(2 * Math.PI * 200 * s / 48_000.0));
                }
            }
            return new Speech(samples, 48_000, timings);
        }
    }

    private static final String SCRIPT = "Quiet Mornings\n\nThe sun rises slowly over the hills. Birds begin to sing in the old oak."
            + " Coffee steams on the windowsill.\n\nVisit quietmornings.example to plan your stay.";

    static VideoMaker maker() {
        return new VideoMaker(VoiceCatalog.of(List.of(new ToneVoice())));
    }

    private Draft make(Aspect aspect) {
        return make(aspect, List.of());
    }

    private Draft make(Aspect aspect, List<UserMedia> pictures) {
        var script = ScriptReader.read(new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8)));
        MakeOptions options = MakeOptions.defaults().withCanvas(aspect, 480).withMedia(pictures);
        return maker().make(script, options, media, stage -> { }).draft();
    }

    @Test
    void aScriptBecomesATimelineWithVoiceCaptionsMusicAndCards() throws Exception {
        Draft draft = make(Aspect.LANDSCAPE);
        assertEquals("Quiet Mornings", draft.meta().title());
        assertEquals(854, draft.meta().widthPx());
        assertEquals(480, draft.meta().heightPx());
        assertTrue(Files.size(media.resolve("voice.wav")) > 44);
        assertTrue(Files.size(media.resolve("music.wav")) > 44);
        var captions = draft.tracks().stream().filter(t -> t.role() == TrackRole.CAPTION).findFirst().orElseThrow();
        String shown = String.join(" ", captions.segments().stream().map(s -> s.meta().text().replace('\n', ' ')).toList());
        assertEquals(SCRIPT.substring(SCRIPT.indexOf("The sun")).replaceAll("\\s+", " "), shown, "captions say the script");
        var cards = draft.tracks().stream().filter(t -> t.role() == TrackRole.TITLE).findFirst().orElseThrow();
        assertEquals("Visit quietmornings.example to plan your stay.", cards.segments().get(1).meta().text());
        assertTrue(draft.tracks().stream().anyMatch(t -> t.role() == TrackRole.BGM && t.segments().get(0).meta().ducks()));
        long voiceStart = draft.tracks().stream().filter(t -> t.role() == TrackRole.VOICE).findFirst().orElseThrow()
                .segments().get(0).startMs();
        assertEquals(Narrator.TITLE_MS, voiceStart);
        assertEquals(captions.segments().get(0).startMs(), voiceStart, "the first caption starts with the first word");
    }

    @Test
    void theUsersPhotosAndClipsBecomeTheScenesPictures() {
        UserMedia tall = new UserMedia(Path.of("/photos/hills.jpg"), false, 900, 1600, 0);
        UserMedia clip = new UserMedia(Path.of("/clips/birds.mp4"), true, 1920, 1080, 8000);
        Draft draft = make(Aspect.LANDSCAPE, List.of(tall, clip));
        var visuals = draft.tracks().get(0).segments();
        var hills = visuals.stream().filter(s -> "/photos/hills.jpg".equals(s.source())).findFirst().orElseThrow();
        assertEquals(dev.reelwright.draft.Fit.BLUR, hills.meta().fit(), "a portrait photo in 16:9 sits on a blurred fill");
        assertTrue(hills.meta().kenBurns() != null, "stills move");
        var birds = visuals.stream().filter(s -> "/clips/birds.mp4".equals(s.source())).findFirst().orElseThrow();
        assertEquals(dev.reelwright.draft.Fit.COVER, birds.meta().fit());
        assertEquals(0.0, birds.meta().volume(), "clips are muted under the narration");
        assertEquals(null, visuals.get(0).source(), "the title card is designed, not a photo");
    }

    @Test
    void photosAndClipsWithNothingToSayBecomeAMontageToMusic() {
        UserMedia hills = new UserMedia(Path.of("/photos/hills.jpg"), false, 1600, 900, 0);
        UserMedia birds = new UserMedia(Path.of("/clips/birds.mp4"), true, 1920, 1080, 8000);
        MakeOptions options = MakeOptions.defaults().withCanvas(Aspect.LANDSCAPE, 480).withMedia(List.of(hills, birds));
        Draft natural = maker().make(null, options, media, stage -> { }).draft();
        assertEquals(Montage.OPENING_MS + Montage.PHOTO_MS + 8000 + Montage.CLOSING_MS, natural.durationMs(),
                "a photo holds 3 s, a clip its own length");
        Draft fitted = maker().make(null, options.withTarget(10_000L), media, stage -> { }).draft();
        assertEquals(10_000, fitted.durationMs());
        var visuals = fitted.tracks().get(0).segments();
        assertEquals("/photos/hills.jpg", visuals.get(1).source(), "in the order given");
        assertEquals("/clips/birds.mp4", visuals.get(2).source());
        assertTrue(visuals.get(2).durationMs() > 2 * visuals.get(1).durationMs(), "the clip keeps its larger share: " + visuals);
        assertTrue(fitted.tracks().stream().noneMatch(t -> t.role() == TrackRole.VOICE || t.role() == TrackRole.CAPTION),
                "no voice, no captions: nothing to say");
        assertTrue(fitted.tracks().stream().anyMatch(t -> t.role() == TrackRole.BGM), "music");

        UserMedia wave = new UserMedia(Path.of("/clips/wave.mp4"), true, 1920, 1080, 2000);
        Draft longer = maker().make(null, options.withMedia(List.of(hills, wave)).withTarget(12_000L), media, stage -> { }).draft();
        assertEquals(12_000, longer.durationMs());
        var shots = longer.tracks().get(0).segments();
        // Its slot is its own length; the crossfades either side and the closing add their overlap.
        assertTrue(shots.get(2).durationMs() <= 2000 + 700, "a short clip is not stretched past its end: " + shots);
        assertTrue(shots.get(1).durationMs() >= 7000, "the photo takes the rest: " + shots);
    }

    @Test
    void verticalVideosAreLaidOutForVertical() {
        Draft draft = make(Aspect.PORTRAIT);
        assertEquals(480, draft.meta().widthPx());
        assertEquals(854, draft.meta().heightPx());
        var phrases = draft.tracks().stream().filter(t -> t.role() == TrackRole.OVERLAY).findFirst().orElseThrow();
        assertTrue(phrases.segments().get(0).meta().textStyle().sizePx() >= 40, "large type");
    }

    @Test
    void scenesWithoutPhotosShowBuiltInPicturesOfWhatTheySay() {
        Draft draft = make(Aspect.LANDSCAPE);
        var main = draft.tracks().stream().filter(t -> t.id().equals("pictures")).findFirst().orElseThrow();
        List<String> shown = main.segments().stream().map(s -> dev.reelwright.draft.PlacedPicture.of(s.meta()).orElseThrow().name()).toList();
        assertTrue(shown.contains("hot-beverage"), "coffee steaming on the windowsill shows a hot beverage: " + shown);
        assertTrue(shown.stream().anyMatch(n -> n.contains("bird") || n.contains("sun") || n.contains("tree")), shown.toString());
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(!shown.get(i).equals(shown.get(i - 1)), "neighbours differ: " + shown);
        }
        // The scene says which pictures it shows and for which words, for the user and the agent.
        var scenes = draft.tracks().get(0).segments().stream().filter(s -> s.meta().extra().get("scene") instanceof java.util.Map<?, ?> m
                && m.containsKey("pics")).toList();
        assertEquals(shown.size(), scenes.size());
        var coffee = main.segments().stream().map(s -> dev.reelwright.draft.PlacedPicture.of(s.meta()).orElseThrow())
                .filter(p -> p.name().equals("hot-beverage")).findFirst().orElseThrow();
        assertTrue(coffee.words().contains("Coffee") || coffee.words().contains("coffee"), coffee.words().toString());
        assertTrue(coffee.size() > 0.3, "the main picture is large");
    }

    @Test
    void scenesWithTheUsersPhotosShowThePhotosNotBuiltInPictures() throws Exception {
        Path photo = media.resolve("p.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 36, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        List<UserMedia> photos = List.of(new UserMedia(photo, false, 64, 36, 0, ""), new UserMedia(photo, false, 64, 36, 0, ""),
                new UserMedia(photo, false, 64, 36, 0, ""), new UserMedia(photo, false, 64, 36, 0, ""));
        Draft draft = make(Aspect.LANDSCAPE, photos);
        assertTrue(draft.tracks().stream().noneMatch(t -> t.id().startsWith("pictures")), "every scene has a photo");
    }
}
