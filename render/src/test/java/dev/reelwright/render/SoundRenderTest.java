package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.render.audio.SoundMeasure;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mix, decoded from the MP4 and measured. */
class SoundRenderTest {
    @TempDir
    Path dir;

    private static String mix(long durationMs, String audioTracks) {
        return """
                {"v":1,"m":{"w":64,"h":36,"fps":10},"d":%d,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"c","s":0,"d":%d,"m":{"color":"#202020"}}]},%s]}
                """.formatted(durationMs, durationMs, audioTracks);
    }

    @Test
    void quietMusicIsRaisedToMinus14LufsUnderTheTruePeakCeiling() throws Exception {
        TestMedia.tone(dir.resolve("quiet.wav"), 4, 330, 0.03);
        DecodedVideo video = Renders.render(dir, mix(4000,
                "{\"id\":\"m\",\"tt\":1,\"m\":{\"role\":\"bgm\"},\"sg\":[{\"id\":\"b\",\"s\":0,\"d\":4000,\"src\":\"media:quiet.wav\"}]}"));
        assertEquals(-14, SoundMeasure.integratedLufs(video.sound), 1.0);
        assertTrue(SoundMeasure.truePeakDbtp(video.sound) <= -1.0, "true peak " + SoundMeasure.truePeakDbtp(video.sound));
    }

    @Test
    void loudPeakySoundIsLimitedBelowMinus1Dbtp() throws Exception {
        float[] peaky = new float[2 * 48_000 * 4];
        for (int i = 0; i < peaky.length / 2; i++) {
            double t = i / 48_000.0;
            float v = (float) (0.05 * Math.sin(2 * Math.PI * 200 * t) + (i % 24_000 < 200 ? 0.99 * Math.signum(Math.sin(2 * Math.PI * 3000 * t)) : 0));
            peaky[2 * i] = v;
            peaky[2 * i + 1] = v;
        }
        TestMedia.wav(dir.resolve("peaky.wav"), peaky);
        DecodedVideo video = Renders.render(dir, mix(4000,
                "{\"id\":\"m\",\"tt\":1,\"m\":{\"role\":\"sfx\"},\"sg\":[{\"id\":\"b\",\"s\":0,\"d\":4000,\"src\":\"media:peaky.wav\"}]}"));
        assertTrue(SoundMeasure.truePeakDbtp(video.sound) <= -1.0, "true peak " + SoundMeasure.truePeakDbtp(video.sound));
        assertEquals(-14, SoundMeasure.integratedLufs(video.sound), 1.0);
    }

    @Test
    void musicDucksAtLeast10DbUnderTheVoiceAndComesBack() throws Exception {
        TestMedia.tone(dir.resolve("music.wav"), 5, 3000, 0.2);
        TestMedia.speech(dir.resolve("voice.wav"), 5, 1000, 2000, 180, 60);
        DecodedVideo video = Renders.render(dir, mix(5000, """
                {"id":"m","tt":1,"m":{"role":"bgm"},"sg":[{"id":"b","s":0,"d":5000,"src":"media:music.wav","m":{"vol":0.5,"duck":true}}]},
                {"id":"vo","tt":1,"m":{"role":"voice"},"sg":[{"id":"s","s":0,"d":5000,"src":"media:voice.wav"}]}"""));
        double before = video.toneDb(3000, 300, 800);
        double during = video.toneDb(3000, 1300, 1800);
        double after = video.toneDb(3000, 4000, 4800);
        assertTrue(before - during >= 10, "ducked by " + (before - during) + " dB");
        assertEquals(before, after, 1.0, "back up after the voice");
    }

    @Test
    void cutsAreFadedSoTheyDoNotClick() throws Exception {
        TestMedia.tone(dir.resolve("a.wav"), 2, 440, 0.5);
        TestMedia.tone(dir.resolve("b.wav"), 2, 440, 0.5);
        // The second segment starts a quarter period into its tone: without fades the join jumps.
        DecodedVideo video = Renders.render(dir, mix(2000, """
                {"id":"m","tt":1,"m":{"role":"sfx"},"sg":[{"id":"x","s":0,"d":1000,"src":"media:a.wav"},
                  {"id":"y","s":1000,"d":1000,"src":"media:b.wav","in":1}]}"""));
        double steady = maxStep(video, 400, 900);
        double join = maxStep(video, 990, 1010);
        assertTrue(join <= steady * 1.1, "largest sample step at the join " + join + " vs steady " + steady);
        assertTrue(video.levelDb(995, 1005) < video.levelDb(500, 900) - 3, "a dip at the join");
    }

    @Test
    void fadeOutEndsTheMusicQuietly() throws Exception {
        TestMedia.tone(dir.resolve("music.wav"), 3, 440, 0.3);
        DecodedVideo video = Renders.render(dir, mix(3000,
                "{\"id\":\"m\",\"tt\":1,\"m\":{\"role\":\"bgm\"},\"sg\":[{\"id\":\"b\",\"s\":0,\"d\":3000,\"src\":\"media:music.wav\",\"m\":{\"fadeOut\":1500}}]}"));
        assertTrue(video.levelDb(2850, 2950) < video.levelDb(500, 1000) - 15, "quiet at the end");
    }

    @Test
    void readsMp3M4aAndAacSources() throws Exception {
        for (String format : new String[] {"mp3", "m4a", "aac"}) {
            Path file = encodeTone(dir.resolve("tone." + format), format);
            DecodedVideo video = Renders.render(dir, mix(1500, ("{\"id\":\"m\",\"tt\":1,\"m\":{\"role\":\"bgm\"},\"sg\":"
                    + "[{\"id\":\"b\",\"s\":0,\"d\":1500,\"src\":\"media:%s\"}]}").formatted(file.getFileName())));
            assertTrue(video.toneDb(440, 300, 1200) > -30, format + " tone heard: " + video.toneDb(440, 300, 1200));
        }
    }

    /** A 2 s 440 Hz tone in {@code format}, written by FFmpeg. */
    private static Path encodeTone(Path file, String format) throws Exception {
        try (org.bytedeco.javacv.FFmpegFrameRecorder recorder = new org.bytedeco.javacv.FFmpegFrameRecorder(file.toString(), 2)) {
            recorder.setFormat(format.equals("m4a") ? "ipod" : format.equals("aac") ? "adts" : "mp3");
            recorder.setAudioCodec(format.equals("mp3") ? org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MP3
                    : org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(44_100);
            recorder.setAudioBitrate(128_000);
            recorder.start();
            float[] tone = new float[2 * 44_100 * 2];
            for (int i = 0; i < tone.length / 2; i++) {
                tone[2 * i] = tone[2 * i + 1] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 44_100.0));
            }
            recorder.recordSamples(44_100, 2, java.nio.FloatBuffer.wrap(tone));
            recorder.stop();
        }
        return file;
    }

    private static double maxStep(DecodedVideo video, double fromMs, double toMs) {
        int from = (int) (fromMs * 48);
        int to = (int) (toMs * 48);
        double max = 0;
        for (int i = from + 1; i < to; i++) {
            max = Math.max(max, Math.abs(video.sound[2 * i] - video.sound[2 * i - 2]));
        }
        return max;
    }
}
