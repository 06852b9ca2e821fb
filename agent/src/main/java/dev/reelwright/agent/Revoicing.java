package dev.reelwright.agent;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.CaptionLayout;
import dev.reelwright.director.music.Wav;
import dev.reelwright.director.voice.Language;
import dev.reelwright.director.voice.Speech;
import dev.reelwright.director.voice.TimeStretch;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.VoiceException;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackMeta;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.EditException;
import dev.reelwright.draft.edit.Scene;
import dev.reelwright.draft.edit.Scenes;
import dev.reelwright.draft.edit.SoundEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Use a male voice": another voice speaks each scene's narration where the old voice said it, so
 * the pictures, titles and every earlier edit keep their times. A scene the new voice says more
 * slowly is sped up (pitch kept) into the time the old voice took, and into the pause after it
 * when that is not enough; the captions are cut again to the new voice's words.
 */
final class Revoicing {
    /** Faster than this against its own pace, a voice starts to sound hurried: beyond it the pause after the words is used. */
    private static final double FIT_SPEED = 1.25;
    /** Faster than this it is no longer clear; such a scene needs more time first. */
    private static final double MOST_SPEED = 1.6;
    /** Silence kept between one scene's words and the next's. */
    private static final long GAP_MS = 150;

    private Revoicing() {
    }

    /** Where a scene's words are said now, and what they are. */
    private record Window(Scene scene, long fromMs, long toMs) {
    }

    /** The edit that has {@code wanted} (a voice's name, "male", "female", or null for any other) speak the narration. */
    static SoundEdits.Revoice plan(Draft draft, String wanted, Studio studio) {
        Track voiceTrack = draft.trackWithRole(TrackRole.VOICE).filter(t -> !t.segments().isEmpty()).orElse(null);
        List<Window> windows = windows(draft, voiceTrack);
        if (windows.isEmpty()) {
            throw new EditException(voiceTrack == null
                    ? "the video has no voiceover; make it from a script and a voice will read it"
                    : "the voiceover is your own recording and the scenes keep no script for another voice to read");
        }
        String language = Language.of(String.join(" ", windows.stream().map(w -> w.scene().text()).toList()));
        String current = voiceTrack != null && voiceTrack.meta().extra().get(TrackMeta.VOICE) instanceof String name ? name : null;
        Voice voice = choose(studio.voices(), wanted, current, language);
        List<Speech> spoken;
        try {
            spoken = voice.speakAll(windows.stream().map(w -> w.scene().text()).toList());
        } catch (VoiceException e) {
            throw new EditException(e.getMessage());
        }
        long baseMs = windows.get(0).fromMs();
        List<Speech> placed = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            long roomMs = (i + 1 < windows.size() ? windows.get(i + 1).fromMs() : draft.contentEndMs()) - GAP_MS - window.fromMs();
            placed.add(fitted(spoken.get(i).at(Wav.SAMPLE_RATE), window, roomMs, voice));
        }
        long endMs = baseMs;
        for (int i = 0; i < windows.size(); i++) {
            endMs = Math.max(endMs, windows.get(i).fromMs() + placed.get(i).durationMs());
        }
        float[] samples = new float[(int) ((endMs - baseMs) * Wav.SAMPLE_RATE / 1000)];
        for (int i = 0; i < windows.size(); i++) {
            float[] speech = placed.get(i).samples();
            int at = (int) ((windows.get(i).fromMs() - baseMs) * Wav.SAMPLE_RATE / 1000);
            System.arraycopy(speech, 0, samples, at, Math.min(speech.length, samples.length - at));
        }
        String stem = "voice-" + voice.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
                + Integer.toHexString(java.util.Arrays.hashCode(samples));
        String source = studio.saveVoice(stem, samples);
        return new SoundEdits.Revoice(source, baseMs, endMs - baseMs, voice.name(), captions(draft, windows, placed));
    }

    /**
     * The voice meant: one named as {@code reel voices} names it, or the first voice of the
     * language (a man's or a woman's when asked) other than the one speaking now.
     */
    static Voice choose(List<Voice> voices, String wanted, String current, String language) {
        List<Voice> speaking = voices.stream().filter(v -> Language.speaks(v.locale(), language)).toList();
        String now = current != null ? current : speaking.isEmpty() ? null : speaking.get(0).name();
        if (wanted != null && !wanted.equals("male") && !wanted.equals("female")) {
            for (Voice voice : voices) {
                String name = voice.name().toLowerCase(Locale.ROOT);
                String asked = wanted.toLowerCase(Locale.ROOT);
                if (name.equals(asked) || name.startsWith(asked + "/")) {
                    if (voice.name().equals(now)) {
                        throw EditException.alreadySo("the narration is already spoken by " + voice.name());
                    }
                    return voice;
                }
            }
            throw new EditException("there is no voice called \"" + wanted + "\" here; " + offered(speaking, now));
        }
        Voice.Gender gender = wanted == null ? null : Voice.Gender.valueOf(wanted.toUpperCase(Locale.ROOT));
        for (Voice voice : speaking) {
            if (!voice.name().equals(now) && (gender == null || voice.gender() == gender)) {
                return voice;
            }
        }
        String kind = gender == null ? "another voice" : "a " + wanted + " voice";
        throw new EditException("there is no " + kind.replaceFirst("^(another|a) ", "") + " for " + languageName(language) + " here; "
                + offered(speaking, now));
    }

    private static String offered(List<Voice> speaking, String now) {
        List<String> names = speaking.stream().map(v -> v.name() + (v.name().equals(now) ? " (speaking now)" : "")).toList();
        return (names.isEmpty() ? "no voice speaks it" : "the voices are " + String.join(", ", names))
                + "; install espeak-ng, flite or festival, or set REEL_TTS_URL, for more (reel voices lists them)";
    }

    private static String languageName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }

    /** Each narrated scene and where its words are said now: its captions, else the voice inside it. */
    private static List<Window> windows(Draft draft, Track voiceTrack) {
        Track captions = draft.trackWithRole(TrackRole.CAPTION).orElse(null);
        List<Window> windows = new ArrayList<>();
        for (Scene scene : Scenes.numbered(draft)) {
            if (scene.text() == null || scene.text().isBlank()) {
                continue;
            }
            long from = Long.MAX_VALUE;
            long to = Long.MIN_VALUE;
            for (Track track : captions != null ? List.of(captions) : voiceTrack != null ? List.of(voiceTrack) : List.<Track>of()) {
                for (Segment segment : track.segments()) {
                    long start = Math.max(segment.startMs(), scene.fromMs());
                    long end = Math.min(segment.endMs(), scene.toMs());
                    boolean inside = track == captions ? segment.startMs() >= scene.fromMs() && segment.startMs() < scene.toMs() : end > start;
                    if (inside) {
                        from = Math.min(from, track == captions ? segment.startMs() : start);
                        to = Math.max(to, track == captions ? segment.endMs() : end);
                    }
                }
            }
            if (to > from) {
                windows.add(new Window(scene, from, to));
            }
        }
        return windows;
    }

    /** The scene's new speech, sped up as little as fits: into the old words' time, else into {@code roomMs}. */
    private static Speech fitted(Speech speech, Window window, long roomMs, Voice voice) {
        long oldMs = window.toMs() - window.fromMs();
        double speed = speech.durationMs() > oldMs ? Math.min(FIT_SPEED, (double) speech.durationMs() / oldMs) : 1.0;
        if (speech.durationMs() / speed > roomMs) {
            speed = (double) speech.durationMs() / Math.max(1, roomMs);
        }
        if (speed > MOST_SPEED) {
            long moreS = (long) Math.ceil((speech.durationMs() / MOST_SPEED - roomMs) / 1000.0);
            throw new EditException(String.format(Locale.ROOT,
                    "%s says scene %d more slowly than there is time for; make the scene longer first (\"make scene %d %d seconds longer\")",
                    voice.name(), window.scene().number(), window.scene().number(), Math.max(1, moreS)));
        }
        return TimeStretch.apply(speech, speed);
    }

    /** The captions cut to the new voice's words, dressed as they were; null when there are none or they keep no layout. */
    private static List<Segment> captions(Draft draft, List<Window> windows, List<Speech> placed) {
        Track track = draft.trackWithRole(TrackRole.CAPTION).orElse(null);
        if (track == null || track.segments().isEmpty()) {
            return null;
        }
        List<CaptionLayout.Run> runs = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            runs.add(new CaptionLayout.Run(windows.get(i).scene().text(), windows.get(i).fromMs(), placed.get(i).words()));
        }
        CaptionStyle style = CaptionRecut.styleOf(track);
        List<Segment> cut = CaptionLayout.cut(runs, draft.meta().widthPx(), draft.meta().heightPx(), style);
        return cut.isEmpty() ? null : CaptionRecut.dressed(track, cut);
    }
}
