package dev.reelwright.director.voice;

import java.util.HashSet;
import java.util.Set;
import marytts.LocalMaryInterface;
import marytts.datatypes.MaryDataType;
import marytts.exceptions.MaryConfigurationException;
import marytts.modules.MaryModule;
import marytts.modules.ModuleRegistry;
import marytts.modules.synthesis.Voice;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;

/**
 * Starts MaryTTS with only what speaking needs. In its default (server) mode MaryTTS starts every
 * module it knows at once, the SSML, SABLE, APML and EmotionML readers among them, and runs a
 * self-test of each: most of its start-up time, for input Reelwright never gives it. In its
 * command-line mode it starts modules when a request first needs them; here the modules a voice
 * needs are started together, before its first request, so two requests on two threads never
 * start the same module at once. What the voice says, and how, is the same either way.
 */
final class MaryStartup {
    /** Voices whose modules are running. */
    private static final Set<String> STARTED = new HashSet<>();

    private MaryStartup() {
    }

    /** A new MaryTTS engine; the first one starts MaryTTS (about a second), later ones share what it loaded. */
    static LocalMaryInterface newEngine() {
        // With log4j already configured, MaryTTS does not write ./log/server.log.
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new NullAppender());
            root.setLevel(Level.OFF);
        }
        if (System.getProperty("server") == null) {
            System.setProperty("server", "commandline");
        }
        try {
            return new LocalMaryInterface();
        } catch (MaryConfigurationException e) {
            throw new VoiceException("the built-in voice could not start (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Starts only the modules that tag parts of speech (for key phrases), once: a video spoken by
     * another engine need not start MaryTTS's acoustic models for them.
     */
    static void startTaggerFor(String voiceName) {
        synchronized (STARTED) {
            String key = voiceName + "/tagger";
            if (STARTED.contains(voiceName) || STARTED.contains(key)) {
                return;
            }
            Voice voice = Voice.getVoice(voiceName);
            if (voice == null) {
                throw new VoiceException("MaryTTS has no voice named " + voiceName);
            }
            start(MaryDataType.TEXT, MaryDataType.PARTSOFSPEECH, voice);
            STARTED.add(key);
        }
    }

    /** Starts the modules that turn text into this voice's sound, once per voice. */
    static void startModulesFor(String voiceName) {
        synchronized (STARTED) {
            if (STARTED.contains(voiceName)) {
                return;
            }
            Voice voice = Voice.getVoice(voiceName);
            if (voice == null) {
                throw new VoiceException("MaryTTS has no voice named " + voiceName);
            }
            start(MaryDataType.TEXT, MaryDataType.ACOUSTPARAMS, voice);
            start(MaryDataType.ACOUSTPARAMS, MaryDataType.AUDIO, voice);
            STARTED.add(voiceName);
        }
    }

    private static void start(MaryDataType from, MaryDataType to, Voice voice) {
        var modules = ModuleRegistry.modulesRequiredForProcessing(from, to, voice.getLocale(), voice);
        if (modules == null) {
            throw new VoiceException("MaryTTS cannot turn " + from.name() + " into " + to.name() + " for the voice " + voice.getName());
        }
        for (MaryModule module : modules) {
            if (module.getState() == MaryModule.MODULE_OFFLINE) {
                try {
                    module.startup();
                } catch (Exception e) {
                    throw new VoiceException("the built-in voice could not start its module " + module.name() + " (" + e.getMessage() + ")", e);
                }
            }
        }
    }
}
