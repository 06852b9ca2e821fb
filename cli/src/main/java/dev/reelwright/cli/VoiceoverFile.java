package dev.reelwright.cli;

import dev.reelwright.director.make.Voiceover;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** {@code --voiceover FILE}: the user's recording (mp3, wav, m4a, aac), decoded to mono for alignment. */
final class VoiceoverFile {
    private static final Set<String> EXTENSIONS = Set.of("mp3", "wav", "m4a", "aac");
    private static final long MAX_MS = 60 * 60_000L;

    private VoiceoverFile() {
    }

    static Voiceover read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!Files.isRegularFile(file)) {
            throw new CliException(file + ": no such file (--voiceover)");
        }
        if (!EXTENSIONS.contains(extension)) {
            throw new CliException(file + ": a voiceover must be mp3, wav, m4a or aac");
        }
        try {
            MediaInfo info = MediaProbe.probe(file);
            if (!info.hasAudio()) {
                throw new CliException(file + ": has no sound");
            }
            if (info.durationMs() > MAX_MS) {
                throw new CliException(file + ": the voiceover is longer than an hour");
            }
            return new Voiceover(file, AudioReader.mono(file, info.durationMs()), AudioReader.SAMPLE_RATE);
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
    }
}
