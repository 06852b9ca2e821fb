package dev.reelwright.cli;

import dev.reelwright.agent.Agent;
import dev.reelwright.agent.FolderStudio;
import dev.reelwright.agent.Language;
import dev.reelwright.agent.LlmPlanner;
import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.SessionActions;
import dev.reelwright.agent.TurnContext;
import dev.reelwright.agent.TurnListener;
import dev.reelwright.agent.TurnResult;
import dev.reelwright.agent.Understanding;
import dev.reelwright.agent.Upload;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.EditException;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaKind;
import dev.reelwright.render.media.MediaProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A draft file and the chat agent that edits it, as {@code reel edit} and {@code reel mcp} use it:
 * requests in words or typed operations, each turn's draft before it kept in
 * {@code DRAFT.versions/}, the file written only when every turn could be done. Photos, clips and
 * sounds in the media folder are the uploads a request can name.
 */
final class LocalDraft {
    private final Path file;
    private final Path media;
    private final Versions versions;

    LocalDraft(Path file, Path mediaOption) {
        this.file = file;
        DraftFiles.read(file);
        this.media = RenderCommand.mediaFolder(file, mediaOption);
        this.versions = new Versions(file);
    }

    Path file() {
        return file;
    }

    Path media() {
        return media;
    }

    /** Goes back to the version before the last change, writes it, and returns it. */
    Draft undo() {
        Draft before = versions.undo();
        write(file, before);
        return before;
    }

    /** Each request in words, in turn; the replies. A request that cannot be done changes nothing and says why. */
    List<String> say(List<String> requests, String language) {
        Agent agent = new Agent(LlmPlanner.fromEnvironment(System.getenv(), message -> System.err.println("reel: " + message)));
        return turns(requests.stream().map(r -> new Turn(r, context -> agent.understand(r, context))).toList(), agent, language);
    }

    /** One typed operation (as a tool call names it), checked and applied like a chat turn's; the reply. */
    String apply(OpCall call, String language) {
        Agent agent = new Agent();
        return turns(List.of(new Turn(call.op().toolName(), context -> new Understanding.Calls(List.of(call)))), agent, language).get(0);
    }

    private record Turn(String said, java.util.function.Function<TurnContext, Understanding> understanding) {
    }

    private List<String> turns(List<Turn> turns, Agent agent, String language) {
        Draft draft = DraftFiles.read(file);
        List<Upload> uploads = uploads(media);
        Draft working = draft;
        List<Draft> before = new ArrayList<>();
        List<String> replies = new ArrayList<>();
        FolderStudio studio = new FolderStudio(media, Map.of(), AudioReader::mono, FolderStudio::machineVoices);
        for (Turn turn : turns) {
            TurnContext context = new TurnContext(working, uploads, language, null);
            SessionActions session = new LocalSession(versions, working);
            TurnResult result = agent.run(turn.understanding().apply(context), context, studio, session, TurnListener.quiet(),
                    Language.of(language, turn.said()));
            if (result.refused() || result.question() != null) {
                throw new CliException(file + ": \u201c" + turn.said() + "\u201d: " + result.reply().replace('\n', ' '));
            }
            replies.add(result.reply());
            if (result.draft() != null && !DraftCodec.write(result.draft()).equals(DraftCodec.write(working))) {
                before.add(working);
                working = result.draft();
            }
        }
        if (!before.isEmpty()) {
            versions.keep(before.get(0));
            write(file, working);
        }
        return replies;
    }

    private static void write(Path file, Draft draft) {
        AtomicFiles.writeString(file, DraftCodec.write(draft));
    }

    /** The photos, clips and sounds in the media folder, as uploads the requests can name. */
    private static List<Upload> uploads(Path folder) {
        List<Upload> uploads = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return uploads;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().limit(200).toList()) {
                String name = path.getFileName().toString();
                Upload.Kind kind = Upload.kindOf(name);
                if (kind == Upload.Kind.DOCUMENT || name.startsWith(".")) {
                    continue;
                }
                uploads.add(probed(path, name, kind).orElse(new Upload(name, kind, "media:" + name, null, null, null)));
            }
        } catch (IOException e) {
            throw new CliException(folder + ": cannot list (" + e.getMessage() + ")");
        }
        return uploads;
    }

    private static Optional<Upload> probed(Path path, String name, Upload.Kind kind) {
        try {
            MediaInfo info = MediaProbe.probe(path);
            boolean picture = info.kind() != MediaKind.AUDIO;
            return Optional.of(new Upload(name, kind, "media:" + name, info.durationMs() > 0 ? info.durationMs() : null,
                    picture ? info.widthPx() : null, picture ? info.heightPx() : null));
        } catch (RenderException e) {
            return Optional.empty();
        }
    }

    /** The drafts before each edit, newest last, in {@code NAME.versions/}. */
    static final class Versions {
        private final Path folder;

        Versions(Path draftFile) {
            Path absolute = draftFile.toAbsolutePath();
            this.folder = absolute.resolveSibling(absolute.getFileName().toString().replaceFirst("(?i)\\.json$", "") + ".versions");
        }

        void keep(Draft draft) {
            try {
                Files.createDirectories(folder);
                AtomicFiles.writeString(folder.resolve(String.format("%05d.json", list().size() + 1)), DraftCodec.write(draft));
            } catch (IOException e) {
                throw new CliException(folder + ": cannot keep the version (" + e.getMessage() + ")");
            }
        }

        Draft undo() {
            List<Path> kept = list();
            if (kept.isEmpty()) {
                throw new CliException("there is no earlier version to go back to (" + folder + " is empty)");
            }
            Path last = kept.get(kept.size() - 1);
            try {
                Draft draft = DraftCodec.parse(Files.readString(last));
                Files.delete(last);
                return draft;
            } catch (IOException e) {
                throw new CliException(last + ": cannot read (" + e.getMessage() + ")");
            }
        }

        private List<Path> list() {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(p -> p.getFileName().toString().matches("\\d{5}\\.json")).sorted(Comparator.naturalOrder()).toList();
            } catch (IOException e) {
                throw new CliException(folder + ": cannot list (" + e.getMessage() + ")");
            }
        }
    }

    /** Undo goes back to the last kept version; making and exporting are other commands here. */
    private record LocalSession(Versions versions, Draft current) implements SessionActions {
        public Draft undo() {
            try {
                return versions.undo();
            } catch (CliException e) {
                throw new EditException(e.getMessage());
            }
        }

        public Draft redo() {
            throw new EditException("redo is not kept for local drafts; say the change again");
        }

        public String export(Draft draft, String resolution) {
            throw new EditException("export with: reel render DRAFT.json -o OUT.mp4");
        }

        public Generated generate(OpCall call, Consumer<String> stage) {
            throw new EditException("make a new video with: reel make SCRIPT -o OUT.mp4");
        }
    }
}
