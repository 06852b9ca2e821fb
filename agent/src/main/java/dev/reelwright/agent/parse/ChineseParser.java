package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Understanding;
import dev.reelwright.draft.edit.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese messages to operations, the same way as {@link EnglishParser}: split into requests
 * (，然后 / 再 / 并且 / 和 between two subjects), each matched by its subject and action, its
 * numbers (Chinese numerals too), scenes (第二个, 最后一个, 咖啡那段) and uploads read into the arguments.
 */
public final class ChineseParser {
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[。；;！!？?+＋]+|，?\\s*(?:然后|之后|接着|再把|再(?=把|加|改|换|删|去|调|放|导出|做|给|用|插|移|拆|剪)|并且|同时|还有|另外|顺便)|，|(?<=[^，\\s])(?=导出))\\s*");
    private static final String SUBJECT_WORDS = "背景音乐|音乐|配乐|bgm|字幕|配音|旁白|人声|语速|标题|文字|关键词|片尾|卡片|镜头|转场|色调|颜色|字体|竖屏|横屏|比例|照片|视频|段";

    private final Refs refs;

    public ChineseParser(Refs refs) {
        this.refs = refs;
    }

    public Understanding parse(String message) {
        ChineseText text = new ChineseText(message);
        Understanding made = ChineseGeneration.parse(text, refs);
        if (made == null && text.text.length() > EnglishParser.MAX_REQUEST_CHARS) {
            return new Understanding.Unknown();
        }
        String request = text.text;
        List<OpCall> calls = new ArrayList<>();
        boolean generating = made instanceof Understanding.Calls;
        if (made != null && !generating) {
            return made;
        }
        if (generating) {
            calls.addAll(((Understanding.Calls) made).calls());
            request = ChineseGeneration.afterMaking(text);
        }
        Integer lastScene = null;
        String subject = null;
        boolean justNamed = false;
        for (String part : split(request)) {
            if (!calls.isEmpty() && followsUp(part, calls, refs)) {
                continue;
            }
            Understanding understood = new ChineseClause(new Clause(part, text.quoted), refs, lastScene, subject, calls, justNamed).understand();
            justNamed = false;
            if (understood instanceof Understanding.Calls found && !calls.isEmpty() && calls.get(calls.size() - 1).op() == Operation.REMOVE_BGM
                    && found.calls().stream().allMatch(c -> c.op() == Operation.SET_BGM) && !part.matches(".*(?:换|加|来|用|配|放|改|要).*")) {
                continue; // "把配乐删了，安安静静的就好": what the silence is for, not new music
            }
            if (understood instanceof Understanding.Calls found) {
                for (OpCall call : found.calls()) {
                    if (Merging.add(calls, call)) {
                        continue;
                    }
                    subject = Merging.subjectOf(call, subject);
                    Integer scene = call.integer(call.op() == Operation.INSERT_SCENE ? "after" : "scene");
                    lastScene = call.op() == Operation.INSERT_SCENE && scene != null ? Integer.valueOf(scene + 1) : scene != null ? scene : lastScene;
                }
            } else if (understood instanceof Understanding.Ask || understood instanceof Understanding.Refuse) {
                if (generating) {
                    continue;
                }
                return understood;
            } else {
                // "人声有点小，调大一点": a sound named without an action is what the next request is about.
                java.util.Set<String> sounds = subjects(part);
                sounds.remove("scene");
                if (sounds.size() == 1 && java.util.Set.of("music", "voice").containsAll(sounds)) {
                    subject = sounds.iterator().next();
                    continue;
                }
                List<Integer> named = ChineseClause.scenes(new Clause(part, text.quoted), refs);
                if (named.size() == 1 && named.get(0) > 0) {
                    lastScene = named.get(0);
                    justNamed = true; // "面包那段，再加长两秒": the scene named is what comes next is about
                }
            }
        }
        for (int i = 0; i + 1 < calls.size(); i++) {
            OpCall level = calls.get(i);
            if (level.op() == Operation.SET_VOLUME && "music".equals(level.text("track")) && level.has("change") && calls.get(i + 1).op() == Operation.SET_BGM
                    && calls.get(i + 1).has("mood") && !calls.get(i + 1).has("volume")) {
                calls.remove(i); // "背景音乐太吵了，换一首安静一点的吧": the complaint is why the music changes
                break;
            }
        }
        Merging.dropWhatTheMakingSays(calls);
        if (calls.stream().anyMatch(c -> c.op() == Operation.REPLACE_VOICEOVER)) {
            calls.removeIf(c -> c.op() == Operation.SET_VOLUME && "voice".equals(c.text("track")) && Double.valueOf(0.0).equals(c.number("volume")));
        }
        return calls.isEmpty() ? new Understanding.Unknown() : new Understanding.Calls(calls);
    }

    /** "，720p就行" after an export, "，放在最后三秒" after a new text: details of the request before. */
    private static boolean followsUp(String part, List<OpCall> calls, Refs refs) {
        OpCall last = calls.get(calls.size() - 1);
        Matcher resolution = Pattern.compile("(1080|720|480)p?").matcher(part);
        if (last.op() == Operation.EXPORT_VIDEO && resolution.find()) {
            calls.set(calls.size() - 1, last.with("resolution", resolution.group(1) + "p"));
            return true;
        }
        if (Merging.lengthOnly(part.strip(), calls)) {
            return true;
        }
        Matcher range = Pattern.compile("([\\d.]+)\\s*seconds?\\s*(?:显示)?(?:到|至|-|~)\\s*(?:第)?([\\d.]+)\\s*seconds").matcher(part);
        if ((last.op() == Operation.ADD_TEXT || last.op() == Operation.EDIT_TEXT) && range.find()) {
            calls.set(calls.size() - 1, last.with("start_s", Double.parseDouble(range.group(1))).with("end_s", Double.parseDouble(range.group(2))));
            return true;
        }
        Matcher until = Pattern.compile("^(?:显示|持续|保留|停留|出现|放)?(?:到|至)\\s*(?:第)?\\s*([\\d.]+)\\s*seconds").matcher(part.strip());
        if ((last.op() == Operation.ADD_TEXT || last.op() == Operation.EDIT_TEXT) && until.find()) {
            OpCall timed = last.with("end_s", Double.parseDouble(until.group(1)));
            calls.set(calls.size() - 1, timed.has("start_s") ? timed : timed.with("start_s", 0.0));
            return true;
        }
        Matcher lastSeconds = Pattern.compile("最后\\s*([\\d.]+)\\s*seconds").matcher(part);
        Matcher firstSeconds = Pattern.compile("前\\s*([\\d.]+)\\s*seconds").matcher(part);
        if ((last.op() == Operation.ADD_TEXT || last.op() == Operation.EDIT_TEXT) && refs.draft() != null) {
            double end = refs.draft().contentEndMs() / 1000.0;
            if (lastSeconds.find()) {
                double length = Double.parseDouble(lastSeconds.group(1));
                calls.set(calls.size() - 1, last.with("start_s", end - length).with("end_s", end));
                return true;
            }
            if (firstSeconds.find()) {
                calls.set(calls.size() - 1, last.with("start_s", 0.0).with("end_s", Double.parseDouble(firstSeconds.group(1))));
                return true;
            }
        }
        return false;
    }

    /** The requests: split at sentence ends, 然后/再/并且, commas, and 和 between two subjects (the verb carries over). */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            String p = part.strip().replaceAll("^(?:请|麻烦|帮我|帮忙|能不能|可以|把它|那就)", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher and = Pattern.compile("和|跟|与|以及").matcher(p);
            boolean split = false;
            while (and.find()) {
                String left = p.substring(0, and.start());
                String right = p.substring(and.end());
                if (subjects(left).isEmpty() || subjects(right).isEmpty() || !java.util.Collections.disjoint(subjects(left), subjects(right))) {
                    continue;
                }
                Matcher verb = Pattern.compile("^(去掉|删掉|删除|关掉|不要|取消|打开|加上|添加)").matcher(left);
                parts.add(left);
                parts.add(verb.find() ? verb.group(1) + right : right);
                split = true;
                break;
            }
            if (!split) {
                parts.add(p);
            }
        }
        return parts;
    }

    private static java.util.Set<String> subjects(String text) {
        java.util.Set<String> found = new java.util.HashSet<>();
        Matcher m = Pattern.compile(SUBJECT_WORDS).matcher(text);
        while (m.find()) {
            String word = m.group();
            found.add(word.matches("背景音乐|音乐|配乐|bgm") ? "music" : word.matches("配音|旁白|人声|语速") ? "voice" : word.matches("镜头|照片|视频|段") ? "scene" : word);
        }
        return found;
    }
}
