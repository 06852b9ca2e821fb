package dev.reelwright.director.make;

import java.util.List;

/**
 * The narration laid out on the timeline: the title card, each scene's speech, the end card.
 *
 * @param titleMs length of the title card; the first scene starts after it
 * @param speechEndMs where the last scene's visual ends and the end card begins
 * @param voiceSource the voice track's source ({@code media:voice.wav}, the user's recording), or null for none
 * @param voiceStartMs where the voice track starts
 * @param voiceDurationMs the voice track's length
 */
record Narration(List<SpokenScene> scenes, long titleMs, long speechEndMs, long totalMs, String voiceSource,
                 long voiceStartMs, long voiceDurationMs) {
    Narration {
        scenes = List.copyOf(scenes);
    }
}
