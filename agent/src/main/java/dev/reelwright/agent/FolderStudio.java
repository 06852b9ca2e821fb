package dev.reelwright.agent;

import dev.reelwright.director.music.Mood;
import dev.reelwright.director.music.MusicGenerator;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.VoiceException;
import dev.reelwright.director.voice.VoiceFiles;
import dev.reelwright.draft.edit.EditException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes music, re-paced voices and new voiceovers into a draft's media folder, named by what they
 * are, so the same edit reuses its file. A recording to re-pace is one of that folder's files or
 * one of the session's uploads, never another path a draft names.
 */
public final class FolderStudio implements Studio {
    private final Path folder;
    private final Map<String, Path> uploads;
    private final Function<Path, float[]> decoder;
    private final Supplier<List<Voice>> voices;

    /** A studio that re-paces only the WAV voices Reelwright wrote into {@code folder} and has no other voices. */
    public FolderStudio(Path folder) {
        this(folder, Map.of(), null, List::of);
    }

    /**
     * @param uploads the session's uploads: how a draft names each (its source) and where it is
     * @param decoder any audio file as mono 48 kHz samples (recordings in MP3, M4A ...); null: 16-bit WAV only
     * @param voices the voices that can speak a narration again, looked up when first asked for
     */
    public FolderStudio(Path folder, Map<String, Path> uploads, Function<Path, float[]> decoder, Supplier<List<Voice>> voices) {
        this.folder = folder.toAbsolutePath().normalize();
        this.uploads = Map.copyOf(uploads);
        this.decoder = decoder;
        this.voices = voices;
    }

    /** The voices this machine has ({@code reel voices}), looked for once, the first time a turn asks for another voice. */
    public static List<Voice> machineVoices() {
        return MachineVoices.ALL;
    }

    private static final class MachineVoices {
        static final List<Voice> ALL = dev.reelwright.director.voice.VoiceCatalog.discover(System.getenv()).voices();
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
        Path in = recording(source);
        String stem = in.getFileName().toString().replaceAll("\\.[^.]+$", "");
        String name = String.format(Locale.ROOT, "%s-x%.2f.wav", stem, speed);
        Path out = folder.resolve(name);
        if (!Files.exists(out)) {
            create();
            try {
                if (decoder == null) {
                    VoiceFiles.stretch(in, out, speed);
                } else {
                    VoiceFiles.stretch(decoder.apply(in), out, speed);
                }
            } catch (VoiceException e) {
                throw new EditException(e.getMessage());
            } catch (RuntimeException e) {
                throw new EditException("cannot read the voice recording " + in.getFileName() + " (" + e.getMessage() + ")");
            }
        }
        return "media:" + name;
    }

    @Override
    public List<Voice> voices() {
        return voices.get();
    }

    @Override
    public String saveVoice(String stem, float[] samples) {
        String name = stem.replaceAll("[^A-Za-z0-9._-]", "-") + ".wav";
        create();
        try {
            VoiceFiles.write(folder.resolve(name), samples);
        } catch (VoiceException e) {
            throw new EditException(e.getMessage());
        }
        return "media:" + name;
    }

    /** The file behind a voice source: in the media folder, or one of the session's uploads. */
    private Path recording(String source) {
        Path upload = uploads.get(source);
        if (upload != null && Files.isRegularFile(upload)) {
            return upload;
        }
        if (source.startsWith("media:")) {
            Path in = folder.resolve(source.substring("media:".length())).normalize();
            if (in.startsWith(folder) && Files.isRegularFile(in)) {
                return in;
            }
        }
        throw new EditException("the voice recording " + source + " is missing");
    }

    private void create() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new EditException("cannot write into " + folder + " (" + e.getMessage() + ")");
        }
    }
}
