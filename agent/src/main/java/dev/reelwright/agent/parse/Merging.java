package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.draft.edit.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Folding a request into the one before when both say one thing: "switch to corporate music, 30 % volume" is one change. */
final class Merging {
    private Merging() {
    }

    /** What a request was about, for the next one that names nothing ("fade it in"): music, voice, captions, text, scene. */
    static String subjectOf(OpCall call, String previous) {
        return switch (call.op()) {
            case SET_BGM, REMOVE_BGM, FADE_MUSIC -> "music";
            case SET_VOLUME -> "voice".equals(call.text("track")) ? "voice" : "clips".equals(call.text("track")) ? "clips" : "music";
            case SET_VOICE, REPLACE_VOICEOVER -> "voice";
            case SET_CAPTIONS -> "captions";
            case SET_TRANSITION -> "transition";
            case ADD_TEXT, EDIT_TEXT, REMOVE_TEXT -> "text";
            case DELETE_SCENE, MOVE_SCENE, SWAP_SCENES, SET_SCENE_LENGTH, SPLIT_SCENE, REPLACE_SCENE_MEDIA, INSERT_SCENE, MUTE_CLIP_AUDIO -> "scene";
            default -> previous;
        };
    }

    /** Adds {@code call} to {@code calls}, or folds it into the last one; true when folded (or a repeat). */
    static boolean add(List<OpCall> calls, OpCall call) {
        if (calls.isEmpty()) {
            calls.add(call);
            return false;
        }
        OpCall last = calls.get(calls.size() - 1);
        if (last.equals(call)) {
            return true;
        }
        if (last.op() == Operation.SET_BGM && call.op() == Operation.SET_VOLUME && "music".equals(call.text("track")) && call.has("volume")) {
            calls.set(calls.size() - 1, last.with("volume", call.number("volume")));
            return true;
        }
        boolean sameTarget = Objects.equals(last.args().get("scene"), call.args().get("scene"))
                && Objects.equals(last.args().get("track"), call.args().get("track"))
                && (call.op() != Operation.EDIT_TEXT || Objects.equals(last.args().get("target"), call.args().get("target")));
        boolean vague = call.op() == Operation.SET_SCENE_LENGTH && !last.has("change_s") && !last.has("length_s");
        boolean distinct = call.op() == Operation.MOVE_SCENE || call.op() == Operation.ADD_TEXT
                || call.op() == Operation.DELETE_SCENE || call.op() == Operation.SWAP_SCENES || call.op() == Operation.SET_SCENE_LENGTH && !vague
                || call.op().kind() == Operation.Kind.SESSION;
        if (last.op() != call.op() || !sameTarget || distinct) {
            calls.add(call);
            return false;
        }
        Map<String, Object> args = new LinkedHashMap<>(last.args());
        call.args().forEach((name, value) -> {
            // A request that only adds to the one before ("quick ones") keeps what that one said over a default.
            boolean fallback = name.equals("type") && "fade".equals(value) || name.equals("visible") && Boolean.TRUE.equals(value);
            if (!fallback || !args.containsKey(name)) {
                args.put(name, value);
            }
        });
        if (args.containsKey("change_s") || args.containsKey("length_s")) {
            args.remove("change"); // "the sunset deserves more time, give it 2 more seconds": the seconds say how much
        }
        calls.set(calls.size() - 1, new OpCall(call.op(), args));
        return true;
    }

    /** Requests that take a length of their own, or whose length a bare one could be. */
    private static final java.util.Set<Operation> LENGTHS = java.util.EnumSet.of(Operation.FADE_MUSIC, Operation.SET_TRANSITION,
            Operation.SET_SCENE_LENGTH, Operation.TRIM, Operation.SET_DURATION, Operation.ADD_TEXT, Operation.EDIT_TEXT,
            Operation.GENERATE_VIDEO_FROM_SCRIPT, Operation.GENERATE_VIDEO_FROM_MEDIA, Operation.WRITE_VIDEO_PROMPT, Operation.SPLIT_SCENE,
            Operation.INSERT_SCENE, Operation.REPLACE_SCENE_MEDIA);

    /** "..., like 2 sec", "，每个0.8秒": a bare length completes the request before it; false when it is more than that. */
    static boolean lengthOnly(String part, List<OpCall> calls) {
        Matcher m = Pattern.compile("^(?:like|maybe|say|about|around|roughly|perhaps|just|each|每个|每段|每次|各|大概|大约|差不多|时长|长度)?\\s*([\\d.]+) seconds?\\W*(?:or so|maybe|please|max|each|左右|就行|就好|吧|即可)?\\W*$").matcher(part);
        if (!m.find()) {
            return false;
        }
        double seconds = Double.parseDouble(m.group(1));
        OpCall last = calls.get(calls.size() - 1);
        OpCall filled = switch (last.op()) {
            // "fade the song in? like 2 sec": the length of the one fade asked for.
            case FADE_MUSIC -> last.has("fade_in_s") && last.has("fade_out_s") ? null : last.has("fade_in_s") ? last.with("fade_in_s", seconds)
                    : last.with("fade_out_s", seconds);
            case SET_TRANSITION -> last.has("duration_s") ? null : last.with("duration_s", seconds);
            case SET_SCENE_LENGTH -> last.has("change_s") || last.has("length_s") ? null
                    : last.with("change_s", "shorter".equals(last.text("change")) ? -seconds : seconds);
            case TRIM -> last.has("start_s") || last.has("end_s") ? null : last.args().containsKey("start_s") ? last.with("start_s", seconds) : last.with("end_s", seconds);
            default -> null;
        };
        if (filled == null && !LENGTHS.contains(last.op())) {
            // "Reels version please: vertical, 15 seconds, and upbeat music": a bare length after a request that takes none is the video's.
            calls.add(OpCall.of(Operation.SET_DURATION).with("duration_s", seconds));
            return true;
        }
        if (filled == null) {
            return false;
        }
        calls.set(calls.size() - 1, filled);
        return true;
    }

    /**
     * "make a reel from these photos and use song.mp3 as the music": music, shape or captions the
     * video being made already takes are not edits after it.
     */
    static void dropWhatTheMakingSays(List<OpCall> calls) {
        OpCall making = calls.isEmpty() ? null : calls.get(0);
        if (making == null || making.op() != Operation.GENERATE_VIDEO_FROM_SCRIPT && making.op() != Operation.GENERATE_VIDEO_FROM_MEDIA) {
            return;
        }
        calls.subList(1, calls.size()).removeIf(c -> c.op() == Operation.SET_BGM && !c.has("volume")
                && (c.has("mood") && c.text("mood").equals(making.text("mood")) || c.has("media") && c.text("media").equals(making.text("music_media")))
                || c.op() == Operation.SET_ASPECT && c.text("aspect").equals(making.text("aspect")));
    }
}
