package dev.reelwright.director.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The voices this machine can speak with: the built-in MaryTTS voice; espeak-ng, flite and
 * festival when installed; an OpenAI-compatible endpoint when {@code REEL_TTS_URL} is set.
 */
public final class VoiceCatalog {
    private static final Path FESTIVAL_VOICES = Path.of("/usr/share/festival/voices");

    private final List<Voice> voices;
    private final Voice configured;

    private VoiceCatalog(List<Voice> voices, Voice configured) {
        this.voices = List.copyOf(voices);
        this.configured = configured;
    }

    /** Looks at what is installed and what the environment configures. */
    public static VoiceCatalog discover(Map<String, String> env) {
        List<Voice> voices = new ArrayList<>();
        HttpSpeechVoice endpoint = HttpSpeechVoice.fromEnvironment(env);
        if (endpoint != null) {
            voices.add(endpoint);
        }
        MaryVoice.available().stream().map(MaryVoice::new).forEach(voices::add);
        voices.addAll(flite());
        voices.addAll(festival());
        voices.addAll(espeak());
        return new VoiceCatalog(voices, endpoint);
    }

    public static VoiceCatalog of(List<Voice> voices) {
        return new VoiceCatalog(voices, null);
    }

    public List<Voice> voices() {
        return voices;
    }

    /** The voice named {@code name} (as {@code reel voices} lists it); an engine name alone picks its first voice. */
    public Voice named(String name) {
        for (Voice voice : voices) {
            if (voice.name().equalsIgnoreCase(name)) {
                return voice;
            }
        }
        for (Voice voice : voices) {
            if (voice.name().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + "/")) {
                return voice;
            }
        }
        throw new VoiceException("no voice named \"" + name + "\" on this machine; `reel voices` lists them (e.g. "
                + String.join(", ", voices.stream().limit(4).map(Voice::name).toList()) + ")");
    }

    /**
     * The voice for a script's language: the configured endpoint first, then the built-in voice,
     * then the installed engines; null when none speaks it.
     */
    public Voice forLanguage(String language) {
        if (configured != null) {
            return configured;
        }
        for (Voice voice : voices) {
            if (Language.speaks(voice.locale(), language)) {
                return voice;
            }
        }
        return null;
    }

    private static List<Voice> espeak() {
        List<Voice> voices = new ArrayList<>();
        for (String line : output("espeak-ng", "--voices")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length < 4 || !columns[0].matches("\\d+")) {
                continue;
            }
            String language = columns[1];
            if (voices.stream().noneMatch(v -> v.name().equals("espeak-ng/" + language))) {
                voices.add(new CommandVoice(CommandVoice.Engine.ESPEAK_NG, language, Locale.forLanguageTag(language)));
            }
        }
        return voices;
    }

    private static List<Voice> flite() {
        List<Voice> voices = new ArrayList<>();
        for (String line : output("flite", "-lv")) {
            if (line.startsWith("Voices available:")) {
                for (String name : line.substring("Voices available:".length()).strip().split("\\s+")) {
                    if (!name.isEmpty() && !name.contains("time")) {
                        voices.add(new CommandVoice(CommandVoice.Engine.FLITE, name, Locale.US));
                    }
                }
            }
        }
        return voices;
    }

    /** Festival's voices are folders under {@code /usr/share/festival/voices/LANGUAGE/}. */
    private static List<Voice> festival() {
        List<Voice> voices = new ArrayList<>();
        if (!Files.isExecutable(Path.of("/usr/bin/text2wave")) || !Files.isDirectory(FESTIVAL_VOICES)) {
            return voices;
        }
        try (Stream<Path> languages = Files.list(FESTIVAL_VOICES)) {
            for (Path language : languages.sorted().toList()) {
                try (Stream<Path> names = Files.list(language)) {
                    for (Path voice : names.sorted().toList()) {
                        Locale locale = language.getFileName().toString().equals("english") ? Locale.US : Locale.ROOT;
                        voices.add(new CommandVoice(CommandVoice.Engine.FESTIVAL, voice.getFileName().toString(), locale));
                    }
                }
            }
        } catch (IOException ignored) {
            // Festival's folder unreadable: no festival voices.
        }
        return voices;
    }

    /** A command's output lines, or none when it is not installed or fails. */
    private static List<String> output(String... argv) {
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            byte[] bytes = process.getInputStream().readNBytes(1 << 20);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of();
            }
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
