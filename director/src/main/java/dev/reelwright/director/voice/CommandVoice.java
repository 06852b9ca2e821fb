package dev.reelwright.director.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A speech engine installed on the machine, run as a command: espeak-ng, flite or festival. The
 * text goes in a file (never on the command line), the WAV comes back in a file, and word
 * timings are aligned to the pauses in the audio.
 */
public final class CommandVoice implements Voice {
    private static final long TIMEOUT_S = 120;

    /** The engines this class knows how to run. */
    public enum Engine {
        ESPEAK_NG("espeak-ng"), FLITE("flite"), FESTIVAL("text2wave");

        private final String command;

        Engine(String command) {
            this.command = command;
        }

        public String command() {
            return command;
        }

        public String label() {
            return this == FESTIVAL ? "festival" : command;
        }
    }

    private final Engine engine;
    private final String engineVoice;
    private final Locale locale;

    public CommandVoice(Engine engine, String engineVoice, Locale locale) {
        this.engine = engine;
        this.engineVoice = engineVoice;
        this.locale = locale;
    }

    @Override
    public String name() {
        return engine.label() + "/" + engineVoice;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Speech speak(String text) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("reel-voice-");
            Path textFile = dir.resolve("text.txt");
            Path wavFile = dir.resolve("speech.wav");
            Files.writeString(textFile, text + "\n", engine == Engine.ESPEAK_NG ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            run(command(textFile, wavFile), dir);
            WavDecoder.Pcm pcm = WavDecoder.decode(Files.readAllBytes(wavFile), name());
            List<String> words = List.of(text.strip().split("\\s+"));
            return new Speech(pcm.samples(), pcm.sampleRate(),
                    PauseAligner.align(words, SpeechPauses.speech(pcm.samples(), pcm.sampleRate())));
        } catch (IOException e) {
            throw new VoiceException(name() + " could not speak (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private List<String> command(Path textFile, Path wavFile) {
        List<String> argv = new ArrayList<>();
        argv.add(engine.command());
        switch (engine) {
            case ESPEAK_NG -> argv.addAll(List.of("-v", engineVoice, "-w", wavFile.toString(), "-f", textFile.toString()));
            case FLITE -> argv.addAll(List.of("-voice", engineVoice, "-f", textFile.toString(), "-o", wavFile.toString()));
            case FESTIVAL -> argv.addAll(List.of("-eval", "(voice_" + engineVoice + ")", "-o", wavFile.toString(), textFile.toString()));
        }
        return argv;
    }

    private void run(List<String> argv, Path dir) throws IOException {
        Process process = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new VoiceException(name() + " took more than " + TIMEOUT_S + " s and was stopped");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new VoiceException(name() + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.ISO_8859_1).strip();
            throw new VoiceException(name() + " failed (exit " + process.exitValue() + ")"
                    + (log.isEmpty() ? "" : ": " + log.lines().findFirst().orElse("")));
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A scratch folder in the temp directory.
        }
    }
}
