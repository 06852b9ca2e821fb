package dev.reelwright.cli;

import dev.reelwright.draft.MediaSource;
import dev.reelwright.render.MediaResolver;
import dev.reelwright.render.RenderException;
import java.nio.file.Path;

/**
 * Local sources for the command line: {@code media:NAME} inside the media folder (never outside
 * it), file paths relative to the draft's folder; {@code https://} belongs to a server.
 */
record FolderMediaResolver(Path mediaFolder, Path draftFolder) implements MediaResolver {
    @Override
    public Path resolve(String source) {
        MediaSource parsed = MediaSource.parse(source);
        if (parsed instanceof MediaSource.Media media) {
            Path folder = mediaFolder.toAbsolutePath().normalize();
            Path file = folder.resolve(media.name()).normalize();
            if (Path.of(media.name()).isAbsolute() || !file.startsWith(folder)) {
                throw new RenderException(source + ": a media name must stay inside the media folder " + folder);
            }
            return file;
        }
        if (parsed instanceof MediaSource.Url) {
            throw new RenderException(source + ": https sources are served by a Reelwright server;"
                    + " download the file and refer to it as media:NAME");
        }
        return draftFolder.toAbsolutePath().resolve(((MediaSource.FilePath) parsed).path()).normalize();
    }
}
