package dev.reelwright.draft;

/** Test drafts as JSON text. */
final class Drafts {
    private Drafts() {
    }

    /** The example of draft-format.md, with a custom key in each m. */
    static final String URBAN_DREAMS = """
            {
              "v": 1,
              "m": {"title": "Urban Dreams", "w": 1920, "h": 1080, "fps": 30, "bg": "#101418", "client": {"x": [1, 2]}},
              "d": 12000,
              "t": [
                {"id": "v1", "tt": 0, "m": {"name": "city timelapse", "lock": true}, "sg": [
                  {"id": "s1", "s": 0, "d": 6000, "src": "media:city.jpg",
                   "m": {"fit": "cover", "kb": {"from": 1.0, "to": 1.1}, "note": "hero"}},
                  {"id": "s2", "s": 5500, "d": 6500, "src": "media:street.mp4", "in": 2000,
                   "m": {"tr": {"type": "fade", "d": 500}, "vol": 0}}
                ]},
                {"id": "a1", "tt": 1, "m": {"role": "voice"}, "sg": [
                  {"id": "vo1", "s": 0, "d": 11500, "src": "media:voice.wav", "m": {"vol": 1.0}}
                ]},
                {"id": "a2", "tt": 1, "m": {"role": "bgm", "name": "Lo-fi"}, "sg": [
                  {"id": "bgm1", "s": 0, "d": 12000, "src": "media:lofi.mp3",
                   "m": {"vol": 0.35, "duck": true, "fadeOut": 1500}}
                ]},
                {"id": "x1", "tt": 7, "m": {"role": "title"}, "sg": [
                  {"id": "t1", "s": 0, "d": 3000, "m": {"text": "Urban Dreams", "pos": "center", "anim": "pop"}}
                ]}
              ]
            }
            """;

    /** The smallest valid draft: one colour for one second. */
    static String colourSecond() {
        return """
                {"v":1,"m":{"w":320,"h":180,"fps":30},"d":1000,
                 "t":[{"id":"v","tt":0,"sg":[{"id":"c","s":0,"d":1000,"m":{"color":"#ff0000"}}]}]}
                """;
    }
}
