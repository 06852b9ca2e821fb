package dev.reelwright.render.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCacheTest {
    @TempDir
    Path folder;

    private Path file(String name, int bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, new byte[bytes]);
        return file;
    }

    private static String key(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void keepsWhatIsStoredAcrossInstances() throws Exception {
        Path cacheFolder = folder.resolve("cache");
        new RenderCache(cacheFolder, 1_000).store(key('a'), ".mp4", file("one", 100));
        RenderCache reopened = new RenderCache(cacheFolder, 1_000);
        assertTrue(reopened.find(key('a'), ".mp4").isPresent(), "a restart finds what was cached");
        assertFalse(reopened.find(key('b'), ".mp4").isPresent());
        assertEquals(100, reopened.sizeBytes());
    }

    @Test
    void evictsTheLeastRecentlyUsedOverTheLimit() throws Exception {
        RenderCache cache = new RenderCache(folder.resolve("cache"), 250);
        Path a = cache.store(key('a'), ".mp4", file("a", 100));
        Path b = cache.store(key('b'), ".mp4", file("b", 100));
        Files.setLastModifiedTime(a, FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(b, FileTime.fromMillis(2_000));
        assertTrue(cache.find(key('a'), ".mp4").isPresent(), "a is used again: now the most recent");
        cache.store(key('c'), ".mp4", file("c", 100));
        assertTrue(cache.find(key('a'), ".mp4").isPresent());
        assertFalse(cache.find(key('b'), ".mp4").isPresent(), "b, the least recently used, made room");
        assertTrue(cache.find(key('c'), ".mp4").isPresent());
        assertTrue(cache.sizeBytes() <= 250);
    }

    @Test
    void keepsAnEntryLargerThanTheLimitUntilTheNextStore() throws Exception {
        RenderCache cache = new RenderCache(folder.resolve("cache"), 50);
        cache.store(key('a'), ".mp4", file("a", 100));
        assertTrue(cache.find(key('a'), ".mp4").isPresent(), "the entry just stored is never the one evicted");
        cache.store(key('b'), ".mp4", file("b", 10));
        assertFalse(cache.find(key('a'), ".mp4").isPresent());
    }

    @Test
    void refusesKeysThatAreNotHashes() throws Exception {
        RenderCache cache = new RenderCache(folder.resolve("cache"), 50);
        assertThrows(IllegalArgumentException.class, () -> cache.find("../../etc/passwd", ".mp4"));
        assertThrows(IllegalArgumentException.class, () -> cache.find(key('a'), "/x"));
        assertThrows(IllegalArgumentException.class, () -> new RenderCache(folder, 0));
    }
}
