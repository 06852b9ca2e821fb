package dev.reelwright.draft;

import java.util.Set;

/** Every short key of the draft format, in one place. Nothing else spells them. */
final class DraftKeys {
    private DraftKeys() {
    }

    static final String VERSION = "v";
    static final String META = "m";
    static final String DURATION = "d";
    static final String TRACKS = "t";
    static final String ID = "id";
    static final String TRACK_TYPE = "tt";
    static final String SEGMENTS = "sg";
    static final String START = "s";
    static final String SOURCE = "src";
    static final String IN = "in";

    // draft m
    static final String TITLE = "title";
    static final String WIDTH = "w";
    static final String HEIGHT = "h";
    static final String FPS = "fps";
    static final String BACKGROUND = "bg";
    // track m
    static final String NAME = "name";
    static final String ROLE = "role";
    // segment m
    static final String TRANSITION = "tr";
    static final String TYPE = "type";
    static final String DIRECTION = "dir";
    static final String VOLUME = "vol";
    static final String TEXT = "text";
    static final String COLOR = "color";
    static final String GRADIENT = "gradient";
    static final String FROM = "from";
    static final String TO = "to";
    static final String ANGLE = "angle";
    static final String LOOK = "look";
    static final String ACCENT = "accent";
    static final String FIT = "fit";
    static final String KEN_BURNS = "kb";
    static final String PAN = "pan";
    static final String FADE_IN = "fadeIn";
    static final String FADE_OUT = "fadeOut";
    static final String DUCK = "duck";
    static final String POSITION = "pos";
    static final String FONT = "font";
    static final String SIZE = "size";
    static final String BOLD = "bold";
    static final String OUTLINE = "outline";
    static final String BOX = "box";
    static final String ANIMATION = "anim";
    static final String ANIM_IN = "in";
    static final String ANIM_OUT = "out";
    static final String MARK = "mark";
    static final String WORD = "word";

    static final Set<String> DRAFT_KEYS = Set.of(VERSION, META, DURATION, TRACKS);
    static final Set<String> DRAFT_META_KEYS = Set.of(TITLE, WIDTH, HEIGHT, FPS, BACKGROUND);
    static final Set<String> TRACK_KEYS = Set.of(ID, TRACK_TYPE, META, SEGMENTS);
    static final Set<String> TRACK_META_KEYS = Set.of(NAME, ROLE);
    static final Set<String> SEGMENT_KEYS = Set.of(ID, START, DURATION, SOURCE, IN, META);
    static final Set<String> SEGMENT_META_KEYS = Set.of(TRANSITION, VOLUME, TEXT, COLOR, GRADIENT, FIT, KEN_BURNS,
            FADE_IN, FADE_OUT, DUCK, POSITION, FONT, SIZE, BOLD, OUTLINE, BOX, ANIMATION, MARK);
    static final Set<String> TRANSITION_KEYS = Set.of(TYPE, DURATION, DIRECTION);
    static final Set<String> GRADIENT_KEYS = Set.of(FROM, TO, ANGLE, LOOK, ACCENT);
    static final Set<String> KEN_BURNS_KEYS = Set.of(FROM, TO, PAN);
    static final Set<String> ANIMATION_KEYS = Set.of(ANIM_IN, ANIM_OUT, DURATION);
    static final Set<String> MARK_KEYS = Set.of(WORD, COLOR);
}
