package dev.reelwright.director.stock;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pexels (pexels.com/api): videos, then photos, in the canvas's orientation. Its licence asks for
 * no attribution but welcomes it, and its API terms ask for a link: the credit names the
 * photographer and the page.
 */
public record Pexels(String apiKey, String baseUrl, StockHttp http) implements StockProvider {
    public static final String DEFAULT_URL = "https://api.pexels.com";

    @Override
    public String name() {
        return "Pexels";
    }

    @Override
    public List<StockItem> search(StockQuery query) {
        String orientation = query.portrait() ? "portrait" : "landscape";
        String q = URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
        Map<String, String> auth = Map.of("Authorization", apiKey);
        List<StockItem> items = new ArrayList<>();
        int shortSide = Math.min(query.widthPx(), query.heightPx());
        JsonNode videos = http.search(name(), URI.create(baseUrl + "/videos/search?query=" + q + "&orientation=" + orientation + "&per_page=10"),
                auth, "videos " + query.text() + " " + orientation);
        for (JsonNode video : videos.path("videos")) {
            long ms = video.path("duration").asLong() * 1000;
            List<JsonNode> files = new ArrayList<>();
            video.path("video_files").forEach(f -> {
                if ("video/mp4".equals(f.path("file_type").asText()) && f.path("width").asInt() > 0) {
                    files.add(f);
                }
            });
            JsonNode file = StockProvider.pick(files, f -> Math.min(f.path("width").asInt(), f.path("height").asInt()), shortSide);
            if (file != null && ms >= query.sceneMs()) {
                items.add(new StockItem(name(), video.path("id").asText(), URI.create(file.path("link").asText()), true,
                        file.path("width").asInt(), file.path("height").asInt(), ms,
                        "Video by " + video.path("user").path("name").asText("a Pexels creator") + " on Pexels, " + video.path("url").asText()));
            }
        }
        JsonNode photos = http.search(name(), URI.create(baseUrl + "/v1/search?query=" + q + "&orientation=" + orientation + "&per_page=10"),
                auth, "photos " + query.text() + " " + orientation);
        for (JsonNode photo : photos.path("photos")) {
            int w = photo.path("width").asInt();
            int h = photo.path("height").asInt();
            String src = photo.path("src").path(shortSide > 1000 ? "large2x" : "large").asText(photo.path("src").path("original").asText());
            if (!src.isEmpty() && Math.min(w, h) >= shortSide) {
                items.add(new StockItem(name(), photo.path("id").asText(), URI.create(src), false, w, h, 0,
                        "Photo by " + photo.path("photographer").asText("a Pexels photographer") + " on Pexels, " + photo.path("url").asText()));
            }
        }
        return items;
    }
}
