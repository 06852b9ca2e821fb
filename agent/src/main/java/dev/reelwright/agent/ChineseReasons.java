package dev.reelwright.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The edits' reasons (written in English in the draft module) as Chinese, for Chinese replies. */
final class ChineseReasons {
    private static final Map<Pattern, String> TABLE = new LinkedHashMap<>();

    static {
        put("there is no scene (\\d+): the video has (\\d+) scenes? \\(1.(\\d+)\\)", "没有第 $1 个镜头：视频只有 $2 个镜头（1–$3）");
        put("scene (\\d+) is the only scene; a video needs at least one", "第 $1 个镜头是唯一的镜头，视频至少要有一个");
        put("the video has no background music(?: to remove| to fade)?", "视频没有背景音乐");
        put("the video has no voiceover(?: to speed up or slow down)?", "视频没有配音");
        put("the video has no captions.*", "视频没有字幕：字幕来自旁白，这个视频没有旁白");
        put("the captions are on already", "字幕已经是打开的");
        put("the captions are off already", "字幕已经是关闭的");
        put("the video has no clips with their own sound", "视频里没有带原声的片段");
        put("scene (\\d+) shows no clip", "第 $1 个镜头不是视频片段");
        put("the video is already (\\S+).*", "视频已经是 $1 了");
        put("the video has no title.*", "视频还没有标题");
        put("the video has no end card", "视频没有片尾卡");
        put("scene (\\d+) can be at most (\\S+) s shorter without cutting its words", "第 $1 个镜头最多只能缩短 $2 秒，否则会剪掉旁白");
        put("scene (\\d+) already ends right after its words.*", "第 $1 个镜头在旁白结束后就切走了，再短会剪掉旁白；可以删除它、剪掉一段，或让配音说快一点");
        put("the shortest this video can be without cutting words is about (\\S+) s.*", "不剪掉旁白的话，视频最短约 $1 秒；可以删除镜头、剪掉一段，或让配音说快一点");
        put("there is no (?:photo or clip|audio file|photo|clip) called (\\S+) in the session.*", "会话里没有名为 $1 的文件，请先上传");
        put("there is no (?:photo or clip|audio file|photo|clip) in the session.*", "会话里还没有这类文件，请先上传");
        put("the voice stays clear from 0.7x to 1.6x.*", "配音语速只能在 0.7 到 1.6 倍之间");
        put("there is no (?:voice|male voice|female voice) for \\S+ here; the voices are (.*?); install.*",
                "这台机器上没有可换的声音（现有：$1）；安装 espeak-ng、flite 或 festival，或设置 REEL_TTS_URL，就能有更多声音（reel voices 会列出）");
        put("there is no (?:voice|male voice|female voice) for .*", "这台机器上没有能读这种语言的其他声音；安装 espeak-ng、flite 或 festival，或设置 REEL_TTS_URL");
        put("there is no voice called \"([^\"]+)\" here; (.*)", "没有名为“$1”的声音；用 reel voices 查看可用的声音");
        put("the narration is already spoken by (\\S+)", "旁白已经是 $1 的声音了");
        put("the voiceover is your own recording and the scenes keep no script.*", "配音是你上传的录音，镜头里没有可以让别的声音朗读的脚本");
        put("(\\S+) says scene (\\d+) more slowly than there is time for.*\"make scene \\d+ (\\d+) seconds longer\"\\)",
                "$1 读第 $2 个镜头比原来慢，放不下；先把这个镜头加长 $3 秒（“第 $2 个镜头加长 $3 秒”）再换声音");
        put("every scene shows a photo or clip.*", "每个镜头都是照片或视频片段，没有可以换色的设计背景");
        put("karaoke captions need each word's timing.*", "卡拉OK字幕需要每个字的时间：请选卡拉OK字幕重新生成视频");
        put("there is no (caption|overlay) (\\d+): the video has (\\d+).*", "没有第 $2 条文字：视频只有 $3 条");
    }

    static {
        put("there is no video yet to edit.*", "还没有视频可以修改：先发脚本或上传照片，再说“做一个视频”");
        put("there is no video yet to export.*", "还没有视频可以导出：先做一个视频");
        put("Reelwright does not post to accounts.*", "我不能替你发布到平台账号：先说“导出”拿到 MP4，再自己上传");
        put("Reelwright does not fetch songs.*", "我不能从视频网站或音乐平台下载歌曲（那些歌也不能随便用）：请上传你有权使用的音频文件，或者说想要的风格，比如“轻松的音乐”“lo-fi 音乐”");
        put("exports are MP4 .*", "只能导出 MP4（H.264 + AAC），分辨率 1080p、720p 或 480p；比如说“导出1080p”");
    }

    private ChineseReasons() {
    }

    private static void put(String english, String chinese) {
        TABLE.put(Pattern.compile(english), chinese);
    }

    static String translate(String reason) {
        for (Map.Entry<Pattern, String> entry : TABLE.entrySet()) {
            Matcher m = entry.getKey().matcher(reason);
            if (m.matches()) {
                return m.replaceAll(entry.getValue());
            }
        }
        return reason;
    }
}
