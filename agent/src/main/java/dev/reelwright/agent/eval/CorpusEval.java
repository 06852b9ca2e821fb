package dev.reelwright.agent.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.agent.Agent;
import dev.reelwright.agent.Language;
import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.SessionActions;
import dev.reelwright.agent.Studio;
import dev.reelwright.agent.TurnContext;
import dev.reelwright.agent.TurnListener;
import dev.reelwright.agent.TurnResult;
import dev.reelwright.agent.Understanding;
import dev.reelwright.agent.Upload;
import dev.reelwright.director.voice.Speech;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the agent over the evaluation corpus and says, case by case, whether it did what was
 * expected: the operations (in order, with the arguments the case lists), the question, or the
 * refusal. The starting drafts are {@code made.json} and {@code photos.json} beside the corpus.
 */
public final class CorpusEval {
    /** One case's outcome. */
    public record Outcome(CorpusCase testCase, boolean passed, String got, double millis) {
    }

    private final Map<String, Draft> drafts;
    private final Agent agent = new Agent();

    public CorpusEval(Path draftsFolder) throws IOException {
        this.drafts = Map.of("made", DraftCodec.parse(Files.readString(draftsFolder.resolve("made.json"))),
                "photos", DraftCodec.parse(Files.readString(draftsFolder.resolve("photos.json"))));
    }

    public static List<CorpusCase> load(Path corpusFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<CorpusCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(corpusFile)) {
            if (!line.isBlank()) {
                cases.add(CorpusCase.from(json.readTree(line)));
            }
        }
        return cases;
    }

    public List<Outcome> run(List<CorpusCase> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        for (CorpusCase testCase : cases) {
            outcomes.add(run(testCase));
        }
        return outcomes;
    }

    public Outcome run(CorpusCase testCase) {
        Draft draft = drafts.get(testCase.draft());
        TurnContext context = new TurnContext(draft, uploads(testCase), testCase.id().matches("(?:.*-)?zh-.*") ? "zh" : "en", null);
        long start = System.nanoTime();
        Understanding understood = agent.understand(testCase.text(), context);
        TurnResult result = agent.run(understood, context, FAKE_STUDIO, new FakeSession(draft), TurnListener.quiet(),
                Language.of(context.language(), testCase.text()));
        double millis = (System.nanoTime() - start) / 1e6;
        String got = describe(understood, result);
        return new Outcome(testCase, judge(testCase.expected(), result), got, millis);
    }

    private static boolean judge(CorpusCase.Expected expected, TurnResult result) {
        if (expected instanceof CorpusCase.AQuestion) {
            return result.question() != null;
        }
        if (expected instanceof CorpusCase.ARefusal) {
            return result.refused() && result.question() == null;
        }
        List<Map<String, Object>> ops = ((CorpusCase.Ops) expected).ops();
        if (result.refused() || result.question() != null || result.done().size() != ops.size()) {
            return false;
        }
        for (int i = 0; i < ops.size(); i++) {
            if (!matches(ops.get(i), result.done().get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(Map<String, Object> expected, OpCall call) {
        if (!call.op().toolName().equals(expected.get("op"))) {
            return false;
        }
        for (Map.Entry<String, Object> arg : expected.entrySet()) {
            String name = arg.getKey();
            if (name.equals("op")) {
                continue;
            }
            Object want = arg.getValue();
            Object have = call.args().get(name);
            if (call.op().toolName().equals("swap_scenes") && (name.equals("a") || name.equals("b"))) {
                Object a = expected.get("a");
                Object b = expected.get("b");
                if (same(a, call.args().get("a")) && same(b, call.args().get("b")) || same(a, call.args().get("b")) && same(b, call.args().get("a"))) {
                    continue;
                }
                return false;
            }
            if (!same(want, have)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object want, Object have) {
        if (want == null || have == null) {
            return want == have;
        }
        if (want instanceof Number w) {
            return have instanceof Number h && Math.abs(w.doubleValue() - h.doubleValue()) < 0.011;
        }
        return want.toString().toLowerCase(Locale.ROOT).equals(have.toString().toLowerCase(Locale.ROOT));
    }

    private static String describe(Understanding understood, TurnResult result) {
        if (result.question() != null) {
            return "question(" + result.question().slot() + ")";
        }
        if (result.refused()) {
            return "refused: " + result.reply();
        }
        return result.done().stream().map(c -> c.op().toolName() + c.args()).toList().toString();
    }

    /** The uploads a case has: its own list, or the fixture draft's. */
    static List<Upload> uploads(CorpusCase testCase) {
        List<String> names = switch (testCase.draft()) {
            case "made" -> List.of("croissant.jpg", "storefront.mp4", "voiceover.mp3", "jingle.mp3", "script.docx");
            case "photos" -> List.of("beach.jpg", "dunes.jpg", "pier.jpg", "sunset.jpg", "surf.mp4", "voiceover.mp3");
            default -> List.of();
        };
        List<String> all = new ArrayList<>(names);
        testCase.uploads().stream().filter(u -> !all.contains(u)).forEach(all::add);
        return all.stream().map(name -> {
            Upload.Kind kind = Upload.kindOf(name);
            Long duration = kind == Upload.Kind.CLIP ? Long.valueOf(6_000) : kind == Upload.Kind.AUDIO ? Long.valueOf(24_000) : null;
            return new Upload(name, kind, "media:" + name, duration, kind == Upload.Kind.DOCUMENT || kind == Upload.Kind.AUDIO ? null : 1920,
                    kind == Upload.Kind.DOCUMENT || kind == Upload.Kind.AUDIO ? null : 1080);
        }).toList();
    }

    private static final Studio FAKE_STUDIO = new Studio() {
        public String music(String mood, long lengthMs) {
            return "media:music-" + mood + ".wav";
        }

        public String voiceAt(String source, double speed) {
            return "media:voice-x" + speed + ".wav";
        }

        public List<Voice> voices() {
            return FAKE_VOICES;
        }

        public String saveVoice(String stem, float[] samples) {
            return "media:" + stem + ".wav";
        }
    };

    /** A woman's and a man's voice that say every word as 300 ms of silence: enough to judge "use a male voice". */
    private static final List<Voice> FAKE_VOICES = List.of(new QuietVoice("cmu-slt-hsmm"), new QuietVoice("flite/kal"));

    private record QuietVoice(String name) implements Voice {
        public java.util.Locale locale() {
            return java.util.Locale.US;
        }

        public Speech speak(String text) {
            String[] words = text.strip().split("\\s+");
            List<WordTiming> timings = new java.util.ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                timings.add(new WordTiming(words[i], i * 300L, i * 300L + 250));
            }
            return new Speech(new float[words.length * 300 * 16], 16_000, timings);
        }
    }

    /** Undo and redo give the draft back; exports and makes answer at once. */
    private record FakeSession(Draft draft) implements SessionActions {
        public Draft undo() {
            return draft;
        }

        public Draft redo() {
            return draft;
        }

        public String export(Draft d, String resolution) {
            return "render_1";
        }

        public Generated generate(OpCall call, Consumer<String> stage) {
            Draft made = draft;
            if (made == null) {
                made = DraftCodec.parse("{\"v\":1,\"m\":{\"w\":640,\"h\":360,\"fps\":30},\"d\":1000,\"t\":[{\"id\":\"v\",\"tt\":0,\"sg\":[{\"id\":\"c\",\"s\":0,\"d\":1000,\"m\":{\"color\":\"#000000\"}}]}]}");
            }
            return new Generated(made, null, List.of());
        }
    }
}
