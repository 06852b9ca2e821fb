package dev.reelwright.director.make;

import dev.reelwright.director.music.Wav;
import dev.reelwright.director.storyboard.Scene;
import dev.reelwright.director.storyboard.Storyboard;
import dev.reelwright.director.voice.PauseAligner;
import dev.reelwright.director.voice.Speech;
import dev.reelwright.director.voice.SpeechPauses;
import dev.reelwright.director.voice.TimeStretch;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.VoiceException;
import dev.reelwright.director.voice.WordTiming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speaks the scenes and lays them out: a title card, each scene's speech with a short pause
 * between, an end card. Fits a requested length by speaking faster (up to 1.25x) or by holding
 * the pictures longer; leaving sentences out is {@link Condenser}'s.
 */
final class Narrator {
    static final long TITLE_MS = 2_500;
    static final long GAP_MS = 300;
    static final long END_MS = 3_000;
    /** With the user's recording, the title is brief: the video follows the recording. */
    static final long VOICEOVER_LEAD_MS = 1_000;
    static final double MAX_FIT_SPEED = 1.25;
    static final double OVERSHOOT_ALLOWED = 0.15;
    static final double CONDENSED_OVERSHOOT = 0.02;
    private static final long MIN_SCENE_MS = 1_500;

    private final Voice voice;

    /** @param voice the voice to speak with, or null when none speaks the script's language */
    Narrator(Voice voice) {
        this.voice = voice;
    }

    Narration narrate(Storyboard board, MakeOptions options, Path mediaFolder, List<String> warnings) {
        if (options.voiceover() != null) {
            return fromRecording(board, options.voiceover(), options.targetMs(), warnings, options.media().size());
        }
        List<Speech> spoken = voice != null ? voice.speakAll(board.scenes().stream().map(Scene::narration).toList())
                : board.scenes().stream().map(Narrator::silence).toList();
        List<Speech> speeches = new ArrayList<>();
        for (Speech speech : spoken) {
            speeches.add(TimeStretch.apply(speech.at(Wav.SAMPLE_RATE), options.speed()));
        }
        long titleMs = TITLE_MS;
        long endMs = END_MS;
        long[] holdMs = new long[speeches.size()];
        if (options.targetMs() != null) {
            // Condensing fits the length closely; speed alone allows 15 % over rather than hurry the voice for a little.
            double fit = options.fit() == Fit.ALL ? 1
                    : fitSpeed(speeches, options.targetMs(), options.fit() == Fit.CONDENSE ? CONDENSED_OVERSHOOT : OVERSHOOT_ALLOWED);
            if (fit > 1) {
                speeches.replaceAll(speech -> TimeStretch.apply(speech, fit));
            }
            long natural = length(speeches, TITLE_MS, END_MS, holdMs);
            long target = options.targetMs();
            if (natural > target) {
                warnings.add(overshoot(natural, target, fit * options.speed(), board));
            } else {
                long extra = target - natural;
                long titleExtra = Math.min(extra / 5, 1_500);
                long endExtra = Math.min(extra / 5, 2_000);
                titleMs += titleExtra;
                endMs += endExtra;
                long left = extra - titleExtra - endExtra;
                for (int i = 0; i < holdMs.length; i++) {
                    holdMs[i] = left / holdMs.length + (i < left % holdMs.length ? 1 : 0);
                }
            }
        }
        List<SpokenScene> scenes = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        long at = titleMs;
        for (int i = 0; i < speeches.size(); i++) {
            Scene scene = board.scenes().get(i);
            if (scene.startMs() >= 0) {
                at = Math.max(at, titleMs + scene.startMs());
            }
            Speech speech = speeches.get(i);
            long duration = Math.max(speech.durationMs(), MIN_SCENE_MS) + holdMs[i];
            scenes.add(new SpokenScene(scene, at, duration, voice != null ? speech.words() : evenly(scene, speech.durationMs())));
            starts.add(at);
            at += duration + GAP_MS;
        }
        long speechEnd = at - GAP_MS;
        if (voice == null) {
            return new Narration(scenes, titleMs, speechEnd, speechEnd + endMs, null, 0, 0);
        }
        VoiceTrackWriter.write(mediaFolder.resolve("voice.wav"), speeches, starts, titleMs);
        long voiceEnd = starts.get(starts.size() - 1) + speeches.get(speeches.size() - 1).durationMs();
        return new Narration(scenes, titleMs, speechEnd, speechEnd + endMs, "media:voice.wav", titleMs, voiceEnd - titleMs);
    }

    /** How much faster the narration must go to fit, when it overshoots by more than {@code allowed}: 1 to 1.25. */
    static double fitSpeed(List<Speech> speeches, long targetMs, double allowed) {
        long natural = length(speeches, TITLE_MS, END_MS, new long[speeches.size()]);
        if (natural <= targetMs * (1 + allowed)) {
            return 1;
        }
        long fixed = natural - speeches.stream().mapToLong(s -> Math.max(s.durationMs(), MIN_SCENE_MS)).sum();
        long speechMs = natural - fixed;
        double needed = speechMs / (double) Math.max(1, targetMs - fixed);
        return targetMs <= fixed ? MAX_FIT_SPEED : Math.min(MAX_FIT_SPEED, needed);
    }

    private static long length(List<Speech> speeches, long titleMs, long endMs, long[] holdMs) {
        long total = titleMs + endMs + GAP_MS * Math.max(0, speeches.size() - 1);
        for (int i = 0; i < speeches.size(); i++) {
            total += Math.max(speeches.get(i).durationMs(), MIN_SCENE_MS) + holdMs[i];
        }
        return total;
    }

    private static String overshoot(long naturalMs, long targetMs, double speed, Storyboard board) {
        long overMs = naturalMs - targetMs;
        long words = board.scenes().stream().mapToLong(s -> s.narration().split("\\s+").length).sum();
        long fewer = Math.round(words * overMs / (double) Math.max(1, naturalMs - TITLE_MS - END_MS));
        return String.format(Locale.ROOT, "the video is %.1f s, %.1f s (%d %%) longer than the %.0f s asked for, with the voice at %.2fx;"
                        + " every word is kept. Shorten the script by about %d words to fit, or let --fit condense leave some out.",
                naturalMs / 1000.0, overMs / 1000.0, Math.round(100.0 * overMs / targetMs), targetMs / 1000.0, speed, fewer);
    }

    /** Without a voice, captions show the words spread evenly over the scene's time. */
    private static List<WordTiming> evenly(Scene scene, long durationMs) {
        String[] words = scene.narration().strip().split("\\s+");
        List<WordTiming> timings = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            timings.add(new WordTiming(words[i], durationMs * i / words.length, durationMs * (i + 1) / words.length));
        }
        return timings;
    }

    /** Without a voice, a scene lasts as long as its narration would take. */
    private static Speech silence(Scene scene) {
        long ms = Math.max(MIN_SCENE_MS, scene.speechMs());
        return new Speech(new float[(int) (ms * 48)], 48_000, List.of());
    }

    /**
     * The user's recording: the script's words are aligned to its pauses and each scene starts
     * where its first word is heard. Without script text the scenes follow the pauses and carry no words.
     */
    private static Narration fromRecording(Storyboard board, Voiceover recording, Long targetMs, List<String> warnings, int pictures) {
        List<SpeechPauses.Span> spans = SpeechPauses.speech(recording.mono(), recording.sampleRate());
        if (spans.isEmpty()) {
            throw new VoiceException(recording.file() + ": no speech found in the voiceover (it is silent)");
        }
        long lead = VOICEOVER_LEAD_MS;
        List<String> words = new ArrayList<>();
        List<Integer> firstWord = new ArrayList<>();
        for (Scene scene : board.scenes()) {
            firstWord.add(words.size());
            String narration = scene.narration().strip();
            if (!narration.isEmpty()) {
                words.addAll(List.of(narration.split("\\s+")));
            }
        }
        firstWord.add(words.size());
        if (words.isEmpty()) {
            return ending(recording, spans, unscripted(spans, lead, pictures), targetMs, warnings);
        }
        List<WordTiming> timings = PauseAligner.align(words, spans);
        List<SpokenScene> scenes = new ArrayList<>();
        for (int i = 0; i < board.scenes().size(); i++) {
            int from = firstWord.get(i);
            int to = firstWord.get(i + 1);
            if (to <= from) {
                continue;
            }
            long start = lead + timings.get(from).startMs();
            List<WordTiming> relative = new ArrayList<>();
            for (WordTiming word : timings.subList(from, to)) {
                relative.add(new WordTiming(word.word(), lead + word.startMs() - start, lead + word.endMs() - start));
            }
            scenes.add(new SpokenScene(board.scenes().get(i), start, relative.get(relative.size() - 1).endMs(), relative));
        }
        return ending(recording, spans, scenes, targetMs, warnings);
    }

    /**
     * The video follows the recording: the lead, all of it, then the end card, held longer to
     * reach {@code --duration} when the recording is shorter. A longer recording is never cut or
     * sped up: the user is told how long the video is instead.
     */
    private static Narration ending(Voiceover recording, List<SpeechPauses.Span> spans, List<SpokenScene> scenes, Long targetMs,
                                    List<String> warnings) {
        long lead = VOICEOVER_LEAD_MS;
        long speechEnd = lead + Math.max(recording.durationMs(), spans.get(spans.size() - 1).endMs());
        long totalMs = speechEnd + END_MS;
        if (targetMs != null && totalMs < targetMs) {
            totalMs = targetMs;
        } else if (targetMs != null && totalMs > targetMs + 500) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "the video is %.1f s, %.1f s longer than the %.0f s asked for: it follows the voiceover (%.1f s), which is never cut or sped up",
                    totalMs / 1000.0, (totalMs - targetMs) / 1000.0, targetMs / 1000.0, recording.durationMs() / 1000.0));
        }
        return new Narration(scenes, lead, speechEnd, totalMs, recording.file().toAbsolutePath().toString(), lead,
                recording.durationMs());
    }

    /**
     * No script: a scene for every four seconds or more of speech (less when there are more
     * pictures to show, so every one of them gets a scene), cut at pauses, without words.
     */
    private static List<SpokenScene> unscripted(List<SpeechPauses.Span> spans, long lead, int pictures) {
        List<SpokenScene> scenes = new ArrayList<>();
        long sceneStart = spans.get(0).startMs();
        long spoken = spans.get(spans.size() - 1).endMs() - sceneStart;
        long least = pictures <= 1 ? 4_000 : Math.min(4_000, spoken / pictures);
        for (int i = 0; i < spans.size(); i++) {
            long end = spans.get(i).endMs();
            boolean last = i == spans.size() - 1;
            if (end - sceneStart >= least || last) {
                scenes.add(new SpokenScene(null, lead + sceneStart, end - sceneStart, List.of()));
                if (!last) {
                    sceneStart = spans.get(i + 1).startMs();
                }
            }
        }
        return scenes;
    }
}
