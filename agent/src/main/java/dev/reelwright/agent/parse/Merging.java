package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.draft.edit.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
                && Objects.equals(last.args().get("track"), call.args().get("track"));
        boolean vague = call.op() == Operation.SET_SCENE_LENGTH && !last.has("change_s") && !last.has("length_s");
        boolean distinct = call.op() == Operation.MOVE_SCENE || call.op() == Operation.ADD_TEXT || call.op() == Operation.SET_ASPECT
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
        calls.set(calls.size() - 1, new OpCall(call.op(), args));
        return true;
    }
}
