package dev.reelwright.pictures;

import java.util.List;

/**
 * One picture of the collection and what it depicts, in English and Chinese.
 *
 * @param name the picture's name, as drafts refer to it ({@code pic:hot-beverage})
 * @param labelEn what it is ("hot beverage"); {@code labelZh} the same in Chinese ("热饮")
 * @param tagsEn words it stands for ("coffee", "tea", "cafe" ...); {@code tagsZh} in Chinese
 * @param group what kind of thing it is
 */
public record PictureEntry(String name, String labelEn, String labelZh, List<String> tagsEn, List<String> tagsZh, Group group) {
    public PictureEntry {
        tagsEn = List.copyOf(tagsEn);
        tagsZh = List.copyOf(tagsZh);
    }

    /** Emojibase's groups, in its order. */
    public enum Group {
        FACES, PEOPLE, COMPONENTS, NATURE, FOOD, PLACES, ACTIVITIES, OBJECTS, SYMBOLS, FLAGS, OTHER;

        static Group of(int number) {
            return number >= 0 && number < OTHER.ordinal() ? values()[number] : OTHER;
        }
    }
}
