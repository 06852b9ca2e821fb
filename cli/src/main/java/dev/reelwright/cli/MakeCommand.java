package dev.reelwright.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reel make SCRIPT -o OUT.mp4}: a script to a finished video, with {@code OUT.draft.json}
 * (to edit and render again), {@code OUT.srt}, {@code OUT.vtt} and the made media in {@code OUT.media/}.
 */
@Command(name = "make", sortOptions = false, description = "A script to a video with voiceover, pictures, captions and music;"
        + " also writes OUT.draft.json (to edit and render again), OUT.srt, OUT.vtt and the made media in OUT.media/.")
final class MakeCommand extends ReelCommand {
    private static final Set<String> PICTURES = Set.of("jpg", "jpeg", "png", "gif", "webp", "mp4", "mov", "avi", "webm", "mkv");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCRIPT",
            description = "the script: .txt, .md, .docx, .pdf or .srt, or - for standard input (optional with --voiceover)")
    String source;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.mp4", description = "the video to write")
    Path output;

    @Mixin
    Options.AspectOption aspect;

    @Mixin
    Options.ResolutionOption resolution;

    @Option(names = "--duration", paramLabel = "LENGTH", description = "the length wanted: 30s, 1m30s or 1:30 (default: as the script reads)")
    String duration;

    @Option(names = "--fit", paramLabel = "HOW", defaultValue = "condense", description = "when the narration is longer than"
            + " --duration: speed (faster, up to 1.25x, every word kept), condense (faster, then leave out the sentences that carry"
            + " least; it says which), all (every sentence at the pace asked for) (default ${DEFAULT-VALUE})")
    dev.reelwright.director.make.Fit fit;

    @Option(names = "--media", paramLabel = "DIR|FILE", description = "your photos and clips, placed scene by scene by what they show (repeatable)")
    List<String> media = new ArrayList<>();

    @Option(names = "--voiceover", paramLabel = "FILE", description = "your own recording as the voiceover (captions follow its words)")
    Path voiceover;

    @Option(names = "--voice", paramLabel = "NAME", description = "who reads the script (reel voices lists them)")
    String voice;

    @Option(names = "--rate", paramLabel = "SPEED", defaultValue = "1",
            description = "how fast the voice speaks, 0.5 to 2.0 (default ${DEFAULT-VALUE}, the voice's normal pace)")
    String rate;

    @Option(names = "--music", paramLabel = "MOOD|FILE", defaultValue = "auto", completionCandidates = MusicChoices.class,
            description = "the music: ${COMPLETION-CANDIDATES}, or a sound file (default ${DEFAULT-VALUE}: a mood that fits the script)")
    String music;

    @Option(names = "--captions", paramLabel = "STYLE", defaultValue = "clean",
            description = "how captions look: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    CaptionStyle captions;

    @Option(names = "--title", paramLabel = "TEXT", description = "a title card at the start")
    String title;

    @Mixin
    Options.QualityOption quality;

    /** What {@code --music} takes by name: the moods, auto and none. */
    static final class MusicChoices implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> names = new ArrayList<>(List.of("auto"));
            names.addAll(Mood.names());
            names.add("none");
            return names.iterator();
        }
    }

    @Override
    protected void run(Context context) {
        PrintStream out = context.out();
        Cancellation cancellation = context.cancellation();
        if (source == null && voiceover == null) {
            throw new CliException("give the script (a file, or - for standard input), or --voiceover FILE to make the video from a recording");
        }
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            throw new CliException(output + ": the output name must end in .mp4");
        }
        MakeOptions options = options();
        if (voiceover != null) {
            options = options.withVoiceover(VoiceoverFile.read(voiceover));
        }
        Path video = output.toAbsolutePath();
        String base = video.toString().substring(0, video.toString().length() - 4);
        Path folder = video.getParent();
        if (!Files.isDirectory(folder)) {
            throw new CliException(video + ": the folder " + folder + " does not exist");
        }
        Script script = null;
        out.println("make: reading");
        try {
            if (source != null) {
                script = source.equals("-") ? ScriptReader.read(context.in()) : ScriptReader.read(Path.of(source));
            }
        } catch (ScriptException e) {
            throw new CliException(e.getMessage());
        }
        Path workMedia = null;
        try {
            workMedia = Files.createTempDirectory(folder, "." + video.getFileName() + ".media-");
            var stock = dev.reelwright.director.stock.SceneSources.fromEnv(context.env(), dev.reelwright.server.chat.StockCheck::check).orElse(null);
            MadeVideo made = new VideoMaker(VoiceCatalog.discover(context.env()), stock).make(script, options, workMedia,
                    stage -> {
                        cancellation.check();
                        out.println("make: " + stage);
                    });
            made.warnings().forEach(w -> out.println("warning: " + w));
            Path draftFile = Path.of(base + ".draft.json");
            RenderCommand.render(made.draft(), draftFile, video, workMedia, quality.quality, out, cancellation);
            Path mediaFolder = Path.of(base + ".media");
            replaceFolder(workMedia, mediaFolder);
            workMedia = null;
            AtomicFiles.writeString(draftFile, DraftCodec.write(made.draft()));
            out.println("wrote " + draftFile + " (render it again: reel render " + draftFile + " -o " + video + " --media " + mediaFolder + ")");
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

    private MakeOptions options() {
        Mood mood = music.equals("auto") || music.equals("none") ? null : Mood.named(music);
        Path musicFile = null;
        if (mood == null && !music.equals("auto") && !music.equals("none")) {
            musicFile = musicFile(music);
        }
        return MakeOptions.defaults().withCanvas(aspect.aspect, resolution.resolution.lines())
                .withMusic(mood, musicFile, !music.equals("none")).withCaptions(captions).withTitle(title)
                .withVoice(voice, speed(rate))
                .withTarget(duration == null ? null : Durations.parseMs(duration, "--duration")).withFit(fit)
                .withMedia(userMedia(media));
    }

    private static double speed(String given) {
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
            throw new CliException("--music must be a mood (" + String.join(", ", Mood.names()) + "), auto, none or a sound file (got \"" + given + "\")");
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
