package dev.reelwright.director.storyboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scene's key phrase names a thing the sentence is about, never half an action ("path really
 * looks"): the noun phrase MaryTTS's tagger finds, or one of the equally good ones after "/".
 */
class KeyPhraseTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Rise and Shine Bakery opens its doors at dawn.|Rise and Shine Bakery",
            "Fresh bread comes out of the stone oven every hour.|stone oven",
            "Our coffee beans are roasted in small batches.|coffee beans",
            "The path really looks different in the morning light.|morning light",
            "We had a great weekend at the lake.|great weekend",
            "Grow herbs on any windowsill.|windowsill",
            "Basil and mint need only light and water.|Basil",
            "Start your tiny garden today.|tiny garden",
            "The carafe keeps coffee hot for twelve hours.|carafe",
            "Our app quickly shows every train near you.|train / app",
            "Dim the lights early and keep the room cool.|lights",
            "A warm shower before bed helps you fall asleep.|warm shower",
            "The new phone signal reaches the whole valley.|new phone signal",
            "Sunlight slowly fills the quiet harbour.|quiet harbour",
            "Every cup starts with a bean grown on a hill.|cup",
            "The city wakes up to the smell of coffee.|city",
            "Our bakers knead every loaf by hand.|bakers",
            "Visit our shop on Main Street this weekend.|shop / Main Street",
            "The lamp gently lights up your whole desk.|lamp / whole desk",
            "Kids absolutely love the colourful playground.|colourful playground",
            "The mountain trail winds through ancient forests.|mountain trail",
            "Hikers usually reach the summit by noon.|Hikers / summit",
            "Electric bikes make every commute easier.|Electric bikes",
            "The chef carefully slices fresh salmon.|chef",
            "Our team works closely with local farmers.|local farmers",
            "The smart watch tracks your heart rate all day.|smart watch / heart rate",
            "Rain softly taps on the old tin roof.|old tin roof",
            "Solar panels quietly power the entire school.|Solar panels / entire school",
            "The museum proudly displays dinosaur fossils.|museum / dinosaur fossils",
            "Fresh flowers arrive at the market every morning.|Fresh flowers",
            "The little dog happily chases the red ball.|little dog",
            "Students really enjoy the new library.|new library",
            "The ferry slowly crosses the calm bay.|ferry / calm bay",
            "Handmade candles fill the room with a warm glow.|Handmade candles",
            "Our orchard grows twelve kinds of apples.|orchard",
            "The river sparkles brightly at sunset.|river",
            "A good night's sleep changes everything.|good night's sleep",
            "The baker finally pulls the golden croissants out.|baker / golden croissants",
            "Wind turbines steadily turn on the hillside.|Wind turbines",
            "The old lighthouse still guides the fishing boats home.|old lighthouse",
            "Busy parents often forget to drink enough water.|Busy parents",
            "The garden looks beautiful in spring.|garden",
    })
    void namesAThing(String sentence, String phrases) {
        String got = Keywords.keyPhrase(sentence);
        List<String> good = List.of(phrases.split("\\s*/\\s*"));
        assertTrue(good.contains(got), "\u201c" + got + "\u201d for \u201c" + sentence + "\u201d; good: " + good);
    }
}
