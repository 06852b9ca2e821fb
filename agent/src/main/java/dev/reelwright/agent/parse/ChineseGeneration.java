package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Question;
import dev.reelwright.agent.Understanding;
import dev.reelwright.agent.Upload;
import dev.reelwright.draft.edit.Operation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese requests to make a video or a prompt: "把我的脚本做成视频：…", "用这几张照片做个30秒视频", "写一个…提示词". */
final class ChineseGeneration {
    private static final Pattern MAKE = Pattern.compile("(?:做成|做一个|做个|做一段|生成|制作|剪一个|剪个|剪成|弄一个|弄个|出一个|来一个|拍一个)");
    private static final Pattern VIDEO = Pattern.compile("视频|短片|宣传片|短视频|片子|影片|vlog|广告|介绍片");
    private static final Pattern PROMPT = Pattern.compile("提示词|prompt|提示语");
    private static final Pattern MEDIA = Pattern.compile("照片|图片|相片|视频片段|这几段视频|这些视频|上传的视频|录音|音频|素材|产品介绍|介绍");

    private ChineseGeneration() {
    }

    static Understanding parse(ChineseText text, Refs refs) {
        String all = text.text;
        String request = request(text);
        String script = script(text);
        Clause clause = new Clause(request, text.quoted);
        if (PROMPT.matcher(request).find()) {
            OpCall call = OpCall.of(Operation.WRITE_VIDEO_PROMPT).with("idea", script != null ? script : text.quoted.raw);
            return new Understanding.Calls(List.of(Generation.withSizes(call, new Clause(all, text.quoted))));
        }
        boolean make = MAKE.matcher(request).find() && VIDEO.matcher(request).find();
        boolean fresh = Pattern.compile("脚本|文案|文稿|稿子|根据|新的|重新|这段|下面").matcher(request).find();
        List<Upload> pictures = refs.uploadsOf(Upload.Kind.PHOTO, Upload.Kind.CLIP);
        List<Upload> documents = refs.uploadsOf(Upload.Kind.DOCUMENT);
        if (!(make && (refs.draft() == null || fresh || script != null))) {
            return null;
        }
        boolean mentionsMedia = MEDIA.matcher(request).find() && !pictures.isEmpty();
        Operation op;
        if (mentionsMedia || script == null && documents.isEmpty() && !pictures.isEmpty()) {
            op = Operation.GENERATE_VIDEO_FROM_MEDIA;
        } else if (script != null || !documents.isEmpty() || request.contains("脚本") && refs.draft() != null) {
            op = Operation.GENERATE_VIDEO_FROM_SCRIPT;
        } else {
            OpCall pending = Generation.withSizes(OpCall.of(Operation.GENERATE_VIDEO_FROM_SCRIPT), clause);
            return new Understanding.Ask(new Question(pending, Question.Slot.SCRIPT, List.of()));
        }
        OpCall call = Generation.withSizes(OpCall.of(op), clause);
        String aspect = Vocab.aspect(request);
        if (aspect != null) {
            call = call.with("aspect", aspect);
        }
        String mood = Vocab.mood(request);
        if (mood != null && request.matches(".*(?:音乐|配乐|bgm).*")) {
            call = call.with("mood", mood);
        }
        if (request.matches(".*(?:不要|没有|无|去掉)(?:背景)?(?:音乐|配乐).*")) {
            call = call.with("mood", "none");
        }
        if (request.matches(".*(?:不要|没有|无|不加|去掉)字幕.*")) {
            call = call.with("style", "none");
        } else if (request.contains("卡拉ok") || request.contains("逐字")) {
            call = call.with("style", "karaoke");
        }
        if (script != null) {
            call = call.with("script", script);
        } else if (!documents.isEmpty()) {
            call = call.with("document", documents.get(documents.size() - 1).name());
        }
        List<Upload> audio = refs.uploadsOf(Upload.Kind.AUDIO);
        if (op == Operation.GENERATE_VIDEO_FROM_MEDIA && !audio.isEmpty() && request.matches(".*(?:当|作为|做)(?:背景音乐|配乐|bgm).*")) {
            call = call.with("music_media", audio.get(audio.size() - 1).name());
        }
        return new Understanding.Calls(List.of(call));
    }

    /** The message before its script: what is asked. */
    static String request(ChineseText text) {
        Matcher colon = Pattern.compile("^(.{0,120}?):(.+)$").matcher(text.text);
        return colon.find() && Generation.words(colon.group(2)) >= 6 ? colon.group(1) : text.text;
    }

    /** What follows the request's colon, when it is long enough to be a script. */
    static String script(ChineseText text) {
        Matcher colon = Pattern.compile("^(.{0,120}?)[:：](.+)$").matcher(ChineseText.halfWidth(text.quoted.raw));
        if (colon.find() && Generation.words(colon.group(2)) >= 6) {
            return colon.group(2).strip();
        }
        return null;
    }

    /** The requests after the one to make the video ("…，然后导出1080p"). */
    static String afterMaking(ChineseText text) {
        String request = request(text);
        Matcher then = Pattern.compile("(?:然后|之后|接着|再)(.+)$").matcher(request);
        return then.find() ? then.group(1) : "";
    }
}
