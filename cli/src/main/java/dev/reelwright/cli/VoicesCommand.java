package dev.reelwright.cli;

import dev.reelwright.director.voice.MaryVoice;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.VoiceCatalog;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code reel voices}: the voices this machine can speak with, as {@code --voice} takes them. */
final class VoicesCommand {
    private VoicesCommand() {
    }

    static void run(List<String> argv, PrintStream out) {
        new Args(argv, java.util.Set.of(), java.util.Set.of()).allowPositionals(0);
        VoiceCatalog catalog = VoiceCatalog.discover(System.getenv());
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
