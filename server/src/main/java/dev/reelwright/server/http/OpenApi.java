package dev.reelwright.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /openapi.json}: an OpenAPI 3 description built from the very routes the server registers. */
final class OpenApi {
    private OpenApi() {
    }

    static Map<String, Object> document(List<Route> routes) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), path -> new LinkedHashMap<>());
            Map<String, Object> operation = new LinkedHashMap<>();
            operation.put("summary", route.summary());
            List<Map<String, Object>> parameters = new ArrayList<>();
            for (String parameter : route.parameters()) {
                String[] parts = parameter.split(":", 2);
                Map<String, Object> described = new LinkedHashMap<>();
                described.put("name", parts[1]);
                described.put("in", parts[0]);
                described.put("required", true);
                described.put("schema", Map.of("type", "string"));
                parameters.add(described);
            }
            if (!parameters.isEmpty()) {
                operation.put("parameters", parameters);
            }
            if (route.auth()) {
                operation.put("security", List.of(Map.of("bearer", List.of())));
            }
            operation.put("responses", Map.of(
                    "200", Map.of("description", "the envelope {code, message, data}; code 0 is success",
                            "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Envelope")))),
                    "default", Map.of("description", "an error in the same envelope, code non-zero (1001 token, 1002 session,"
                            + " 2001 credits, 4001 file type, 4002 file size); 429 carries Retry-After")));
            item.put(route.method().name().toLowerCase(Locale.ROOT), operation);
        }
        Map<String, Object> envelope = Map.of("type", "object", "required", List.of("code", "message"), "properties", Map.of(
                "code", Map.of("type", "integer"), "message", Map.of("type", "string"), "data", Map.of()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "Reelwright (NemoVideo-compatible API)", "version", "0.1.0"));
        document.put("paths", paths);
        document.put("components", Map.of("schemas", Map.of("Envelope", envelope),
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
        return document;
    }
}
