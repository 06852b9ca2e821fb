package dev.reelwright.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.Aspect;
import dev.reelwright.director.music.Mood;
import org.junit.jupiter.api.Test;

class MakeWishesTest {
    @Test
    void readsTheWishesSaidBeforeTheScript() {
        MakeWishes tiktok = MakeWishes.parse("Turn my script into a video for TikTok, 30 seconds, with lo-fi music and karaoke captions:"
                + " \"Every morning starts with a choice. Brewline makes it for you.\"");
        assertEquals(Aspect.PORTRAIT, tiktok.aspect());
        assertEquals(30_000L, tiktok.targetMs());
        assertEquals(Mood.LOFI, tiktok.music());
        assertEquals(CaptionStyle.KARAOKE, tiktok.captions());
        assertEquals("Every morning starts with a choice. Brewline makes it for you.", tiktok.script());
        MakeWishes plain = MakeWishes.parse("Make a 1.5 minute square video without music and no captions\n\nOur bakery opens at six."
                + " Bread comes out of the oven at seven.");
        assertEquals(Aspect.SQUARE, plain.aspect());
        assertEquals(90_000L, plain.targetMs());
        assertTrue(plain.musicOff());
        assertEquals(CaptionStyle.NONE, plain.captions());
        assertTrue(plain.script().startsWith("Our bakery"));
        MakeWishes defaults = MakeWishes.parse("Create a video: the city sleeps while the river keeps moving.");
        assertNull(defaults.aspect());
        assertNull(defaults.targetMs());
        assertNull(defaults.music());
        assertFalse(defaults.musicOff());
        // Numbers in the script are not the video's length.
        assertNull(MakeWishes.parse("Make a video: we ship in 30 seconds flat, every time.").targetMs());
    }

    @Test
    void knowsAMakeRequestFromOtherTalk() {
        assertTrue(MakeWishes.isMakeRequest("Turn my script into a video"));
        assertTrue(MakeWishes.isMakeRequest("please generate a TikTok from this"));
        assertFalse(MakeWishes.isMakeRequest("what can you do?"));
        assertNull(MakeWishes.parse("make a video please").script());
    }
}
