package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Question;
import dev.reelwright.agent.Understanding;
import dev.reelwright.agent.Upload;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.draft.edit.Texts;
import java.util.ArrayList;
import java.util.List;

/** What both languages' rules share: the options a question offers, the voice among audio uploads, muting a clip just put in. */
final class Choices {
    private Choices() {
    }

    static Understanding askScene(OpCall call, Refs refs, boolean withStart) {
        List<Question.Choice> choices = new ArrayList<>();
        if (withStart) {
            choices.add(new Question.Choice("before scene 1", 0));
        }
        refs.scenes().forEach(scene -> choices.add(new Question.Choice(scene.label(), scene.number())));
        return new Understanding.Ask(new Question(call, Question.Slot.SCENE, choices));
    }

    static Understanding askText(OpCall call, Refs refs) {
        List<Question.Choice> choices = new ArrayList<>();
        for (TrackRole role : List.of(TrackRole.TITLE, TrackRole.OVERLAY)) {
            for (Texts.Item item : refs.texts(role)) {
                choices.add(new Question.Choice(item.label(), item.segment().id()));
            }
        }
        return new Understanding.Ask(new Question(call, Question.Slot.TEXT_TARGET, choices));
    }

    static Understanding askMedia(OpCall call, List<Upload> uploads) {
        return new Understanding.Ask(new Question(call, Question.Slot.MEDIA, uploads.stream().map(u -> new Question.Choice(u.name(), u.name())).toList()));
    }

    /** "Use my recording": the audio named, or the one upload that sounds like a voice, or a question which. */
    static Understanding recording(List<Upload> audio, Refs refs) {
        List<Upload> named = audio.isEmpty() ? voiceLike(refs.uploadsOf(Upload.Kind.AUDIO), refs) : audio;
        OpCall call = OpCall.of(Operation.REPLACE_VOICEOVER);
        if (named.size() == 1) {
            return new Understanding.Calls(List.of(call.with("media", named.get(0).name())));
        }
        return named.isEmpty() ? new Understanding.Calls(List.of(call)) : askMedia(call, named);
    }

    /** Audio uploads that sound like a voice recording, when there are several: not the jingle or the music. */
    static List<Upload> voiceLike(List<Upload> audio, Refs refs) {
        if (audio.size() <= 1) {
            return audio;
        }
        List<Upload> voices = audio.stream().filter(u -> u.stem().matches(".*(?:voice|vo\\b|narrat|record|speech|mic|take|read).*")).toList();
        if (!voices.isEmpty()) {
            return voices;
        }
        List<Upload> notMusic = audio.stream().filter(u -> !u.stem().matches(".*(?:music|jingle|song|beat|bgm|track|loop|theme).*") && !refs.inDraft(u)).toList();
        return notMusic.isEmpty() ? audio : notMusic;
    }

    /** "... without its sound": the clip just put in (replacing a scene's picture or as a new scene) is muted too. */
    static Understanding withMute(Understanding understood, boolean muteAsked) {
        if (!(understood instanceof Understanding.Calls found) || !muteAsked) {
            return understood;
        }
        OpCall placed = found.calls().get(0);
        Integer scene = placed.op() == Operation.INSERT_SCENE ? (placed.integer("after") == null ? null : placed.integer("after") + 1) : placed.integer("scene");
        List<OpCall> calls = new ArrayList<>(found.calls());
        calls.add(OpCall.of(Operation.MUTE_CLIP_AUDIO).with("scene", scene));
        return new Understanding.Calls(calls);
    }
}
