package dev.reelwright.server.store;

import dev.reelwright.farm.SharedFolders;
import java.nio.file.Path;

/**
 * The data folder's files as every server needs them. On its own a server's files are simply on
 * its disk; on a farm what it writes (uploads, made media, finished exports) is published to the
 * farm's store, and what it needs and lacks is fetched from there, so servers on several machines
 * serve the same sessions. A store that is away costs sharing, never the work at hand: a file
 * that cannot be fetched is then reported missing where it is read.
 */
public final class DataFiles {
    private volatile SharedFolders shared;

    /** From now on files are shared through the farm's store. */
    public void shareThrough(SharedFolders folders) {
        this.shared = folders;
    }

    /** {@code path} (a file or a folder) was written here: other servers may now fetch it. */
    public void wrote(Path path) {
        SharedFolders folders = shared;
        if (folders != null) {
            try {
                folders.publish(path);
            } catch (RuntimeException e) {
                // FarmException, or the NATS client's own (a closed connection): sharing is lost, the work is not.
                System.err.println("reel serve: cannot share " + path + " (" + e.getMessage() + ")");
            }
        }
    }

    /** {@code path} (a file or a folder) is about to be read: fetched first when another server wrote it. */
    public void needs(Path path) {
        SharedFolders folders = shared;
        if (folders != null) {
            try {
                folders.fetch(path);
            } catch (RuntimeException e) {
                System.err.println("reel serve: cannot fetch " + path + " (" + e.getMessage() + ")");
            }
        }
    }

    /** Where a session's uploads and made media live. */
    public static Path sessionFolder(Path mediaRoot, String userId, String sessionId) {
        return mediaRoot.resolve(userId).resolve(sessionId);
    }
}
