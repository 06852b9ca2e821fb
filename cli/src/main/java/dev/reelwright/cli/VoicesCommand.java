package dev.reelwright.cli;

import dev.reelwright.director.voice.MaryVoice;
import java.io.PrintStream;
import java.util.List;

/** {@code reel voices}: the voices this machine can speak with. */
final class VoicesCommand {
    private VoicesCommand() {
    }

    static void run(List<String> argv, PrintStream out) {
        new Args(argv, java.util.Set.of(), java.util.Set.of()).allowPositionals(0);
        for (String voice : MaryVoice.available()) {
            out.println(voice + "  (MaryTTS, English, built in" + (voice.equals(MaryVoice.DEFAULT) ? ", default)" : ")"));
        }
    }
}
