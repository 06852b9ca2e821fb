package dev.reelwright.cli;

import dev.reelwright.director.voice.MaryVoice;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.VoiceCatalog;
import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code reel voices}: the voices this machine can speak with, as {@code --voice} takes them. */
@Command(name = "voices", description = "The voices available on this machine (for --voice).")
final class VoicesCommand extends ReelCommand {
    @Override
    protected void run(Context context) {
        PrintStream out = context.out();
        VoiceCatalog catalog = VoiceCatalog.discover(context.env());
        for (Voice voice : catalog.voices()) {
            String language = voice.locale().getLanguage().isEmpty() ? "any language"
                    : voice.locale().getDisplayLanguage(Locale.ENGLISH) + " (" + voice.locale().toLanguageTag() + ")";
            out.println(voice.name() + "  " + language + (voice.name().equals(MaryVoice.DEFAULT) ? "  built in, default for English" : ""));
        }
        if (catalog.voices().stream().noneMatch(v -> v.name().startsWith("espeak-ng/"))) {
            out.println("(more voices: install espeak-ng, flite or festival, or set REEL_TTS_URL to an OpenAI-compatible speech endpoint)");
        }
    }
}
