package dev.reelwright.server.export;

import dev.reelwright.draft.MediaSource;
import dev.reelwright.render.MediaResolver;
import dev.reelwright.render.RenderException;
import java.nio.file.Path;

/**
 * A draft's sources on the server: {@code media:NAME} and relative paths inside the draft's own
 * media folder, absolute paths only inside the user's media folder; nothing else, and never a URL.
 */
public record SessionMediaResolver(Path draftMedia, Path userMedia) implements MediaResolver {
    @Override
    public Path resolve(String source) {
        MediaSource parsed = MediaSource.parse(source);
        if (parsed instanceof MediaSource.Url) {
            throw new RenderException(source + ": import it with the upload endpoint first; renders read only the session's media");
        }
        String name = parsed instanceof MediaSource.Media media ? media.name() : ((MediaSource.FilePath) parsed).path();
        Path file = Path.of(name).isAbsolute() ? Path.of(name).normalize() : draftMedia.resolve(name).normalize();
        if (!file.startsWith(draftMedia.normalize()) && !file.startsWith(userMedia.normalize())) {
            throw new RenderException(source + ": not one of your session's media");
        }
        return file;
    }
}
