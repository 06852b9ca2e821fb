package dev.reelwright.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.director.voice.Speech;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackMeta;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.Scene;
import dev.reelwright.draft.edit.Scenes;
import dev.reelwright.draft.edit.TextEdits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Use a male voice": another voice reads each scene where the old one did, captions follow it, nothing else moves. */
class RevoicingTest {
    @TempDir
    Path media;

    /** A voice that says each word as a tone of {@code wordMs} at 22.05 kHz (as espeak-ng does), with its words' times. */
    private record ToneVoice(String name, long wordMs) implements Voice {
        public Locale locale() {
            return Locale.US;
        }

        public Speech speak(String text) {
            String[] words = text.strip().split("\\s+");
            int rate = 22_050;
            long gapMs = 60;
            float[] samples = new float[(int) (words.length * (wordMs + gapMs) * rate / 1000)];
            List<WordTiming> timings = new ArrayList<>();
            for (int w = 0; w < words.length; w++) {
                long start = w * (wordMs + gapMs);
                timings.add(new WordTiming(words[w], start, start + wordMs));
                for (int i = (int) (start * rate / 1000); i < (start + wordMs) * rate / 1000; i++) {
                    samples[i] = (float) (0.4 * Math.sin(2 * Math.PI * 180 * i / rate));
                }
            }
            return new Speech(samples, rate, timings);
        }
    }

    private static Draft made() throws Exception {
        return DraftCodec.parse(Files.readString(Path.of("src/test/resources/drafts/made.json")));
    }

    private TurnResult turn(String message, Draft draft, List<Voice> voices, Language lang) {
        Agent agent = new Agent();
        TurnContext context = TurnContext.of(draft, List.of());
        Studio studio = new FolderStudio(media, Map.of(), null, () -> voices);
        return agent.run(agent.understand(message, context), context, studio, SessionActions.none(), TurnListener.quiet(), lang);
    }

    private static final Voice WOMAN = new ToneVoice("cmu-slt-hsmm", 300);
    private static final Voice MAN = new ToneVoice("flite/kal", 300);

    @Test
    void aMaleVoiceReadsEveryScenePlacedWhereTheOldWordsWereAndTheCaptionsFollowIt() throws Exception {
        Draft before = made();
        TurnResult result = turn("use a male voice please", before, List.of(WOMAN, MAN), Language.EN);
        assertFalse(result.refused(), result.reply());
        Draft after = result.draft();
        Track voice = after.trackWithRole(TrackRole.VOICE).orElseThrow();
        assertEquals("flite/kal", voice.meta().extra().get(TrackMeta.VOICE));
        assertEquals(1, voice.segments().size());
        Segment recording = voice.segments().get(0);
        Path file = media.resolve(recording.source().substring("media:".length()));
        var format = AudioSystem.getAudioFileFormat(file.toFile()).getFormat();
        assertEquals(48_000f, format.getSampleRate());
        long fileMs = AudioSystem.getAudioFileFormat(file.toFile()).getFrameLength() * 1000L / 48_000;
        assertTrue(Math.abs(fileMs - recording.durationMs()) <= 2, fileMs + " vs " + recording.durationMs());
        assertTrue(recording.endMs() <= after.contentEndMs());
        // The pictures, titles and the length do not move.
        assertEquals(before.durationMs(), after.durationMs());
        assertEquals(Scenes.mainTrack(before).orElseThrow(), Scenes.mainTrack(after).orElseThrow());
        assertEquals(before.trackWithRole(TrackRole.TITLE), after.trackWithRole(TrackRole.TITLE));
        // Each scene's captions lie inside the scene and tell its words with the new voice's times.
        Track captions = after.trackWithRole(TrackRole.CAPTION).orElseThrow();
        for (Scene scene : Scenes.numbered(after)) {
            List<Segment> cues = captions.segments().stream().filter(c -> c.startMs() >= scene.fromMs() && c.startMs() < scene.toMs()).toList();
            String said = String.join(" ", cues.stream().map(c -> c.meta().text()).toList()).replaceAll("\\s+", " ");
            assertEquals(scene.text(), said, "scene " + scene.number());
            assertTrue(cues.get(cues.size() - 1).endMs() <= scene.toMs(), "scene " + scene.number());
            assertTrue(cues.get(0).meta().extra().get(TextEdits.WORDS) instanceof List<?>);
        }
        assertTrue(result.reply().contains("read by flite/kal"), result.reply());
        assertNull(voice.meta().extra().get("speed"));
    }

    @Test
    void aSlowerVoiceIsFittedIntoThePauseAndOneFarTooSlowAsksForMoreTimeFirst() throws Exception {
        Voice slow = new ToneVoice("flite/rms", 520);
        TurnResult fitted = turn("switch the voice to flite/rms", made(), List.of(WOMAN, slow), Language.EN);
        assertFalse(fitted.refused(), fitted.reply());
        Voice crawling = new ToneVoice("flite/awb", 1400);
        TurnResult refused = turn("change to a different voice", made(), List.of(WOMAN, crawling), Language.EN);
        assertTrue(refused.refused());
        assertTrue(refused.reply().contains("make scene") && refused.reply().contains("longer"), refused.reply());
    }

    @Test
    void withOneVoiceTheReplySaysWhichThereAreAndHowToGetMore() throws Exception {
        TurnResult alone = turn("use another voice", made(), List.of(WOMAN), Language.EN);
        assertTrue(alone.refused());
        assertTrue(alone.reply().contains("cmu-slt-hsmm (speaking now)") && alone.reply().contains("espeak-ng"), alone.reply());
        TurnResult chinese = turn("换成男声", made(), List.of(WOMAN), Language.ZH);
        assertTrue(chinese.refused());
        assertTrue(chinese.reply().contains("没有可换的声音") && chinese.reply().contains("cmu-slt-hsmm"), chinese.reply());
        TurnResult unknown = turn("use the voice morgan-freeman", made(), List.of(WOMAN, MAN), Language.EN);
        assertTrue(unknown.refused() || unknown.question() != null, unknown.reply());
        TurnResult chineseMan = turn("换成男声", made(), List.of(WOMAN, MAN), Language.ZH);
        assertFalse(chineseMan.refused(), chineseMan.reply());
        assertTrue(chineseMan.reply().contains("flite/kal"), chineseMan.reply());
    }

    @Test
    void aRecordingOfTheUsersOwnChangesPaceFromItsUpload() throws Exception {
        Path upload = media.resolve("my-take.wav");
        float[] tone = new float[44_100 * 4];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 200 * i / 44_100.0));
        }
        writeWav(upload, tone, 44_100);
        FolderStudio studio = new FolderStudio(media.resolve("draft"), Map.of("/uploads/my-take.wav", upload), null, List::of);
        String source = studio.voiceAt("/uploads/my-take.wav", 1.25);
        Path out = media.resolve("draft").resolve(source.substring("media:".length()));
        var format = AudioSystem.getAudioFileFormat(out.toFile());
        assertEquals(48_000f, format.getFormat().getSampleRate());
        assertEquals(3200.0, format.getFrameLength() * 1000.0 / 48_000, 40);
        // Any other path a draft names is not read.
        assertThrowsEdit(() -> studio.voiceAt("/etc/passwd", 1.1));
        assertThrowsEdit(() -> studio.voiceAt("media:../my-take.wav", 1.1));
    }

    private static void assertThrowsEdit(Runnable call) {
        try {
            call.run();
        } catch (dev.reelwright.draft.edit.EditException expected) {
            return;
        }
        throw new AssertionError("expected an EditException");
    }

    private static void writeWav(Path file, float[] mono, int rate) throws Exception {
        byte[] pcm = new byte[mono.length * 4];
        for (int i = 0; i < mono.length; i++) {
            short s = (short) (mono[i] * 32767);
            for (int c = 0; c < 2; c++) {
                pcm[4 * i + 2 * c] = (byte) s;
                pcm[4 * i + 2 * c + 1] = (byte) (s >> 8);
            }
        }
        var format = new javax.sound.sampled.AudioFormat(rate, 16, 2, true, false);
        try (var stream = new javax.sound.sampled.AudioInputStream(new java.io.ByteArrayInputStream(pcm), format, mono.length)) {
            AudioSystem.write(stream, javax.sound.sampled.AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
