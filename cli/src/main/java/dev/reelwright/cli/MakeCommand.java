package dev.reelwright.cli;

import dev.reelwright.director.make.Aspect;
import dev.reelwright.director.make.MadeVideo;
import dev.reelwright.director.make.MakeOptions;
import dev.reelwright.director.make.PhotoWords;
import dev.reelwright.director.make.UserMedia;
import dev.reelwright.director.make.VideoMaker;
import dev.reelwright.director.music.Mood;
import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptException;
import dev.reelwright.director.script.ScriptReader;
import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.voice.VoiceCatalog;
import dev.reelwright.director.voice.VoiceException;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaKind;
import dev.reelwright.render.media.MediaProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code reel make SCRIPT -o OUT.mp4}: a script to a finished video, with {@code OUT.draft.json}
 * (to edit and render again), {@code OUT.srt}, {@code OUT.vtt} and the made media in {@code OUT.media/}.
 */
final class MakeCommand {
    static final String USAGE = "reel make SCRIPT|- -o OUT.mp4 [--aspect 16:9|9:16|1:1|4:5] [--resolution 1080p|720p|480p]"
            + " [--duration 30s] [--media DIR|FILE]... [--voiceover FILE] [--voice NAME] [--rate 1.1]"
            + " [--music MOOD|FILE|none] [--captions clean|boxed|karaoke|bold|none] [--title TEXT] [--quality Q]";
    private static final Set<String> PICTURES = Set.of("jpg", "jpeg", "png", "gif", "webp", "mp4", "mov", "avi", "webm", "mkv");

    private MakeCommand() {
    }

    static void run(List<String> argv, PrintStream out, InputStream stdin, Cancellation cancellation) {
        Args args = new Args(argv, Set.of("-o", "--aspect", "--resolution", "--music", "--captions", "--title", "--quality", "--media",
                "--duration", "--voice", "--rate", "--voiceover"), Set.of());
        String voiceoverFile = args.option("--voiceover");
        String source = voiceoverFile != null && args.positional().isEmpty() ? null
                : args.positional(0, "the script (" + USAGE + ")");
        args.allowPositionals(1);
        String output = args.option("-o");
        if (output == null || !output.toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            throw new CliException("give -o OUT.mp4 (" + USAGE + ")");
        }
        MakeOptions options = options(args);
        if (voiceoverFile != null) {
            options = options.withVoiceover(VoiceoverFile.read(Path.of(voiceoverFile)));
        }
        var quality = RenderCommand.parseQuality(args.option("--quality", "standard"));
        Path video = Path.of(output).toAbsolutePath();
        String base = video.toString().substring(0, video.toString().length() - 4);
        Path folder = video.getParent();
        if (!Files.isDirectory(folder)) {
            throw new CliException(video + ": the folder " + folder + " does not exist");
        }
        Script script = null;
        out.println("make: reading");
        try {
            if (source != null) {
                script = source.equals("-") ? ScriptReader.read(stdin) : ScriptReader.read(Path.of(source));
            }
        } catch (ScriptException e) {
            throw new CliException(e.getMessage());
        }
        Path workMedia = null;
        try {
            workMedia = Files.createTempDirectory(folder, "." + video.getFileName() + ".media-");
            MadeVideo made = new VideoMaker(VoiceCatalog.discover(System.getenv())).make(script, options, workMedia,
                    stage -> {
                        cancellation.check();
                        out.println("make: " + stage);
                    });
            made.warnings().forEach(w -> out.println("warning: " + w));
            Path draftFile = Path.of(base + ".draft.json");
            RenderCommand.render(made.draft(), draftFile, video, workMedia, quality, out, cancellation);
            Path media = Path.of(base + ".media");
            replaceFolder(workMedia, media);
            workMedia = null;
            AtomicFiles.writeString(draftFile, DraftCodec.write(made.draft()));
            out.println("wrote " + draftFile + " (render it again: reel render " + draftFile + " -o " + video + " --media " + media + ")");
        } catch (VoiceException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException(folder + ": cannot write (" + e.getMessage() + ")");
        } finally {
            if (workMedia != null) {
                deleteTree(workMedia);
            }
        }
    }

    private static MakeOptions options(Args args) {
        Aspect aspect;
        try {
            aspect = Aspect.parse(args.option("--aspect", "16:9"));
        } catch (IllegalArgumentException e) {
            throw new CliException("--" + e.getMessage());
        }
        String resolution = args.option("--resolution", "1080p");
        if (!resolution.matches("1080p|720p|480p")) {
            throw new CliException("--resolution must be 1080p, 720p or 480p (got \"" + resolution + "\")");
        }
        String music = args.option("--music", "auto");
        Mood mood = music.equals("auto") || music.equals("none") ? null : Mood.named(music);
        Path musicFile = null;
        if (mood == null && !music.equals("auto") && !music.equals("none")) {
            musicFile = musicFile(music);
        }
        CaptionStyle captions;
        try {
            captions = CaptionStyle.parse(args.option("--captions", "clean"));
        } catch (IllegalArgumentException e) {
            throw new CliException("--" + e.getMessage());
        }
        String duration = args.option("--duration");
        return MakeOptions.defaults().withCanvas(aspect, Integer.parseInt(resolution.replace("p", "")))
                .withMusic(mood, musicFile, !music.equals("none")).withCaptions(captions).withTitle(args.option("--title"))
                .withVoice(args.option("--voice"), rate(args.option("--rate", "1")))
                .withTarget(duration == null ? null : Durations.parseMs(duration, "--duration"))
                .withMedia(userMedia(args.options("--media")));
    }

    private static double rate(String given) {
        try {
            double rate = Double.parseDouble(given.endsWith("x") ? given.substring(0, given.length() - 1) : given);
            if (rate >= 0.5 && rate <= 2.0) {
                return rate;
            }
        } catch (NumberFormatException ignored) {
            // Reported below.
        }
        throw new CliException("--rate must be a speed from 0.5 to 2.0, 1 being the voice's normal pace (got \"" + given + "\")");
    }

    /** --music given a file: it must hold sound. */
    private static Path musicFile(String given) {
        Path file = Path.of(given);
        if (!Files.exists(file) && !given.contains("/") && !given.contains(".")) {
            throw new CliException("--music must be upbeat, calm, corporate, dramatic, lofi, none or a sound file (got \"" + given + "\")");
        }
        try {
            if (!MediaProbe.probe(file).hasAudio()) {
                throw new CliException(file + ": has no sound to use as music");
            }
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
        return file;
    }

    /** The photos and clips given with --media (files, or folders of them), probed; anything unreadable is an error. */
    static List<UserMedia> userMedia(List<String> paths) {
        List<UserMedia> media = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    files = listing.filter(f -> PICTURES.contains(extension(f))).sorted().toList();
                } catch (IOException e) {
                    throw new CliException(path + ": cannot list (" + e.getMessage() + ")");
                }
                if (files.isEmpty()) {
                    throw new CliException(path + ": no photos or clips in this folder");
                }
            } else {
                files = List.of(path);
            }
            for (Path file : files) {
                try {
                    MediaInfo info = MediaProbe.probe(file);
                    if (info.kind() == MediaKind.AUDIO) {
                        throw new CliException(file + ": is sound only; --media takes photos and clips (use --music FILE for music)");
                    }
                    boolean clip = info.kind() == MediaKind.VIDEO;
                    media.add(new UserMedia(file, clip, info.widthPx(), info.heightPx(), info.durationMs(),
                            clip ? "" : PhotoWords.read(file)));
                } catch (RenderException e) {
                    throw new CliException(e.getMessage());
                }
            }
        }
        return media;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }

    private static void replaceFolder(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            deleteTree(to);
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        dev.reelwright.render.OutputFiles.makeReadable(to);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // Best effort on a scratch folder.
        }
    }
}
