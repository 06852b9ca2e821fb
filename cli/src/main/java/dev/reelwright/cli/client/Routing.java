package dev.reelwright.cli.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line typed into {@code reel chat} goes, as the NemoVideo skills route it: export,
 * credits and status to their own calls, an upload (or a file dragged into the terminal, which
 * pastes its path) to the upload call, anything else to a chat turn.
 */
final class Routing {
    enum Kind { EXPORT, CREDITS, STATUS, UPLOAD, CHAT }

    /** @param argument the resolution of an export, or null; @param files what to upload */
    record Route(Kind kind, String argument, List<Path> files) {
    }

    private static final String SIZES = "(" + String.join("|", dev.reelwright.draft.Resolution.names()) + ")";
    private static final Pattern EXPORT = Pattern.compile(
            "^(?:please\\s+)?(?:export|download|render)(?:\\s+(?:it|the video|now|please))*(?:\\s+(?:at|in)\\s+)?\\s*" + SIZES + "?\\W*$"
                    + "|^send me the video\\W*$|^(?:导出|下载)(?:视频)?\\s*" + SIZES + "?\\W*$");
    private static final Pattern CREDITS = Pattern.compile("^(?:my\\s+)?(?:credits?|balance)\\W*$|^(?:how many credits.*)$|^(?:积分|余额|查积分|查余额)\\W*$");
    private static final Pattern STATUS = Pattern.compile("^(?:status|show tracks|show the timeline|timeline)\\W*$|^(?:状态|时间线)\\W*$");
    private static final Pattern UPLOAD = Pattern.compile("^(?:upload|上传)\\s+(.+)$");

    private Routing() {
    }

    static Route of(String line) {
        String text = line.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher export = EXPORT.matcher(lower);
        if (export.matches()) {
            String resolution = export.group(1) != null ? export.group(1) : export.group(2);
            return new Route(Kind.EXPORT, resolution, List.of());
        }
        if (CREDITS.matcher(lower).matches()) {
            return new Route(Kind.CREDITS, null, List.of());
        }
        if (STATUS.matcher(lower).matches()) {
            return new Route(Kind.STATUS, null, List.of());
        }
        Matcher upload = UPLOAD.matcher(text);
        List<Path> dropped = paths(upload.matches() ? upload.group(1) : text);
        if (upload.matches() || !dropped.isEmpty() && dropped.stream().allMatch(Files::isRegularFile)) {
            return new Route(Kind.UPLOAD, null, dropped);
        }
        return new Route(Kind.CHAT, null, List.of());
    }

    /** The paths in a pasted line: quoted, backslash-escaped spaces, or plain words; {@code file://} stripped. */
    static List<Path> paths(String text) {
        List<Path> paths = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']+)'|\"([^\"]+)\"|((?:\\\\ |\\S)+)").matcher(text.strip());
        while (m.find()) {
            String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3).replace("\\ ", " ");
            raw = raw.startsWith("file://") ? raw.substring("file://".length()) : raw;
            if (raw.startsWith("~/")) {
                raw = System.getProperty("user.home") + raw.substring(1);
            }
            try {
                paths.add(Path.of(raw));
            } catch (java.nio.file.InvalidPathException e) {
                return List.of();
            }
        }
        return paths;
    }
}
