package dev.reelwright.cli;

import dev.reelwright.director.prompt.Animatic;
import dev.reelwright.director.prompt.PromptWriter;
import dev.reelwright.director.prompt.VideoPrompt;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.Quality;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code reel prompt "IDEA" [--json] [--for generic|sora|veo|runway|kling] [--animatic OUT.mp4]}:
 * a detailed prompt for a video model, and its shot list as a storyboard video.
 */
final class PromptCommand {
    static final String USAGE = "reel prompt \"IDEA\" [--json] [--for generic|sora|veo|runway|kling] [--animatic OUT.mp4]"
            + " [--aspect 16:9|9:16] [--resolution 1080p|720p|480p]";

    private PromptCommand() {
    }

    static void run(List<String> argv, PrintStream out, Cancellation cancellation) {
        Args args = new Args(argv, Set.of("--for", "--animatic", "--aspect", "--resolution"), Set.of("--json"));
        String idea = args.positional(0, "the idea in quotes (" + USAGE + ")");
        args.allowPositionals(1);
        VideoPrompt.Target target;
        VideoPrompt prompt;
        try {
            target = VideoPrompt.Target.parse(args.option("--for", "generic"));
            prompt = PromptWriter.write(idea);
        } catch (IllegalArgumentException e) {
            throw new CliException((e.getMessage().startsWith("for ") ? "--" : "") + e.getMessage());
        }
        String animatic = args.option("--animatic");
        Path video = null;
        if (animatic != null) {
            video = Path.of(animatic).toAbsolutePath();
            if (!video.toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
                throw new CliException("--animatic takes an .mp4 path (got \"" + animatic + "\")");
            }
            if (!Files.isDirectory(video.getParent())) {
                throw new CliException(video + ": the folder " + video.getParent() + " does not exist");
            }
        }
        out.print(args.flag("--json") ? prompt.json() : prompt.text(target));
        if (video != null) {
            boolean vertical = args.option("--aspect", "16:9").equals("9:16");
            int lines = switch (args.option("--resolution", "720p")) {
                case "1080p" -> 1080;
                case "720p" -> 720;
                case "480p" -> 480;
                default -> throw new CliException("--resolution must be 1080p, 720p or 480p");
            };
            int longSide = (int) Math.round(lines * 16 / 9.0 / 2) * 2;
            Draft draft = Animatic.draft(prompt, vertical ? lines : longSide, vertical ? longSide : lines);
            String base = video.toString().substring(0, video.toString().length() - 4);
            Path draftFile = Path.of(base + ".draft.json");
            RenderCommand.render(draft, draftFile, video, video.getParent(), Quality.STANDARD, System.err, cancellation);
            AtomicFiles.writeString(draftFile, DraftCodec.write(draft));
        }
    }
}
