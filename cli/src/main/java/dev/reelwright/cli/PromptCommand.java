package dev.reelwright.cli;

import dev.reelwright.director.prompt.Animatic;
import dev.reelwright.director.prompt.PromptWriter;
import dev.reelwright.director.prompt.VideoPrompt;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Quality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reel prompt "IDEA" [--json] [--for generic|sora|veo|runway|kling] [--animatic OUT.mp4]}:
 * a detailed prompt for a video model, and its shot list as a storyboard video.
 */
@Command(name = "prompt", sortOptions = false, description = "A detailed prompt for a video model (Sora, Veo, Runway, Kling)"
        + " from a short idea; --animatic renders its shot list as a storyboard video.")
final class PromptCommand extends ReelCommand {
    @Parameters(index = "0", paramLabel = "IDEA", description = "what the video shows, in quotes")
    String idea;

    @Option(names = "--for", paramLabel = "MODEL", defaultValue = "generic",
            description = "the model family to write for: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    VideoPrompt.Target target;

    @Option(names = "--json", description = "the prompt's parts as JSON")
    boolean json;

    @Option(names = "--animatic", paramLabel = "OUT.mp4", description = "also render the shot list as a storyboard video")
    Path animatic;

    @Mixin
    Options.AspectOption aspect;

    @Mixin
    Options.ResolutionOption resolution;

    @Override
    protected void run(Context context) {
        VideoPrompt prompt;
        try {
            prompt = PromptWriter.write(idea);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        Path video = null;
        if (animatic != null) {
            video = animatic.toAbsolutePath();
            if (!video.toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
                throw new CliException("--animatic takes an .mp4 path (got \"" + animatic + "\")");
            }
            if (!Files.isDirectory(video.getParent())) {
                throw new CliException(video + ": the folder " + video.getParent() + " does not exist");
            }
        }
        context.out().print(json ? prompt.json() : prompt.text(target));
        if (video != null) {
            int[] size = aspect.aspect.size(resolution.resolution.lines());
            Draft draft = Animatic.draft(prompt, size[0], size[1]);
            String base = video.toString().substring(0, video.toString().length() - 4);
            Path draftFile = Path.of(base + ".draft.json");
            RenderCommand.render(draft, draftFile, video, video.getParent(), Quality.STANDARD, context.err(), context.cancellation());
            AtomicFiles.writeString(draftFile, DraftCodec.write(draft));
        }
    }
}
