package dev.reelwright.director.stock;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pixabay (pixabay.com/api/docs): videos, then photos. Its API terms ask that search answers are
 * cached for 24 hours and that files are downloaded, not hotlinked; the credit names the user and
 * the page.
 */
public record Pixabay(String apiKey, String baseUrl, StockHttp http) implements StockProvider {
    public static final String DEFAULT_URL = "https://pixabay.com";

    @Override
    public String name() {
        return "Pixabay";
    }

    @Override
    public List<StockItem> search(StockQuery query) {
        String q = URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
        String key = URLEncoder.encode(apiKey, StandardCharsets.UTF_8);
        int shortSide = Math.min(query.widthPx(), query.heightPx());
        List<StockItem> items = new ArrayList<>();
        JsonNode videos = http.search(name(), URI.create(baseUrl + "/api/videos/?key=" + key + "&q=" + q + "&per_page=10&safesearch=true"),
                Map.of(), "videos " + query.text());
        for (JsonNode hit : videos.path("hits")) {
            long ms = hit.path("duration").asLong() * 1000;
            List<JsonNode> files = new ArrayList<>();
            for (Iterator<JsonNode> it = hit.path("videos").elements(); it.hasNext(); ) {
                JsonNode file = it.next();
                if (!file.path("url").asText().isEmpty() && file.path("width").asInt() > 0) {
                    files.add(file);
                }
            }
            JsonNode file = StockProvider.pick(files, f -> Math.min(f.path("width").asInt(), f.path("height").asInt()), shortSide);
            boolean portrait = file != null && file.path("height").asInt() > file.path("width").asInt();
            if (file != null && ms >= query.sceneMs() && portrait == query.portrait()) {
                items.add(new StockItem(name(), hit.path("id").asText(), URI.create(file.path("url").asText()), true,
                        file.path("width").asInt(), file.path("height").asInt(), ms,
                        "Video by " + hit.path("user").asText("a Pixabay user") + " on Pixabay, " + hit.path("pageURL").asText()));
            }
        }
        String orientation = query.portrait() ? "vertical" : "horizontal";
        JsonNode photos = http.search(name(), URI.create(baseUrl + "/api/?key=" + key + "&q=" + q + "&image_type=photo&orientation="
                + orientation + "&per_page=10&safesearch=true"), Map.of(), "photos " + query.text() + " " + orientation);
        for (JsonNode hit : photos.path("hits")) {
            int w = hit.path("imageWidth").asInt();
            int h = hit.path("imageHeight").asInt();
            String src = hit.path("largeImageURL").asText();
            if (!src.isEmpty() && Math.min(w, h) >= shortSide) {
                items.add(new StockItem(name(), hit.path("id").asText(), URI.create(src), false, w, h, 0,
                        "Photo by " + hit.path("user").asText("a Pixabay user") + " on Pixabay, " + hit.path("pageURL").asText()));
            }
        }
        return items;
    }
}
