package dev.reelwright.agent;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.TimelineSummary;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.Clock;
import dev.reelwright.draft.edit.Scenes;
import java.util.List;
import java.util.Locale;

/**
 * What the agent says, in English or Chinese: what each operation did, the questions it asks,
 * why it could not do something, and what the user can say next. Never "click" or "open".
 */
final class Replies {
    private Replies() {
    }

    /** One sentence for an operation carried out: "Deleted scene 3; the video is now 25 s." */
    static String done(OpCall call, Draft before, Draft after, Language lang) {
        boolean zh = lang == Language.ZH;
        String length = zh ? "，视频现在 " + seconds(after) + " 秒" : "; the video is now " + seconds(after) + " s";
        String scene = call.has("scene") ? call.text("scene") : "";
        return switch (call.op()) {
            case SET_BGM -> zh ? "已换上背景音乐：" + musicName(after) + "（音量 " + percent(after, TrackRole.BGM) + "）。"
                    : "Background music is now " + musicName(after) + " at " + percent(after, TrackRole.BGM) + ", ducked under the voice.";
            case REMOVE_BGM -> zh ? "已去掉背景音乐。" : "Removed the background music.";
            case SET_VOLUME -> volume(call, after, zh);
            case FADE_MUSIC -> zh ? "音乐已设置淡入淡出。" : "The music now fades" + fades(call) + ".";
            case SET_VOICE -> call.has("voice") && !call.has("speed") && !call.has("change") ? voiceName(after, zh)
                    : zh ? "配音语速已调整" + length + "。" : String.format(Locale.ROOT, "The voice now speaks at %.2fx its first pace%s.",
                    voiceSpeed(after), length);
            case REPLACE_VOICEOVER -> zh ? "已换成你上传的录音作为配音；原来的字幕对应旧配音，已关闭" + length + "。"
                    : "Your recording is now the voiceover; the old captions followed the old voice, so they are off" + length + ".";
            case MUTE_CLIP_AUDIO -> zh ? "已关掉片段的原声。" : scene.isEmpty() ? "Muted the clips' own sound." : "Muted the clip's own sound in scene " + scene + ".";
            case SET_ASPECT -> zh ? "画面已改为 " + call.text("aspect") + "（" + size(after) + "）。" : "The video is now " + call.text("aspect") + " ("
                    + size(after) + "); text and pictures keep to the safe area.";
            case SET_LOOK -> zh ? "背景配色已调整。" : "Recoloured the designed backgrounds (" + call.text("palette") + ").";
            case SET_FONT -> zh ? "所有文字已换成" + call.text("font") + "字体。" : "Every text is now in " + call.text("font") + ".";
            case ADD_TEXT -> zh ? "已添加文字「" + call.text("text") + "」。" : "Added \u2018" + call.text("text") + "\u2019.";
            case EDIT_TEXT -> zh ? "文字已修改。" : call.has("text") ? "The text now reads \u2018" + call.text("text") + "\u2019." : "Changed the text.";
            case REMOVE_TEXT -> zh ? "已删除这段文字。" : "Removed the text.";
            case SET_CAPTIONS -> captions(call, zh);
            case DELETE_SCENE -> zh ? "已删除第 " + scene + " 个镜头" + length + "。" : "Deleted scene " + scene + length + ".";
            case MOVE_SCENE -> zh ? "第 " + scene + " 个镜头已移到第 " + call.text("to") + " 位。" : "Moved scene " + scene + " to place " + call.text("to") + ".";
            case SWAP_SCENES -> zh ? "第 " + call.text("a") + " 和第 " + call.text("b") + " 个镜头已互换。" : "Swapped scenes " + call.text("a") + " and " + call.text("b") + ".";
            case SET_SCENE_LENGTH -> sceneLength(call, before, after, zh, length);
            case SPLIT_SCENE -> zh ? "第 " + scene + " 个镜头已拆成两段。" : "Split scene " + scene + " in two.";
            case SET_SCENE_PICTURE -> picture(call, after, zh);
            case REPLACE_SCENE_MEDIA -> zh ? "第 " + scene + " 个镜头已换成 " + call.text("media") + "。" : "Scene " + scene + " now shows " + call.text("media") + ".";
            case INSERT_SCENE -> zh ? "已插入 " + call.text("media") + " 作为新镜头" + length + "。" : "Inserted " + call.text("media") + " as a new scene" + length + ".";
            case SET_TRANSITION -> transition(call, zh);
            case TRIM -> zh ? "已剪掉" + length + "。" : "Trimmed" + length + ".";
            case SET_DURATION -> duration(before, after, zh, length);
            default -> "";
        };
    }

    private static String picture(OpCall call, Draft after, boolean zh) {
        String scene = call.text("scene");
        var target = dev.reelwright.draft.edit.Scenes.numbered(after, call.integer("scene"));
        var shown = dev.reelwright.draft.edit.PictureEdits.placedIn(after, target.fromMs(), target.toMs()).stream()
                .max(java.util.Comparator.comparingDouble(dev.reelwright.draft.PlacedPicture::size))
                .flatMap(p -> dev.reelwright.pictures.PictureLibrary.get().named(p.name()));
        if (shown.isEmpty()) {
            return zh ? "第 " + scene + " 个镜头不再显示图画。" : "Scene " + scene + " shows no built-in picture now.";
        }
        return zh ? "第 " + scene + " 个镜头现在显示" + (shown.get().labelZh().isEmpty() ? shown.get().labelEn() : shown.get().labelZh()) + "。"
                : "Scene " + scene + " now shows " + article(shown.get().labelEn()) + ".";
    }

    private static String article(String label) {
        return (label.matches("(?i)[aeiou].*") ? "an " : "a ") + label;
    }

    private static String sceneLength(OpCall call, Draft before, Draft after, boolean zh, String length) {
        String scene = call.text("scene");
        long asked = call.number("change_s") != null ? Math.round(call.number("change_s") * 1000) : Long.MIN_VALUE;
        long real = after.contentEndMs() - before.contentEndMs();
        boolean clamped = asked != Long.MIN_VALUE && asked < 0 && real > asked + 50;
        if (zh) {
            return "第 " + scene + " 个镜头现在 " + sceneLength(after, call) + " 秒" + (clamped ? "（不剪掉旁白，最多只能缩短这么多）" : "") + length + "。";
        }
        return "Scene " + scene + " now lasts " + sceneLength(after, call) + " s" + (clamped ? " (as short as it goes without cutting its words)" : "") + length + ".";
    }

    /** Who reads the narration now, after another voice was asked for. */
    private static String voiceName(Draft after, boolean zh) {
        String name = after.trackWithRole(TrackRole.VOICE).map(t -> t.meta().extra().get(dev.reelwright.draft.TrackMeta.VOICE))
                .map(Object::toString).orElse("?");
        return zh ? "旁白已改由 " + name + " 朗读，每个镜头的话仍在原来的位置，字幕跟着新声音重新对齐。"
                : "The narration is now read by " + name + ", each scene's words where they were; the captions follow the new voice.";
    }

    /** What fitting to a length did: holds, a faster voice, scenes left out (named, so they can be brought back). */
    private static String duration(Draft before, Draft after, boolean zh, String length) {
        List<String> gone = new java.util.ArrayList<>();
        List<String> kept = Scenes.numbered(after).stream().map(s -> String.valueOf(s.text())).toList();
        for (var scene : Scenes.numbered(before)) {
            if (!kept.contains(String.valueOf(scene.text()))) {
                gone.add(scene.label());
            }
        }
        double speedBefore = voiceSpeed(before);
        double speedAfter = voiceSpeed(after);
        StringBuilder s = new StringBuilder(zh ? "已调整画面和片头片尾的停留时间" : "Retimed the pictures and cards");
        if (Math.abs(speedAfter - speedBefore) > 0.005) {
            s.append(zh ? String.format(Locale.ROOT, "，配音加快到 %.2f 倍", speedAfter) : String.format(Locale.ROOT, ", the voice speaks at %.2fx", speedAfter));
        }
        if (!gone.isEmpty()) {
            s.append(zh ? "，为了放得下去掉了：" + String.join("、", gone) + "（说“撤销”可以恢复）"
                    : " and, to fit, left out " + String.join(" and ", gone) + " (say \u201cundo\u201d to bring them back)");
        }
        return s.append(length).append(zh ? "。" : ".").toString();
    }

    private static String volume(OpCall call, Draft after, boolean zh) {
        String track = call.has("track") ? call.text("track") : "music";
        if (track.equals("clips")) {
            return zh ? "片段原声音量已调整。" : "Changed the clips' own sound.";
        }
        TrackRole role = track.equals("voice") ? TrackRole.VOICE : TrackRole.BGM;
        String level = percent(after, role);
        if (zh) {
            return (role == TrackRole.VOICE ? "配音" : "背景音乐") + "音量已调到 " + level + "。";
        }
        return (role == TrackRole.VOICE ? "The voice is" : "The music is") + " now at " + level + ".";
    }

    private static String captions(OpCall call, boolean zh) {
        if (Boolean.FALSE.equals(call.flag("visible")) || "none".equals(call.text("style"))) {
            return zh ? "字幕已关闭（说“打开字幕”可以恢复）。" : "Captions are off (say \u201ccaptions on\u201d to bring them back).";
        }
        if (Boolean.TRUE.equals(call.flag("visible")) && call.args().size() == 1) {
            return zh ? "字幕已打开。" : "Captions are on.";
        }
        return zh ? "字幕样式已修改。" : "Restyled the captions.";
    }

    private static String transition(OpCall call, boolean zh) {
        String type = call.has("type") ? call.text("type") : "fade";
        String where = call.has("before_scene") ? (zh ? "第 " + call.text("before_scene") + " 个镜头前" : " before scene " + call.text("before_scene")) : (zh ? "所有镜头之间" : " between all scenes");
        if (type.equals("none")) {
            return zh ? where + "改为直接切换。" : "Hard cuts" + where + ".";
        }
        return zh ? where + "的转场改为 " + type + "。" : "Transitions" + where + " are now " + type
                + (call.has("duration_s") ? " of " + call.text("duration_s") + " s" : "") + ".";
    }

    private static String fades(OpCall call) {
        StringBuilder s = new StringBuilder();
        if (call.has("fade_in_s")) {
            s.append(" in over ").append(call.text("fade_in_s")).append(" s");
        }
        if (call.has("fade_out_s") || !call.has("fade_in_s")) {
            s.append(s.length() > 0 ? " and" : "").append(" out over ").append(call.has("fade_out_s") ? call.text("fade_out_s") : "3.0").append(" s");
        }
        return s.toString();
    }

    private static String musicName(Draft draft) {
        return draft.trackWithRole(TrackRole.BGM).map(t -> t.meta().name()).map(n -> n.replaceFirst("^Music: ", "")).orElse("music");
    }

    private static String percent(Draft draft, TrackRole role) {
        return draft.trackWithRole(role).filter(t -> !t.segments().isEmpty())
                .map(t -> Math.round(t.segments().get(0).meta().volumeOr(1.0) * 100) + " %").orElse("0 %");
    }

    private static double voiceSpeed(Draft draft) {
        return draft.trackWithRole(TrackRole.VOICE).map(t -> t.meta().extra().get("speed")).filter(Number.class::isInstance)
                .map(n -> ((Number) n).doubleValue()).orElse(1.0);
    }

    private static String sceneLength(Draft draft, OpCall call) {
        Integer n = call.integer("scene");
        if (n == null || n > Scenes.numbered(draft).size()) {
            return "?";
        }
        return Clock.seconds(Scenes.numbered(draft, n).lengthMs()).replace(" s", "");
    }

    static String seconds(Draft draft) {
        return Clock.seconds(draft.contentEndMs()).replace(" s", "");
    }

    private static String size(Draft draft) {
        return draft.meta().widthPx() + "x" + draft.meta().heightPx();
    }

    /** Which part each uploaded sound took in a video made from the uploads, and how to switch it. */
    static List<String> roles(OpCall call, List<Upload> uploads, Language lang) {
        if (call.op() != dev.reelwright.draft.edit.Operation.GENERATE_VIDEO_FROM_MEDIA) {
            return List.of();
        }
        List<String> said = new java.util.ArrayList<>();
        for (Upload upload : uploads) {
            if (upload.kind() != Upload.Kind.AUDIO) {
                continue;
            }
            boolean music = upload.name().equalsIgnoreCase(call.text("music_media"));
            if (lang == Language.ZH) {
                said.add(music ? upload.name() + " 用作背景音乐；想把它当配音，就说“用 " + upload.name() + " 做配音”。"
                        : upload.name() + " 用作配音；想把它当背景音乐，就说“用 " + upload.name() + " 当背景音乐”。");
            } else {
                said.add(music ? upload.name() + " is the music; to make it the voiceover instead, say \u201cuse " + upload.name() + " as the voiceover\u201d."
                        : upload.name() + " is the voiceover; to use it as music instead, say \u201cuse " + upload.name() + " as the background music\u201d.");
            }
        }
        return said;
    }

    /** The timeline summary a reply ends with. */
    static String summary(Draft draft, Language lang) {
        String summary = TimelineSummary.of(draft);
        if (lang != Language.ZH) {
            return summary;
        }
        // The same summary with its labels in Chinese; names and texts stay as they are.
        return summary.replaceFirst("^Timeline \\((\\d+) tracks?\\): ", "时间线（$1 条轨道）：").replace("Timeline (0 tracks): empty", "时间线：空")
                .replaceAll("(\\d+)\\. Video: ", "$1. 画面：").replaceAll("(\\d+)\\. Overlay: ", "$1. 文字：").replaceAll("(\\d+)\\. Title: ", "$1. 标题：")
                .replaceAll("(\\d+)\\. Captions: (\\d+) cues?", "$1. 字幕：$2 条").replaceAll("(\\d+)\\. Voice: ", "$1. 配音：")
                .replaceAll("(\\d+)\\. BGM: Music: ", "$1. 背景音乐：").replaceAll("(\\d+)\\. BGM: ", "$1. 背景音乐：")
                .replaceAll("(\\d+)\\. Audio: ", "$1. 音频：").replaceAll("(\\d+)\\. Text: ", "$1. 文字：").replaceAll(" \\+(\\d+) more", " 等另外 $1 段");
    }

    /** The question, with its options and how to answer. */
    static String question(Question question, Language lang) {
        boolean zh = lang == Language.ZH;
        List<Question.Choice> choices = question.choices();
        String options = choices.isEmpty() ? "" : " " + String.join(zh ? "；" : "; ", numbered(choices)) + (zh ? "。" : ".");
        return switch (question.slot()) {
            case SCENE, SECOND_SCENE -> (zh ? "哪一个镜头？" : "Which scene?") + options
                    + (zh ? " 回答编号即可，比如“第二个”。" : " Answer with its number, e.g. \u201cscene 2\u201d or \u201cthe second one\u201d.");
            case TEXT_TARGET -> (zh ? "哪一段文字？" : "Which text?") + options + (zh ? " 回答编号即可。" : " Answer e.g. \u201cthe first one\u201d.");
            case PLACE -> (zh ? "移到哪个位置？" : "Where should it go?") + options
                    + (zh ? " 比如“开头”“最后”或“第三个”。" : " Say e.g. \u201cto the start\u201d, \u201cthe end\u201d or \u201cthird\u201d.");
            case MEDIA -> (zh ? "用哪个文件？" : "Which file?") + options;
            case OPTION -> (zh ? "选哪一个：" : "Which " + Question.openOption(question.pending()).name().replace('_', ' ') + "?") + options
                    + (zh ? " 回答名称或编号即可。" : " Answer with its name or number.");
            case NEW_TEXT -> zh ? "要显示什么文字？请把文字放在引号里，比如「夏日特惠」。" : "What should it say? Put the words in quotes, e.g. \u2018Summer Sale\u2019.";
            case SCRIPT -> zh ? "请把视频的脚本发给我（直接粘贴，或上传 txt/docx/pdf 文档），我就把它做成带配音、字幕和音乐的视频。"
                    : "Send me the script for the video (paste it, or upload a txt, docx or pdf) and I will make it with voiceover, captions and music."
                    + " For example: \u201cturn my script into a 30-second video: Every morning starts with ...\u201d";
        };
    }

    private static List<String> numbered(List<Question.Choice> choices) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            lines.add((i + 1) + ") " + choices.get(i).label());
        }
        return lines;
    }

    /** Why a request could not be done, and what can. */
    static String cannot(String reason, Language lang) {
        if (lang == Language.ZH) {
            return "这个做不到：" + ChineseReasons.translate(reason) + "。";
        }
        return "I can't do that: " + reason + ".";
    }

    /** A part of a request that the draft already is: said, in brackets, beside what was done. */
    static String alreadySo(String reason, Language lang) {
        if (lang == Language.ZH) {
            return "（" + ChineseReasons.translate(reason) + "，不用改。）";
        }
        return "(" + Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ": nothing to change.)";
    }

    static String unknown(Language lang, boolean hasDraft) {
        if (lang == Language.ZH) {
            return hasDraft ? "我没听懂这个要求。可以这样说：“改成竖屏”、“把背景音乐调小一点”、“删除第三个镜头”、“开头加标题「城市之夜」”、“字幕换成黄色”、“撤销”或“导出”。"
                    : "还没有视频。把脚本发给我（或上传照片和录音），说“把我的脚本做成视频”就可以开始。";
        }
        return hasDraft ? "I didn't catch what to change. You can say things like: \u201cmake it vertical\u201d, \u201cadd lo-fi music at 35%\u201d, "
                + "\u201cdelete scene 3\u201d, \u201ctitle 'Urban Dreams' for the first 3 seconds\u201d, \u201cyellow captions\u201d, \u201cundo\u201d or \u201cexport 1080p\u201d."
                : "There is no video yet. Send me a script (or upload photos and a voiceover) and say \u201cturn my script into a video\u201d to start.";
    }

    /** What the user can say, as examples. */
    static String suggestions(Language lang) {
        return lang == Language.ZH ? "可以这样说：“改成竖屏”、“把背景音乐调小一点”、“删除第三个镜头”、“开头加标题「城市之夜」”、“字幕换成黄色”、“撤销”或“导出”。"
                : "You can say things like: \u201cmake it vertical\u201d, \u201cadd lo-fi music at 35%\u201d, \u201cdelete scene 3\u201d, "
                + "\u201ctitle 'Urban Dreams' for the first 3 seconds\u201d, \u201cyellow captions\u201d, \u201cundo\u201d or \u201cexport 1080p\u201d.";
    }

    static String impossible(Language lang) {
        return lang == Language.ZH ? "这个超出了剪辑能做的范围：我可以改画面顺序、时长、文字、字幕、音乐、配音和画幅，但不能生成画面里没有的内容。"
                : "That goes beyond editing: I can change the scenes' order and length, text, captions, music, voice and shape, but not make new things happen in the pictures.";
    }
}
