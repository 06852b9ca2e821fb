package dev.reelwright.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Turns whose words could be misread: long quoted text is text, not a new script; odd numbers and answers never crash or mislead. */
class AgentTurnsTest {
    private static Draft made() throws Exception {
        return DraftCodec.parse(Files.readString(Path.of("src/test/resources/drafts/made.json")));
    }

    private static Understanding understand(String message) throws Exception {
        return new Agent().understand(message, TurnContext.of(made(), List.of()));
    }

    @Test
    void longQuotedTextOnADraftIsAnEdit() throws Exception {
        OpCall add = ((Understanding.Calls) understand("add the text 'Fresh bread every morning from our stone oven' at the bottom")).calls().get(0);
        assertEquals(Operation.ADD_TEXT, add.op());
        assertEquals("Fresh bread every morning from our stone oven", add.text("text"));
        OpCall end = ((Understanding.Calls) understand("change the end card to: Visit us on Main Street every weekend for fresh bread")).calls().get(0);
        assertEquals(Operation.EDIT_TEXT, end.op());
        assertEquals("end", end.text("target"));
    }

    @Test
    void aPastedScriptKeepsItsLines() throws Exception {
        String script = "# Urban Lights\n\nThe city wakes up before the sun.\nCoffee carts open on every corner.";
        OpCall make = ((Understanding.Calls) new Agent().understand("Make a video from this script:\n" + script, TurnContext.of(null, List.of())))
                .calls().get(0);
        assertEquals(Operation.GENERATE_VIDEO_FROM_SCRIPT, make.op());
        assertEquals(script, make.text("script"));
    }

    @Test
    void itAfterAnUploadIsTheUploadedPhoto() throws Exception {
        Upload photo = new Upload("harbour.png", Upload.Kind.PHOTO, "/tmp/harbour.png", null, 640, 480);
        OpCall use = ((Understanding.Calls) new Agent().understand("use it in scene 2", TurnContext.of(made(), List.of(photo)))).calls().get(0);
        assertEquals(Operation.REPLACE_SCENE_MEDIA, use.op());
        assertEquals("harbour.png", use.text("media"));
        assertEquals(2, use.integer("scene"));
        assertTrue(new Agent().understand("use it in scene 2", TurnContext.of(made(), List.of())) instanceof Understanding.Unknown
                || !(new Agent().understand("use it in scene 2", TurnContext.of(made(), List.of())) instanceof Understanding.Calls calls
                && calls.calls().get(0).op() == Operation.REPLACE_SCENE_MEDIA), "without an upload, 'it' is no photo");
    }

    @Test
    void hugeNumbersAndOddWordsAreNotUnderstoodRatherThanACrash() throws Exception {
        assertTrue(understand("move scene 2 to 99999999999") instanceof Understanding.Unknown
                || understand("move scene 2 to 99999999999") instanceof Understanding.Ask);
        assertTrue(understand("") instanceof Understanding.Unknown);
        assertTrue(understand("🎬🎬🎬") instanceof Understanding.Unknown);
        assertTrue(understand("...") instanceof Understanding.Unknown);
    }

    @Test
    void aFullRequestAfterBeingAskedForAScriptIsReadWhole() throws Exception {
        Agent agent = new Agent();
        Understanding.Ask ask = (Understanding.Ask) agent.understand("make a video about coffee", TurnContext.of(null, List.of()));
        TurnContext waiting = new TurnContext(null, List.of(), "en", ask.question());
        OpCall make = ((Understanding.Calls) agent.understand("turn my script into a 20-second video with calm music: Every morning starts"
                + " with a choice. Our beans are roasted in small batches. Try Brewline today.", waiting)).calls().get(0);
        assertEquals("Every morning starts with a choice. Our beans are roasted in small batches. Try Brewline today.", make.text("script"));
        assertEquals(20.0, make.number("duration_s"));
        assertEquals("calm", make.text("mood"));
        OpCall answered = ((Understanding.Calls) agent.understand("Coffee wakes the city. Every cup starts with a bean grown on a hill.", waiting))
                .calls().get(0);
        assertEquals("Coffee wakes the city. Every cup starts with a bean grown on a hill.", answered.text("script"));
    }

    @Test
    void chineseRepliesNameTheTracksInChinese() throws Exception {
        String summary = Replies.summary(made(), Language.ZH);
        assertTrue(summary.startsWith("时间线（6 条轨道）：1. 画面："), summary);
        assertTrue(summary.contains("字幕：10 条") && summary.contains("背景音乐：upbeat"), summary);
        String refused = new Agent().run(new Agent().understand("加一条会飞的龙", TurnContext.of(made(), List.of())), TurnContext.of(made(), List.of()),
                Studio.none(), SessionActions.none(), TurnListener.quiet(), Language.ZH).reply();
        assertTrue(refused.startsWith("这个超出了剪辑能做的范围") && !refused.contains("没听懂"), refused);
    }

    @Test
    void whatIsAlreadySoIsSaidAndTheRestOfTheRequestIsDone() throws Exception {
        Draft made = made();
        TurnContext context = TurnContext.of(made, List.of());
        Agent agent = new Agent();
        String aspect = made.meta().widthPx() > made.meta().heightPx() ? "16:9" : "9:16";
        TurnResult both = agent.run(agent.understand("make it " + aspect + " and turn the music down", context), context, Studio.none(),
                SessionActions.none(), TurnListener.quiet(), Language.EN);
        assertTrue(both.save() && !both.refused(), both.reply());
        assertEquals(List.of(Operation.SET_VOLUME), both.done().stream().map(OpCall::op).toList(), "the music change is made");
        assertTrue(both.reply().contains("already " + aspect) && both.reply().contains("nothing to change"), both.reply());

        TurnResult only = agent.run(agent.understand("make it " + aspect, context), context, Studio.none(), SessionActions.none(),
                TurnListener.quiet(), Language.EN);
        assertTrue(!only.save() && only.done().isEmpty() && !only.edited(), "nothing saved, nothing charged: " + only.reply());
        assertTrue(only.reply().contains("already " + aspect), only.reply());
    }

    @Test
    void anAnswerIsReadByWholeWords() throws Exception {
        Agent agent = new Agent();
        TurnContext context = TurnContext.of(made(), List.of());
        Understanding.Ask ask = (Understanding.Ask) agent.understand("delete that scene", context);
        TurnContext waiting = new TurnContext(made(), List.of(), "en", ask.question());
        // "breakfast" holds "last", but it names no scene: no scene is chosen by it.
        Understanding answer = agent.understand("the breakfast one", waiting);
        assertTrue(!(answer instanceof Understanding.Calls calls) || calls.calls().get(0).integer("scene") == null
                || calls.calls().get(0).integer("scene") != 5, answer.toString());
        Understanding third = agent.understand("the third one", waiting);
        assertEquals(3, ((Understanding.Calls) third).calls().get(0).integer("scene"));
    }
}
