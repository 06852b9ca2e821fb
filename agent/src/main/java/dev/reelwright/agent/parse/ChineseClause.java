package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Question;
import dev.reelwright.agent.Understanding;
import dev.reelwright.agent.Upload;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Chinese request to operations: the rules by subject, most specific first. */
final class ChineseClause {
    private static final String MUSIC = "背景音乐|音乐|配乐|bgm|曲子|伴奏|旋律|歌曲|歌";
    private static final String VOICE = "男声|女声|男生|女生|嗓音|配音|旁白|人声|语速|说话|朗读|解说|念|读得|读的|机器人声音|机器声|ai声音|声音";
    private static final String REMOVE = "去掉|删掉|删除|删了|不要|关掉|关闭|取消|拿掉|去除|移除|不需要|别要|静音|关了|隐藏|藏起来|不显示|别显示";
    private static final String SCENE_NOUN = "镜头|场景|片段|画面|照片|图片|段|张|幕|个";
    /** Chinese names of things, to find uploads by their (English) file names: 店面视频 is storefront.mp4. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("店面", "storefront"), Map.entry("门店", "storefront"),
            Map.entry("店铺", "storefront"), Map.entry("羊角面包", "croissant"), Map.entry("可颂", "croissant"), Map.entry("冲浪", "surf"),
            Map.entry("沙滩", "beach"), Map.entry("海滩", "beach"), Map.entry("沙丘", "dunes"), Map.entry("码头", "pier"), Map.entry("栈桥", "pier"),
            Map.entry("日落", "sunset"), Map.entry("夕阳", "sunset"), Map.entry("咖啡", "coffee"), Map.entry("面包", "bread"),
            Map.entry("片头曲", "jingle"), Map.entry("广告歌", "jingle"), Map.entry("音乐", "music"), Map.entry("海浪", "waves"),
            Map.entry("山", "mountain"), Map.entry("城市", "city"), Map.entry("街道", "street"), Map.entry("产品", "product"));

    private final Clause clause;
    private final Refs refs;
    private final Integer lastScene;
    private final String subject;
    private final List<OpCall> before;
    /** The clause before named a scene and asked nothing of it. */
    private final boolean sceneJustNamed;
    private final String t;

    ChineseClause(Clause clause, Refs refs, Integer lastScene, String subject, List<OpCall> before, boolean sceneJustNamed) {
        this.sceneJustNamed = sceneJustNamed;
        this.clause = clause;
        this.refs = refs;
        this.lastScene = lastScene;
        this.subject = subject;
        this.before = before;
        this.t = clause.text;
    }

    private boolean has(String regex) {
        return Pattern.compile(regex).matcher(t).find();
    }

    Understanding understand() {
        // Before the session's words: "下载" here is fetching a song, not downloading the video.
        if (has("网易云|qq音乐|酷狗|酷我|虾米|spotify|youtube|b站|bilibili|apple music|soundcloud|https?://") && has("下载|扒下来|扒一首|抓取|搬运")
                && has(MUSIC + "|歌|曲")) {
            return new Understanding.Refuse(Parsing.NO_STREAMED_SONGS);
        }
        Understanding session = session();
        if (session != null) {
            return session;
        }
        if (has("3d|龙|恐龙|让.{0,6}(?:笑|跳|说话|挥手)|下雪|下雨|翻译|法语|英语配音|日语|慢动作|快进|去掉.{0,4}人物|换脸") || has("倍速") && !has(VOICE)) {
            return new Understanding.Refuse(null);
        }
        if (has("发(?:布)?到.{0,6}(?:账号|平台)|直接发(?:布)?(?:到|上)|帮我发布|帮我(?:发|传)到|上传到(?:我的)?(?:抖音|快手|b站|小红书|youtube|视频号)")) {
            return new Understanding.Refuse(Parsing.NO_POSTING);
        }

        List<Upload> uploads = uploadsNamed();
        List<Upload> audio = uploads.stream().filter(u -> u.kind() == Upload.Kind.AUDIO).toList();
        List<Upload> pictures = uploads.stream().filter(Upload::isPicture).filter(u -> !refs.inDraft(u)).toList();
        if (!pictures.isEmpty() && !has(MUSIC)) {
            return media(pictures.get(0));
        }
        Understanding drawn = builtInPicture();
        if (drawn != null) {
            return drawn;
        }
        if (has("字幕") && !has("第\\d+(?:条|句)字幕")) {
            return captions();
        }
        if (has("转场|过渡|黑场|叠化|淡入淡出(?!各)|镜头之间|镜头间|切换效果") && !has(MUSIC)) {
            return transition();
        }
        boolean musicFirst = has(MUSIC) && (!has(VOICE) || t.indexOf(firstOf(MUSIC)) < t.indexOf(firstOf(VOICE)));
        if (!audio.isEmpty() && has("背景音乐|音乐|配乐|bgm") || musicFirst) {
            return music(audio);
        }
        if (!audio.isEmpty() || has(VOICE) || has("录音|录的|自己的声音|我的声音")) {
            Understanding voice = voice(audio);
            if (voice != null) {
                return voice;
            }
        }
        if (has("原声|静音|声音关掉|声音去掉|没有声音")) {
            return clipSound();
        }
        if (has("淡出|淡入|渐出|渐入") && !has("镜头|转场|画面")) {
            return music(List.of());
        }
        if (has("字体|衬线|宋体|黑体|楷体|等宽|打字机")) {
            String font = Vocab.font(t);
            if (font != null && !has("标题|片尾|卡片")) {
                return calls(OpCall.of(Operation.SET_FONT).with("font", font));
            }
            if (font == null && has("换|改|别的|其他|另一") && !has("标题|片尾|卡片|字幕")) {
                return new Understanding.Ask(Question.option(OpCall.of(Operation.SET_FONT)));
            }
        }
        if (has("(?:颜色|配色|色调|色彩)(?:换|改|变)(?:一下|个)|换(?:个|一个|一下)(?:颜色|配色|色调|色彩)") && Vocab.palette(t) == null && !has("字幕|标题|文字|字")) {
            return new Understanding.Ask(Question.option(OpCall.of(Operation.SET_LOOK)));
        }
        if (has("换个比例|换一个比例|换个画幅|换个尺寸|改一下比例|换一下比例|比例换一下|画幅换一下") && Vocab.aspect(t) == null) {
            return new Understanding.Ask(Question.option(OpCall.of(Operation.SET_ASPECT)));
        }
        if (has("^(?:把)?(?:整体)?音量") && !has(MUSIC) && !has(VOICE) && subject == null && refs.draft() != null) {
            Double level = clause.fraction() != null ? clause.fraction() : has("一半") ? Double.valueOf(0.5) : null;
            OpCall call = OpCall.of(Operation.SET_VOLUME);
            call = level != null ? call.with("volume", level) : call.with("change", has("小|低|降") ? "down" : "up");
            boolean music = refs.draft().trackWithRole(TrackRole.BGM).filter(tr -> !tr.segments().isEmpty()).isPresent();
            boolean voice = refs.draft().trackWithRole(TrackRole.VOICE).filter(tr -> !tr.segments().isEmpty()).isPresent();
            if (music && voice) {
                return new Understanding.Ask(Question.option(call));
            }
            if (music || voice) {
                return calls(call.with("track", music ? "music" : "voice"));
            }
        }
        if (has("标题|文字|字(?!幕|体)|关键词|卡片|片尾|结尾卡|文案|那行字|一行字") || !clause.quotes().isEmpty()) {
            Understanding text = text();
            if (text != null) {
                return text;
            }
        }
        String aspect = Vocab.aspect(t);
        if (aspect != null && !has("照片是竖") && !(has("导出|要传|传到|发到|上传") && !has("竖|横|方形|正方|比例|画幅|:"))) {
            return calls(OpCall.of(Operation.SET_ASPECT).with("aspect", aspect));
        }
        String palette = Vocab.palette(t);
        if (palette != null && has("色调|颜色|色彩|背景|配色|风格|黑白|鲜艳|暖|冷|深色|亮")) {
            return calls(OpCall.of(Operation.SET_LOOK).with("palette", palette));
        }
        Understanding time = time();
        if (time != null) {
            return time;
        }
        Understanding scene = scenes();
        if (scene == null && subject != null) {
            return bySubject();
        }
        return scene;
    }

    private String firstOf(String regex) {
        Matcher m = Pattern.compile(regex).matcher(t);
        return m.find() ? m.group() : "";
    }

    private Understanding bySubject() {
        Understanding found = switch (subject) {
            case "music" -> music(List.of());
            case "voice" -> voice(List.of());
            case "captions" -> captions();
            default -> null;
        };
        if (found instanceof Understanding.Calls calls && calls.calls().size() == 1 && calls.calls().get(0).args().isEmpty()) {
            return null; // nothing specific was said: "，电影预告片那种" only explains the request before
        }
        return found;
    }

    private Understanding session() {
        if (has("重做|恢复回来|恢复刚才|撤销错了|撤回错了|再做一次|反撤销") || has("(?:撤销|撤回)(?:掉)?的") && has("恢复|回来|还回来|加回|找回")) {
            return calls(OpCall.of(Operation.REDO));
        }
        if (has("撤销|撤回|回到上一个版本|回到之前|还原|上一步|改回去|退回|恢复原样|不要刚才|刚才那个改动不要|刚才那步|刚才那一步|刚刚那步")) {
            return calls(OpCall.of(Operation.UNDO));
        }
        if (has("状态|时间线|轨道|现在有什么|看看现在|目前的样子|看一下进度|几个镜头|多少个镜头|几段|哪些镜头|镜头列表|列一下|列出来|列个清单")) {
            return calls(OpCall.of(Operation.SHOW_TIMELINE));
        }
        if (has("导出|渲染|下载") && has("4k|2160|8k|1440|gif|webm|mov|avi|mkv")) {
            return new Understanding.Refuse(Parsing.EXPORT_FORMATS);
        }
        if (has("导出|渲染|下载|发给我|发我|输出视频|生成文件|出片|保存成mp4")) {
            String resolution = has("1080|全高清|超清") ? "1080p" : has("720|高清") ? "720p" : has("480|标清") ? "480p" : null;
            return calls(OpCall.of(Operation.EXPORT_VIDEO).with("resolution", resolution));
        }
        return null;
    }

    private Understanding music(List<Upload> audio) {
        boolean fade = has("淡入|淡出|渐入|渐出|渐弱|渐强|慢慢.{0,4}(?:出来|消失|进来)|淡化");
        if (has(REMOVE) && !fade && audio.isEmpty() && !has("换成|换一个|换个|改成")) {
            return calls(OpCall.of(Operation.REMOVE_BGM));
        }
        if (fade) {
            OpCall call = OpCall.of(Operation.FADE_MUSIC);
            List<Double> seconds = clause.seconds();
            boolean in = has("淡入|渐入|渐强|开头|开始|进来");
            boolean out = has("淡出|渐出|渐弱|结尾|最后|消失") || !in;
            Double length = seconds.isEmpty() ? null : seconds.get(0);
            if (in && out && length != null && has("各")) {
                return calls(call.with("fade_in_s", length).with("fade_out_s", length));
            }
            if (in) {
                call = call.with("fade_in_s", length);
            }
            if (out) {
                call = call.with("fade_out_s", in ? null : length);
            }
            return calls(call);
        }
        Double fraction = clause.fraction();
        String mood = Vocab.mood(t);
        boolean change = has("换|改成|改为|用|加|来点|来一首|选|要|风格|那种|的音乐|一点的");
        boolean level = fraction != null || has("小声|大声|小一点|大一点|调小|调大|降低|提高|轻一点|响一点|太大|太吵|太响|太小|听不清|音量|低一点|高一点|盖过|压过|小点|大点");
        if (!audio.isEmpty() || mood != null && (change || !level)) {
            OpCall call = OpCall.of(Operation.SET_BGM);
            call = !audio.isEmpty() ? call.with("media", audio.get(0).name()) : call.with("mood", mood);
            return calls(call.with("volume", fraction));
        }
        if (level) {
            OpCall call = OpCall.of(Operation.SET_VOLUME).with("track", "music");
            if (fraction != null) {
                return calls(call.with("volume", fraction));
            }
            boolean up = has("大声|大一点|调大|提高|响一点|太小|听不清|高一点|大点") && !has("太大|太吵|太响|盖过|压过");
            return calls(call.with("change", up ? "up" : "down"));
        }
        return change ? calls(OpCall.of(Operation.SET_BGM)) : null;
    }

    private Understanding voice(List<Upload> audio) {
        boolean recording = !audio.isEmpty() || has("我(?:自己)?(?:录|上传)的|我的录音|自己的声音|我的声音|真人|录音");
        if (recording && !has("快|慢|语速|音量|大声|小声")) {
            return Choices.recording(audio, refs);
        }
        Double factor = clause.factor();
        boolean slower = has("慢一点|慢点|放慢|慢些|太快|慢一些|减速|别那么快");
        boolean faster = has("快一点|快点|加快|快些|太慢|快一些|加速|别那么慢");
        if (factor != null || slower || faster || has("语速")) {
            OpCall call = OpCall.of(Operation.SET_VOICE);
            if (factor != null && factor >= 0.5 && factor <= 2) {
                return calls(call.with("speed", factor));
            }
            return calls(call.with("change", slower ? "slower" : "faster"));
        }
        Double fraction = clause.fraction();
        if (fraction != null || has("小声|大声|小一点|大一点|小点|大点|调小|调大|降低|提高|太大|太小|听不清|音量|响一点|轻一点|有点小|偏小|太轻|不够大|有点大|偏大|太吵|太响")) {
            OpCall call = OpCall.of(Operation.SET_VOLUME).with("track", "voice");
            if (fraction != null) {
                return calls(call.with("volume", fraction));
            }
            boolean down = has("小声|小一点|小点|调小|降低|太大|轻一点|有点大|偏大|太吵|太响") && !has("太小|听不清|有点小|偏小|不够");
            return calls(call.with("change", down ? "down" : "up"));
        }
        if (has("换.{0,4}(?:男|女|别的|另一个|其他|一个)(?:声|的声音|种声音|人)|(?:男|女)(?:声|生)(?:配音|来读|读|念)")) {
            return calls(OpCall.of(Operation.SET_VOICE).with("voice", has("男") ? "male" : has("女") ? "female" : "another"));
        }
        return null;
    }

    private Understanding clipSound() {
        OpCall call = OpCall.of(Operation.MUTE_CLIP_AUDIO);
        List<Integer> scenes = scenes(clause, refs);
        if (!scenes.isEmpty() && scenes.get(0) > 0) {
            return calls(call.with("scene", scenes.get(0)));
        }
        if (lastScene != null && !before.isEmpty() && (before.get(before.size() - 1).op() == Operation.REPLACE_SCENE_MEDIA
                || before.get(before.size() - 1).op() == Operation.INSERT_SCENE || has("它|这段"))) {
            return calls(call.with("scene", lastScene));
        }
        return calls(call);
    }

    private Understanding captions() {
        OpCall call = OpCall.of(Operation.SET_CAPTIONS);
        if (has(REMOVE) && !has("底框|描边|黑边")) {
            return calls(call.with("visible", false));
        }
        if (has("打开|加上|显示|加字幕|恢复")) {
            call = call.with("visible", true);
        }
        String style = has("卡拉ok|逐字|高亮") ? "karaoke" : has("抖音|粗体|加粗|醒目|大字") ? "bold" : has("底框|背景框|加框|框") ? "boxed"
                : has("简洁|简单|干净|普通") ? "clean" : null;
        call = call.with("style", style);
        String position = has("顶部|最上面|上方|顶上") ? "top" : has("中间|中央|居中") ? "center" : has("底部|最下面|下方") ? "bottom"
                : has("往上|上移|上面一点|高一点|抬高") ? "up" : has("往下|下移|低一点|下面一点") ? "down" : null;
        call = call.with("position", position);
        String size = has("大一点|放大|大点|调大|太小|大些") ? "bigger" : has("小一点|缩小|小点|调小|太大|小些") ? "smaller" : null;
        call = call.with("size", size);
        List<String> colours = new ArrayList<>(Vocab.colours(t));
        Matcher outline = Pattern.compile("(白|黑|黄|红|蓝|绿|金)(?:色)?(?:边|描边|轮廓)").matcher(t);
        if (outline.find()) {
            String named = Vocab.colour(outline.group(1));
            call = call.with("outline", named);
            colours.remove(named);
        }
        if (!colours.isEmpty()) {
            call = call.with("color", colours.get(0));
        }
        return calls(call.args().isEmpty() ? call.with("visible", true) : call);
    }

    private Understanding transition() {
        OpCall call = OpCall.of(Operation.SET_TRANSITION);
        String type = has("不要转场|去掉转场|取消转场|不要过渡|直接切|硬切|没有转场|转场.{0,4}(?:去掉|删掉|删了|不要了|取消)") ? "none" : Vocab.transition(t);
        if (type != null || !has("时间|时长|秒")) {
            call = call.with("type", type == null ? "fade" : type);
        }
        List<Double> seconds = clause.seconds();
        if (!seconds.isEmpty()) {
            call = call.with("duration_s", seconds.get(0));
        } else if (has("慢一点|长一点|慢些")) {
            call = call.with("duration_s", 1.0);
        } else if (has("快一点|短一点|快些")) {
            call = call.with("duration_s", 0.3);
        }
        List<Integer> scenes = scenes(clause, refs);
        if (!scenes.isEmpty() && scenes.get(0) > 0 && has("前|之前|进入")) {
            call = call.with("before_scene", scenes.get(0));
        }
        return calls(call);
    }

    private Understanding text() {
        List<String> quotes = clause.quotes();
        String target = has("片尾|结尾卡|结尾那张卡|结尾的卡片|最后的卡片|结尾的字") ? "end" : has("标题|片头") ? "title" : null;
        Matcher overlay = Pattern.compile("第(\\d+)(?:个|段)?(?:镜头|场景)?(?:上|里)?的(?:关键词|文字|字)").matcher(t);
        if (overlay.find()) {
            target = "overlay " + overlay.group(1);
        } else if (has("关键词|那行字|上的字|里的字|的文字|的字(?!幕|体)")) {
            List<Integer> about = scenes(clause, refs);
            if (!about.isEmpty() && about.get(0) > 0) {
                target = "overlay " + about.get(0);
            }
        }
        Matcher caption = Pattern.compile("第(\\d+)(?:条|句)字幕").matcher(t);
        if (caption.find()) {
            target = "caption " + caption.group(1);
        }
        boolean adding = has("^(?:在|给)?.{0,40}(?:加|添加|加上|加个|加一|插入|显示|放一|写上|打上)") && !has("改成|换成");
        if (has(REMOVE) && !adding) {
            return target == null ? Choices.askText(OpCall.of(Operation.REMOVE_TEXT), refs) : calls(OpCall.of(Operation.REMOVE_TEXT).with("target", target));
        }
        if (!adding && (has("改成|换成|改为|改一下|改|换|移到|放到|挪到|挪|移|往上|往下|放在|大一点|小一点|放大|缩小|颜色|黄色|白色|红色|顶部|底部|中间") || !quotes.isEmpty() && target != null)) {
            OpCall call = OpCall.of(Operation.EDIT_TEXT).with("target", target);
            call = call.with("text", quotes.isEmpty() ? unquoted() : quotes.get(quotes.size() - 1));
            call = call.with("position", has("顶部|上方|最上面|上面|往上|向上|上移") ? "top" : has("底部|下方|最下面|下面|往下|向下|下移") ? "bottom" : has("中间|中央|居中") ? "center" : null);
            List<String> colours = Vocab.colours(t);
            call = call.with("color", colours.isEmpty() ? null : colours.get(0));
            call = call.with("size", has("大一点|放大|大点|调大|大些") ? "bigger" : has("小一点|缩小|小点|调小|小些") ? "smaller" : null);
            call = call.with("font", has("字体|衬线|宋体|黑体") ? Vocab.font(t) : null);
            if (target == null) {
                return Choices.askText(call, refs);
            }
            if (call.args().size() == 1) {
                return new Understanding.Ask(new Question(call, Question.Slot.NEW_TEXT, List.of()));
            }
            return calls(call);
        }
        if (adding || !quotes.isEmpty()) {
            OpCall call = OpCall.of(Operation.ADD_TEXT).with("role", has("标题") ? "title" : "overlay");
            // "加一行字：周末八折": the words after the colon, when nothing is quoted.
            Matcher colon = Pattern.compile("[:：]\\s*([^:：]{1,40}?)[。！!？?]*$").matcher(clause.source.raw);
            String said = !quotes.isEmpty() ? quotes.get(0) : colon.find() && !colon.group(1).isBlank() ? colon.group(1).strip() : null;
            call = call.with("text", said);
            call = call.with("position", has("顶部|上方|最上面|上面|往上|向上|上移") ? "top" : has("底部|下方|最下面|下面|往下|向下|下移") ? "bottom" : has("中间|中央|居中") ? "center" : null);
            call = times(call);
            return said == null ? new Understanding.Ask(new Question(call, Question.Slot.NEW_TEXT, List.of())) : calls(call);
        }
        return null;
    }

    /** "改成X" without quotes: the words after 改成/换成. */
    private String unquoted() {
        Matcher m = Pattern.compile("(?:改成|换成|改为)(.+)$").matcher(clause.source.raw);
        if (m.find()) {
            String words = m.group(1).replaceAll("[。！!？?，,]+$", "").strip();
            return words.isEmpty() || words.length() > 30 || words.matches(".*(?:色|顶部|底部|中间|字体|大|小).*") ? null : words;
        }
        return null;
    }

    private OpCall times(OpCall call) {
        List<Double> seconds = clause.seconds();
        double end = refs.draft() == null ? 0 : refs.draft().contentEndMs() / 1000.0;
        if (has("最后\\s*[\\d.]+\\s*seconds") && !seconds.isEmpty()) {
            return call.with("start_s", end - seconds.get(0)).with("end_s", end);
        }
        if (has("(?:前|开头|头|一开始)(?:的)?\\s*[\\d.]+\\s*seconds") && !seconds.isEmpty()) {
            return call.with("start_s", 0.0).with("end_s", seconds.get(0));
        }
        Matcher range = Pattern.compile("(?:第)?([\\d.]+)\\s*(?:seconds)?\\s*(?:到|至|-|~)\\s*(?:第)?([\\d.]+)\\s*seconds").matcher(t);
        if (range.find()) {
            return call.with("start_s", Double.parseDouble(range.group(1))).with("end_s", Double.parseDouble(range.group(2)));
        }
        if (seconds.size() == 1 && has("从|在|第")) {
            return call.with("start_s", seconds.get(0));
        }
        if (has("开头|片头|一开始") && !has("结尾")) {
            return call.with("start_s", 0.0);
        }
        List<Integer> about = scenes(clause, refs);
        if (!about.isEmpty() && about.get(0) > 0 && about.get(0) <= refs.sceneCount()) {
            var scene = refs.scenes().get(about.get(0) - 1);
            return call.with("start_s", scene.fromMs() / 1000.0).with("end_s", scene.toMs() / 1000.0);
        }
        if (has("结尾|最后|末尾") && refs.draft() != null) {
            return call.with("start_s", Math.max(0, end - 3)).with("end_s", end);
        }
        return call;
    }

    private Understanding time() {
        List<Double> seconds = clause.seconds();
        boolean sceneNamed = has("镜头|场景|照片|图片|第\\d+(?:个|段|张)|那段|那张");
        Matcher endsAt = Pattern.compile("(?:到|在|播到)\\s*(?:第)?\\s*([\\d.]+|\\d{1,2}:\\d{2})\\s*(?:seconds)?\\s*(?:就|的时候)?(?:结束|停|截止|为止|收尾)").matcher(t);
        if (endsAt.find() && !sceneNamed && refs.draft() != null) {
            double end = endsAt.group(1).contains(":") ? seconds.get(seconds.size() - 1) : Double.parseDouble(endsAt.group(1));
            double length = refs.draft().contentEndMs() / 1000.0;
            if (end > 0 && end < length) {
                return calls(OpCall.of(Operation.TRIM).with("end_s", Math.round((length - end) * 1000) / 1000.0));
            }
        }
        if (has("剪掉|去掉|删掉|砍掉|剪去|切掉") && has("开头|结尾|最后|前面|末尾|最前|前\\s*[\\d.]+\\s*seconds|后\\s*[\\d.]+\\s*seconds") && !sceneNamed) {
            OpCall call = OpCall.of(Operation.TRIM);
            boolean start = has("开头|前面|最前|前\\s*[\\d.]+\\s*seconds") && !has("结尾|最后|末尾|后\\s*[\\d.]+\\s*seconds");
            return calls(call.with(start ? "start_s" : "end_s", seconds.isEmpty() ? null : seconds.get(0)));
        }
        if (!seconds.isEmpty() && !sceneNamed && has("压缩到|改成|做成|弄成|搞成|剪成|变成|缩短到|加长到|延长到|控制在|时长|总长|总共|一共|以内|整个视频|剪到|变为|不超过|就够了")) {
            return calls(OpCall.of(Operation.SET_DURATION).with("duration_s", seconds.get(seconds.size() - 1)));
        }
        return null;
    }

    /**
     * "第3个镜头换成自行车", "第二个场景用一杯咖啡的图", "第4个镜头不要图画": a built-in picture in a
     * numbered scene, when the words name a thing one of them shows.
     */
    private Understanding builtInPicture() {
        if (!has("第\\d+(?:个|段|张|幕)?(?:镜头|场景|片段|画面)|(?:镜头|场景)\\d+|最后(?:一|1)?(?:个|段)(?:镜头|场景)")
                // Lengths are read as "N seconds" by then, and "放到第二个位置" moves the scene: neither is a picture.
                || has("照片|视频|上传|素材|文件|移|删|拆|对调|互换|交换|调换|长|短|秒|seconds|位置|放到|挪到|搬到|转场|字幕|文字|标题|音乐|声音")) {
            return null;
        }
        List<Integer> scenes = scenes(clause, refs);
        if (scenes.isEmpty() || scenes.get(0) <= 0) {
            return null;
        }
        OpCall call = OpCall.of(Operation.SET_SCENE_PICTURE).with("scene", scenes.get(0));
        if (has("不要(?:图|画|图画|图片|图标|插图)|(?:去掉|删除|拿掉|取消)(?:那个|这个)?(?:图|画|图画|图标|插图)|没有(?:图|图画|插图)")) {
            return calls(call.with("picture", "none"));
        }
        if (!has("换成|改成|换为|改为|变成|用|放|显示|画|来(?:一|个)")) {
            return null;
        }
        String thing = t.replaceAll("第\\d+(?:个|段|张|幕)?(?:镜头|场景|片段|画面)|(?:镜头|场景)\\d+|最后(?:一|1)?(?:个|段)(?:镜头|场景)", " ")
                .replaceAll("把|的|里|中|上|图片|图画|图标|插图|画面|图|换成|改成|换为|改为|变成|用|放|显示|画|一下|吧|请|一(?:个|张|辆|只|杯|条|台|本|块)", " ")
                .replaceAll("[\\s，。！,.!]+", " ").strip();
        if (thing.isEmpty() || dev.reelwright.director.make.BuiltInPictures.find(thing).isEmpty()) {
            return null;
        }
        return calls(call.with("picture", thing));
    }

    private Understanding scenes() {
        List<Integer> scenes = scenes(clause, refs);
        if (has("用我的照片|我的照片|我上传的照片|我上传的图片|我的视频|我上传的视频|我(?:上)?传的(?:素材|文件|照片|图|视频)?")) {
            boolean clip = has("视频");
            boolean any = !has("照片|图片|视频");
            List<Upload> kind = (any ? refs.uploadsOf(Upload.Kind.PHOTO, Upload.Kind.CLIP) : refs.uploadsOf(clip ? Upload.Kind.CLIP : Upload.Kind.PHOTO))
                    .stream().filter(u -> !refs.inDraft(u)).toList();
            if (kind.size() == 1) {
                return media(kind.get(0));
            }
            List<Upload> all = refs.uploadsOf(clip ? Upload.Kind.CLIP : Upload.Kind.PHOTO);
            return Choices.askMedia(sceneCall(OpCall.of(Operation.REPLACE_SCENE_MEDIA), scenes), all);
        }
        if (has("换一下位置|对调|互换|交换|调换|换个位置|调个位置") || has("换一下(?!成)|换一换") && scenes.size() >= 2) {
            if (scenes.size() >= 2 && scenes.get(0) > 0 && scenes.get(1) > 0) {
                return calls(OpCall.of(Operation.SWAP_SCENES).with("a", scenes.get(0)).with("b", scenes.get(1)));
            }
            return Choices.askScene(OpCall.of(Operation.SWAP_SCENES), refs, false);
        }
        if (has("拆成|拆分|分成(?:两|2)|一分为二|分成两半|切成(?:两|2)|分开成")) {
            return withScene(OpCall.of(Operation.SPLIT_SCENE), scenes);
        }
        Matcher to = Pattern.compile("(?:放到|挪到|移到|移动到|调到|放在|排到)(?:第(\\d+)(?:个)?(?:位置|位)?|(最前面|最前|开头|第一个|最后面|最后|结尾|末尾))").matcher(t);
        if (!to.find() && has("挪一下|移一下|挪个位置|换个位置|挪动|移动一下|调一下位置|往前挪|往后挪") && scenes.size() == 1 && scenes.get(0) > 0) {
            // "第二个场景挪一下": which place it goes is the question
            List<Question.Choice> places = new ArrayList<>();
            refs.scenes().forEach(s -> places.add(new Question.Choice("第 " + s.number() + " 位（现在是 " + s.label() + "）", s.number())));
            return new Understanding.Ask(new Question(OpCall.of(Operation.MOVE_SCENE).with("scene", scenes.get(0)), Question.Slot.PLACE, places));
        }
        if (to.find(0)) {
            int count = refs.sceneCount();
            int target = to.group(1) != null ? Integer.parseInt(to.group(1)) : to.group(2).matches("最前面|最前|开头|第一个") ? 1 : count;
            String moving = t.substring(0, to.start());
            List<Integer> which = scenes(new Clause(moving, clause.source), refs);
            if (!which.isEmpty() && which.get(0) > 0) {
                return calls(OpCall.of(Operation.MOVE_SCENE).with("scene", which.get(0)).with("to", target));
            }
            return Choices.askScene(OpCall.of(Operation.MOVE_SCENE).with("to", target), refs, false);
        }
        boolean longer = has("长一点|加长|延长|多停留|多停|久一点|多留|多放|长些|拉长|长\\s*[\\d.]+\\s*seconds");
        boolean shorter = has("短一点|缩短|少停留|短些|快一点|减少|缩减|短点|短\\s*[\\d.]+\\s*seconds");
        boolean toLength = has("(?:缩短|加长|延长|缩|拉长|改|调|变|减)(?:到|成|为)\\s*[\\d.]+\\s*seconds");
        if (longer || shorter || has("(?:改成|变成|停留|停|显示|持续|保持|保留|只留|留|只放|放)\\s*[\\d.]+\\s*seconds")) {
            OpCall call = OpCall.of(Operation.SET_SCENE_LENGTH);
            List<Double> seconds = clause.seconds();
            if (!seconds.isEmpty() && toLength) {
                call = call.with("length_s", seconds.get(0));
            } else if (!seconds.isEmpty()) {
                call = longer || shorter ? call.with("change_s", shorter && !longer ? -seconds.get(0) : seconds.get(0)) : call.with("length_s", seconds.get(0));
            } else {
                call = call.with("change", shorter ? "shorter" : "longer");
            }
            return withScene(call, scenes);
        }
        if (has(REMOVE + "|删|剪掉")) {
            return withScene(OpCall.of(Operation.DELETE_SCENE), scenes);
        }
        return null;
    }

    /** A picture upload named with a scene: into it, or in as a new scene (在…后面/之间/最后 加/插入). */
    private Understanding media(Upload upload) {
        List<Integer> scenes = scenes(clause, refs);
        boolean insert = has("插入|加到|加在|放到.{0,3}(?:后面|前面|之间|最后|结尾)|后面加|之间|加上|添加|追加") && !has("换成|替换|换掉|用.{0,12}(?:换|替)");
        if (insert) {
            OpCall call = OpCall.of(Operation.INSERT_SCENE).with("media", upload.name());
            Integer after = null;
            if (has("标题后|片头后|开头|最前")) {
                after = 0;
            } else if (has("最后|结尾|末尾")) {
                after = refs.sceneCount();
            } else if (has("之间") && scenes.size() >= 2) {
                after = Math.min(scenes.get(0), scenes.get(1));
            } else if (!scenes.isEmpty() && scenes.get(0) > 0) {
                after = has("前面|之前") ? scenes.get(0) - 1 : scenes.get(0);
            }
            if (after == null) {
                return Choices.askScene(call, refs, false);
            }
            return Choices.withMute(calls(call.with("after", after)), muteAsked());
        }
        return Choices.withMute(withScene(OpCall.of(Operation.REPLACE_SCENE_MEDIA).with("media", upload.name()), scenes), muteAsked());
    }

    private boolean muteAsked() {
        return has("静音|原声关掉|关掉原声|去掉原声|不要原声|没有声音|原声去掉|把它的原声");
    }

    private static OpCall sceneCall(OpCall call, List<Integer> scenes) {
        return scenes.isEmpty() || scenes.get(0) <= 0 ? call : call.with("scene", scenes.get(0));
    }

    private Understanding withScene(OpCall call, List<Integer> scenes) {
        if (!scenes.isEmpty() && scenes.get(0) > 0) {
            return calls(call.with("scene", scenes.get(0)));
        }
        if (lastScene != null && (has("它|这个|这段|这张") || !before.isEmpty() || sceneJustNamed)) {
            return calls(call.with("scene", lastScene));
        }
        if (refs.sceneCount() == 1) {
            return calls(call.with("scene", 1));
        }
        return Choices.askScene(call, refs, false);
    }

    /** Uploads named: by file name, or by a Chinese name of what their file name says (店面视频 → storefront.mp4). */
    private List<Upload> uploadsNamed() {
        List<Upload> named = new ArrayList<>(refs.uploadsNamed(t));
        NAMES.forEach((chinese, english) -> {
            if (t.contains(chinese)) {
                for (Upload upload : refs.uploads()) {
                    if (upload.stem().contains(english) && !named.contains(upload)) {
                        named.add(upload);
                    }
                }
            }
        });
        return named;
    }

    /** Scenes a Chinese clause names: 第N个/段/张, 最后一个, 倒数第二个, 第一个, or by what they show (咖啡那段). */
    static List<Integer> scenes(Clause clause, Refs refs) {
        String t = clause.text;
        List<int[]> found = new ArrayList<>();
        int count = refs.sceneCount();
        Matcher numbered = Pattern.compile("倒数第(\\d+)(?:个|段|张)?|第(\\d+)(?:个|段|张|幕)?(?:镜头|场景|片段|画面|照片|图片)?|(?:镜头|场景|片段)(\\d+)").matcher(t);
        while (numbered.find()) {
            if (t.startsWith("位置", numbered.end()) || t.startsWith("位", numbered.end()) || t.substring(numbered.end()).matches("^\\s*seconds.*")) {
                continue;
            }
            int n = numbered.group(1) != null ? count + 1 - Integer.parseInt(numbered.group(1)) : Integer.parseInt(numbered.group(2) != null ? numbered.group(2) : numbered.group(3));
            found.add(new int[] {numbered.start(), n});
        }
        Matcher place = Pattern.compile("最后(?:一|1)?(?:个|段|张|幕)|最后的(?:镜头|画面|照片)|最后那(?:个|段|张)").matcher(t);
        while (place.find()) {
            found.add(new int[] {place.start(), count});
        }
        if (found.isEmpty() && t.matches(".*(?:和|跟|与|、).*")) {
            // Two things named ("面包那段和面包师那段"): each part on its own.
            for (String part : t.split("和|跟|与|、")) {
                List<Integer> one = refs.scenesAboutChinese(part);
                if (one.size() == 1 && found.stream().noneMatch(f -> f[1] == one.get(0))) {
                    found.add(new int[] {t.indexOf(part), one.get(0)});
                }
            }
            if (found.size() < 2) {
                found.clear();
            }
        }
        if (found.isEmpty()) {
            List<Integer> about = refs.scenesAboutChinese(t);
            if (about.size() == 1) {
                found.add(new int[] {0, about.get(0)});
            } else if (about.size() > 1) {
                // Two things named ("面包那段和面包师那段"): each part on its own.
                for (String part : t.split("和|跟|与|、")) {
                    List<Integer> one = refs.scenesAboutChinese(part);
                    if (one.size() == 1) {
                        found.add(new int[] {t.indexOf(part), one.get(0)});
                    }
                }
            }
        }
        if (found.isEmpty()) {
            // "把 coffee 那个场景挪到最前面", "beach 那张和 sunset 那张": English words of the narration or the file names.
            Matcher latin = Pattern.compile("[a-z][a-z'-]{2,}").matcher(t.replaceAll("\\d+(?:\\.\\d+)? (?:seconds|minutes)", " "));
            while (latin.find()) {
                List<Integer> one = refs.scenesAbout(List.of(latin.group()));
                if (one.size() == 1 && found.stream().noneMatch(f -> f[1] == one.get(0))) {
                    found.add(new int[] {latin.start(), one.get(0)});
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Integer> scenes = new ArrayList<>();
        for (int[] f : found) {
            if (!scenes.contains(f[1])) {
                scenes.add(f[1]);
            }
        }
        return scenes;
    }

    private static Understanding calls(OpCall call) {
        return new Understanding.Calls(List.of(call));
    }
}
