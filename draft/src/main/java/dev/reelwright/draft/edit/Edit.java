package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;

/**
 * One change to a draft, as a value: applying it gives a new draft and leaves the old one as it
 * was. Every edit is one {@link Operation}; the result is validated like any draft. An edit that
 * does not fit the draft (no scene 7, no music to remove) throws {@link EditException}.
 */
public sealed interface Edit permits SceneEdits.DeleteScene, SceneEdits.MoveScene, SceneEdits.ResizeScene, SceneEdits.SplitScene,
        SceneEdits.ReplaceSceneMedia, SceneEdits.InsertScene, PictureEdits.SetScenePicture, SoundEdits.SetMusic, SoundEdits.RemoveMusic, SoundEdits.SetVolume,
        SoundEdits.FadeMusic, SoundEdits.MuteClips, SoundEdits.ReplaceVoice, SoundEdits.SpeedVoice, SoundEdits.Revoice, TextEdits.AddText, TextEdits.EditText,
        TextEdits.RemoveText, TextEdits.SetCaptions, TextEdits.KaraokeCaptions, TextEdits.ReplaceCaptions, TimeEdits.Trim, TimeEdits.SetDuration, TimeEdits.SetTransition,
        LookEdits.SetCanvas, LookEdits.SetPalette, LookEdits.SetFont {
    /** Which operation this is: its name, arguments and description. */
    Operation operation();

    /** The draft with this edit made. */
    Draft applyTo(Draft draft);

    /** Applies the edit and checks the result against every rule a draft must keep. */
    static Draft apply(Edit edit, Draft draft) {
        Draft edited = edit.applyTo(draft);
        dev.reelwright.draft.DraftValidator.requireValid(edited);
        return edited;
    }
}
