package dev.reelwright.agent;

import dev.reelwright.agent.parse.ChineseParser;
import dev.reelwright.agent.parse.ChineseText;
import dev.reelwright.agent.parse.EnglishParser;
import dev.reelwright.agent.parse.Refs;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftException;
import dev.reelwright.draft.edit.Edit;
import dev.reelwright.draft.edit.EditException;
import dev.reelwright.draft.edit.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The chat agent: a message and the session's context to operations on the draft, a video made,
 * or one question, and a reply in the session's language that says what changed. Rules by
 * default; with a language model configured it proposes the same operations first, checked like
 * any others, and the rules answer whenever it fails.
 */
public final class Agent {
    private final Optional<LlmPlanner> llm;
    private final AtomicInteger calls = new AtomicInteger();

    public Agent() {
        this(Optional.empty());
    }

    public Agent(Optional<LlmPlanner> llm) {
        this.llm = llm;
    }

    /** What the message asks, in context: the answer to an open question, or a new request. */
    public Understanding understand(String message, TurnContext context) {
        Refs refs = new Refs(context);
        if (context.pending() != null && context.pending().slot() == Question.Slot.SCRIPT) {
            // "turn my script into a 20-second video: ..." after being asked for a script is a whole request of its own.
            Understanding fresh = rules(message, refs);
            if (fresh instanceof Understanding.Calls calls && calls.calls().stream().anyMatch(c -> c.has("script"))) {
                return fresh;
            }
        }
        if (context.pending() != null) {
            Optional<OpCall> answered = Answers.answer(context.pending(), message, refs);
            if (answered.isPresent()) {
                return new Understanding.Calls(List.of(answered.get()));
            }
        }
        if (llm.isPresent()) {
            Optional<Understanding> proposed = llm.get().propose(message, context);
            if (proposed.isPresent()) {
                return fitted(proposed.get(), context, message);
            }
        }
        Understanding understood = fitted(rules(message, refs), context, message);
        if (llm.isPresent() && understood instanceof Understanding.Ask ask && ask.question().slot() == Question.Slot.SCRIPT) {
            // A topic without a script: with a language model, it writes one, shown in the reply.
            Double seconds = ask.question().pending().number("duration_s");
            Optional<String> script = llm.get().writeScript(message, seconds == null ? null : Math.round(seconds));
            if (script.isPresent() && !script.get().isBlank()) {
                String note = (Language.of(context.language(), message) == Language.ZH ? "我写的脚本：" : "Here is the script I wrote: ") + script.get();
                return new Understanding.Calls(List.of(ask.question().pending().with("script", script.get())), note);
            }
        }
        return understood;
    }

    /**
     * With a language model, a script asked for at a length it is far too long for is rewritten to
     * fit (shown in the reply); without one, the director speaks faster and says by how much it is over.
     */
    private Understanding fitted(Understanding understood, TurnContext context, String message) {
        if (llm.isEmpty() || !(understood instanceof Understanding.Calls plan)) {
            return understood;
        }
        List<OpCall> calls = new ArrayList<>();
        String note = plan.note();
        for (OpCall call : plan.calls()) {
            Double seconds = call.number("duration_s");
            String script = call.text("script");
            if (call.op() == Operation.GENERATE_VIDEO_FROM_SCRIPT && seconds != null && script != null
                    && ChineseText.words(script) / LlmPlanner.WORDS_PER_SECOND > seconds * 1.25) {
                Optional<String> shorter = llm.get().fitScript(script, seconds);
                if (shorter.isPresent()) {
                    call = call.with("script", shorter.get());
                    String said = (Language.of(context.language(), message) == Language.ZH ? "为了放进 " + Math.round(seconds) + " 秒，我把脚本改短了："
                            : "To fit " + Math.round(seconds) + " seconds I shortened the script: ") + shorter.get();
                    note = note == null ? said : note + " " + said;
                }
            }
            calls.add(call);
        }
        return new Understanding.Calls(calls, note);
    }

    /** The rules alone (what {@link #understand} falls back to). */
    public static Understanding rules(String message, Refs refs) {
        try {
            return Language.isChinese(message) ? new ChineseParser(refs).parse(message) : new EnglishParser(refs).parse(message);
        } catch (NumberFormatException e) {
            return new Understanding.Unknown(); // "move scene 2 to 99999999999": a number past any scene
        }
    }

    /** Carries out what was understood, telling {@code listener} each step, and words the reply. */
    public TurnResult run(Understanding understood, TurnContext context, Studio studio, SessionActions session, TurnListener listener,
                          Language lang) {
        Draft draft = context.draft();
        if (understood instanceof Understanding.Ask ask) {
            return new TurnResult(draft, false, ask.question(), Replies.question(ask.question(), lang), List.of(), false);
        }
        if (understood instanceof Understanding.Refuse refuse) {
            String why = refuse.reason() != null ? Replies.cannot(refuse.reason(), lang) : Replies.impossible(lang);
            return new TurnResult(draft, false, null, why + " " + Replies.suggestions(lang), List.of(), true);
        }
        if (!(understood instanceof Understanding.Calls plan)) {
            return new TurnResult(draft, false, null, Replies.unknown(lang, draft != null), List.of(), true);
        }
        Resolver resolver = new Resolver(context.uploads(), studio);
        List<String> said = new ArrayList<>();
        if (plan.note() != null) {
            said.add(plan.note());
        }
        List<OpCall> done = new ArrayList<>();
        boolean save = false;
        boolean summary = false;
        Draft working = draft;
        Draft kept = null;
        boolean keptIsNew = false;
        List<OpCall> doneBeforeKept = List.of();
        for (OpCall call : plan.calls()) {
            String id = "call_" + calls.incrementAndGet();
            try {
                if (call.op().kind() == Operation.Kind.EDIT) {
                    if (working == null) {
                        return refused(draft, Replies.cannot("there is no video yet to edit;"
                                + " send a script or upload photos and say \u201cmake a video\u201d", lang), done);
                    }
                    listener.called(id, call);
                    Draft before = working;
                    for (Edit edit : resolver.edits(call, working)) {
                        working = Edit.apply(edit, working);
                    }
                    save = true;
                    said.add(Replies.done(call, before, working, lang));
                    listener.answered(id, call, response("ok", working));
                } else {
                    switch (call.op()) {
                        case UNDO, REDO -> {
                            boolean undo = call.op() == Operation.UNDO;
                            listener.called(id, call);
                            working = undo ? session.undo() : session.redo();
                            save = false;
                            kept = working;
                            keptIsNew = false;
                            said.add(undo ? (lang == Language.ZH ? "已撤销上一步。" : "Undone: back to the version before the last change.")
                                    : (lang == Language.ZH ? "已恢复刚才撤销的修改。" : "Redone: the change is back."));
                            listener.answered(id, call, response("ok", working));
                        }
                        case SHOW_TIMELINE -> summary = true;
                        case EXPORT_VIDEO -> {
                            if (working == null) {
                                return refused(draft, Replies.cannot("there is no video yet to export", lang), done);
                            }
                            listener.called(id, call);
                            String where = session.export(working, call.text("resolution"));
                            said.add(lang == Language.ZH ? "已开始导出（任务 " + where + "），完成后可以下载。"
                                    : "Export started (" + where + "); it can be downloaded when it is done.");
                            Map<String, Object> response = new LinkedHashMap<>();
                            response.put("status", "started");
                            response.put("render_id", where);
                            listener.answered(id, call, response);
                        }
                        default -> {
                            session.prepare(call);
                            listener.called(id, call);
                            SessionActions.Generated made = session.generate(call, stage -> listener.progress(stage));
                            working = made.draft();
                            save = true;
                            kept = working;
                            keptIsNew = true;
                            if (made.text() != null && !made.text().isBlank()) {
                                said.add(made.text());
                            }
                            said.add(lang == Language.ZH ? "视频已做好（" + Replies.seconds(working) + " 秒），可以直接导出，或者告诉我要改什么。"
                                    : "Your " + Replies.seconds(working) + "-second video is ready to export, or tell me what to change.");
                            said.addAll(Replies.roles(call, context.uploads(), lang));
                            made.warnings().forEach(w -> said.add((lang == Language.ZH ? "注意：" : "Note: ") + w + "."));
                            Map<String, Object> response = response("ok", working);
                            response.put("warnings", made.warnings());
                            listener.answered(id, call, response);
                        }
                    }
                }
                done.add(call);
                if (kept == working) {
                    doneBeforeKept = List.copyOf(done);
                }
            } catch (EditException unchanged) {
                if (!unchanged.isAlreadySo()) {
                    return refusedAt(unchanged.getMessage(), id, call, listener, said, kept, keptIsNew, doneBeforeKept, done, draft, lang);
                }
                // Already so: said, and the rest of the request goes on.
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("status", "unchanged");
                response.put("reason", unchanged.getMessage());
                listener.answered(id, call, response);
                said.add(Replies.alreadySo(unchanged.getMessage(), lang));
            } catch (DraftException e) {
                return refusedAt(e.getMessage(), id, call, listener, said, kept, keptIsNew, doneBeforeKept, done, draft, lang);
            }
        }
        StringBuilder reply = new StringBuilder(String.join(" ", said));
        if (working != null && (summary || !said.isEmpty())) {
            reply.append(reply.length() > 0 ? " " : "").append(Replies.summary(working, lang));
        }
        return new TurnResult(working, save, null, reply.toString().strip(), done, false);
    }

    /**
     * A call that cannot be made: what cannot be undone stays (the video made and paid for, or the
     * version undo or redo moved to); everything else of the request is left unsaved.
     */
    private static TurnResult refusedAt(String reason, String id, OpCall call, TurnListener listener, List<String> said, Draft kept,
                                        boolean keptIsNew, List<OpCall> doneBeforeKept, List<OpCall> done, Draft draft, Language lang) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", "refused");
        response.put("reason", reason);
        listener.answered(id, call, response);
        if (kept != null) {
            // What cannot be undone stays: the video made (and paid for), or the version undo/redo moved to.
            String rest = lang == Language.ZH ? " 这之后的修改没有做。" : " The changes after it were not made.";
            said.add(Replies.cannot(reason, lang) + rest);
            return new TurnResult(kept, keptIsNew, null, String.join(" ", said) + " " + Replies.summary(kept, lang), doneBeforeKept, false);
        }
        String nothing = done.isEmpty() ? "" : (lang == Language.ZH ? " 这一轮的其他修改也没有保存。" : " Nothing else of this request was changed either.");
        return refused(draft, Replies.cannot(reason, lang) + nothing, List.of());
    }

    private static TurnResult refused(Draft draft, String reply, List<OpCall> done) {
        return new TurnResult(draft, false, null, reply, done, true);
    }

    private static Map<String, Object> response(String status, Draft draft) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", status);
        if (draft != null) {
            response.put("duration_s", draft.contentEndMs() / 1000.0);
            response.put("summary", dev.reelwright.draft.TimelineSummary.of(draft));
        }
        return response;
    }
}
