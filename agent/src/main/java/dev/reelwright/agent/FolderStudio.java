package dev.reelwright.agent;

import dev.reelwright.director.music.Mood;
import dev.reelwright.director.music.MusicGenerator;
import dev.reelwright.director.voice.VoiceException;
import dev.reelwright.director.voice.VoiceFiles;
import dev.reelwright.draft.edit.EditException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Makes music and re-paced voices into a draft's media folder, named by what they are, so the same edit reuses its file. */
public final class FolderStudio implements Studio {
    private final Path folder;

    public FolderStudio(Path folder) {
        this.folder = folder;
    }

    @Override
    public String music(String mood, long lengthMs) {
        Mood found = Mood.named(mood);
        if (found == null) {
            throw new EditException("there is no music mood called " + mood);
        }
        String name = "music-" + found.name() + "-" + (lengthMs + 999) / 1000 + "s.wav";
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            create();
            new MusicGenerator(found, 1).writeWav(file, lengthMs / 1000.0);
        }
        return "media:" + name;
    }

    @Override
    public String voiceAt(String source, double speed) {
        if (!source.startsWith("media:") || !source.toLowerCase(Locale.ROOT).endsWith(".wav")) {
            throw new EditException("only a voice Reelwright made can change its pace; " + source + " is a recording of yours");
        }
        Path in = folder.resolve(source.substring("media:".length())).normalize();
        if (!in.startsWith(folder) || !Files.isRegularFile(in)) {
            throw new EditException("the voice recording " + source + " is missing");
        }
        String stem = in.getFileName().toString().replaceAll("\\.wav$", "");
        String name = String.format(Locale.ROOT, "%s-x%.2f.wav", stem, speed);
        Path out = folder.resolve(name);
        if (!Files.exists(out)) {
            try {
                VoiceFiles.stretch(in, out, speed);
            } catch (VoiceException e) {
                throw new EditException(e.getMessage());
            }
        }
        return "media:" + name;
    }

    private void create() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new EditException("cannot write into " + folder + " (" + e.getMessage() + ")");
        }
    }
}
