package dev.reelwright.pictures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a sentence is about, and the pictures that may show it: the best match must be one of
 * them (several are right: a bed or a person in bed). The key words are what the storyboard
 * passes, the sentence's most telling nouns.
 */
class PictureMatcherTest {
    private static final PictureMatcher MATCHER = new PictureMatcher(PictureLibrary.get());

    static Stream<Arguments> sentences() {
        return Stream.of(
                row("Every morning starts with a cup of coffee.", "coffee,morning", "hot-beverage"),
                row("Ride your bicycle to work and skip the traffic.", "bicycle,work,traffic", "bicycle", "person-biking"),
                row("Bicycles are the fastest way across the city.", "bicycles,city", "bicycle", "person-biking"),
                row("Our startup launched its rocket of a product today.", "startup,product", "rocket"),
                row("Put your phone away an hour before bed.", "phone,bed", "bed", "person-in-bed", "mobile-phone"),
                row("Keep your bedroom cool and dark.", "bedroom", "bed", "person-in-bed"),
                row("Fresh coffee beans roasted in small batches.", "coffee beans,batches", "beans", "hot-beverage"),
                row("We planted trees along the river.", "trees,river", "deciduous-tree", "evergreen-tree", "palm-tree", "christmas-tree"),
                row("Save money on groceries with a shopping list.", "money,groceries,list", "shopping-cart", "money-bag", "coin",
                        "money-with-wings", "dollar-banknote"),
                row("Book your flight to Japan this summer.", "flight,Japan,summer", "airplane", "map-of-japan", "flag-japan",
                        "airplane-departure"),
                row("Our dog loves long walks on the beach.", "dog,walks,beach", "dog", "dog-face", "beach-with-umbrella"),
                row("Grab a slice of pizza after the game.", "pizza,slice,game", "pizza"),
                row("The new laptop is thin, light and fast.", "laptop", "laptop"),
                row("Send us an email and we will reply within a day.", "email,reply", "e-mail", "envelope", "incoming-envelope", "envelope-with-arrow"),
                row("Lock your account with a strong password.", "account,password", "locked", "locked-with-key", "closed-lock-with-key"),
                row("Sales grew forty percent this quarter.", "sales,quarter", "chart-increasing", "bar-chart"),
                row("Drink more water during the day.", "water", "droplet", "potable-water", "cup-with-straw", "glass-of-milk",
                        "water-wave", "bottle-with-popping-cork"),
                row("A good book before sleep calms the mind.", "book,sleep,mind", "books", "open-book", "closed-book",
                        "green-book", "blue-book", "orange-book", "sleeping-face", "bed", "brain"),
                row("The cat slept on the windowsill all afternoon.", "cat,windowsill", "cat", "cat-face", "black-cat"),
                row("Our team shook hands on the deal.", "team,deal,hands", "handshake"),
                row("Take the train instead of the car.", "train,car", "train", "high-speed-train", "locomotive", "automobile",
                        "railway-car", "bullet-train", "light-rail", "tram-car", "metro"),
                row("Plant tomatoes in early spring.", "tomatoes,spring", "tomato"),
                row("An idea can change everything.", "idea", "light-bulb"),
                row("Music makes the workout go faster.", "music,workout", "musical-note", "musical-notes", "headphone",
                        "person-lifting-weights", "man-lifting-weights", "woman-lifting-weights"),
                row("Watch the sunset from the top of the hill.", "sunset,hill", "sunset", "sunrise-over-mountains", "sunrise"),
                row("Pack an umbrella; rain is coming this afternoon.", "umbrella,rain", "umbrella", "umbrella-with-rain-drops",
                        "closed-umbrella", "cloud-with-rain"),
                row("Celebrate your birthday with a cake.", "birthday,cake", "birthday-cake", "shortcake", "party-popper"),
                row("Recycle bottles and cans every week.", "bottles,cans", "recycling-symbol", "bottle-with-popping-cork",
                        "baby-bottle", "plastic-bottle"),
                row("每天早上一杯咖啡。", "咖啡,早上", "hot-beverage"),
                row("骑自行车上班，避开堵车。", "自行车,上班", "bicycle", "person-biking"),
                row("手机没有信号。", "手机,信号", "mobile-phone", "antenna-bars"),
                row("我们的小狗喜欢在海边散步。", "小狗,海边", "dog", "dog-face", "guide-dog", "beach-with-umbrella"),
                row("生日快乐，来一块蛋糕吧。", "生日,蛋糕", "birthday-cake", "shortcake"),
                row("下雨了，记得带伞。", "下雨,伞", "umbrella", "umbrella-with-rain-drops", "closed-umbrella", "cloud-with-rain"),
                row("睡前放下手机，早点上床。", "手机,上床", "mobile-phone", "bed", "person-in-bed"),
                row("这款笔记本电脑又轻又快。", "笔记本电脑", "laptop"),
                row("用火箭的速度发布新产品。", "火箭,产品", "rocket"),
                row("周末去海边看日落。", "海边,日落", "sunset", "beach-with-umbrella", "sunrise"));
    }

    private static Arguments row(String sentence, String keys, String... acceptable) {
        return Arguments.of(sentence, List.of(keys.split(",")), List.of(acceptable));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void theBestPictureShowsWhatTheSentenceIsAbout(String sentence, List<String> keys, List<String> acceptable) {
        List<PictureMatch> matches = MATCHER.match(sentence, keys, 5);
        assertFalse(matches.isEmpty(), sentence + ": nothing matched");
        PictureMatch best = matches.get(0);
        assertTrue(acceptable.contains(best.name()), sentence + ": " + best.name() + " " + best.words() + "; the next: "
                + matches.stream().skip(1).map(m -> m.name() + String.format(" %.1f", m.score())).toList());
        assertTrue(best.score() >= PictureMatcher.GOOD, sentence + ": " + best.name() + " scores only " + best.score());
        assertFalse(best.words().isEmpty(), "says which words it matched");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpictured")
    void sentencesWithNothingToShowGetNoGoodMatch(String sentence) {
        List<PictureMatch> matches = MATCHER.match(sentence, Arrays.asList(sentence.toLowerCase().split("\\W+")), 1);
        assertTrue(matches.isEmpty() || matches.get(0).score() < PictureMatcher.GOOD, sentence + ": " + matches);
    }

    static Stream<String> unpictured() {
        return Stream.of("It is what it is.", "Here are five small changes that make a big difference.",
                "Try these tonight and follow for more.", "This is how it begins.");
    }
}
