package dev.reelwright.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * One route: how it is reached, what it does (for {@code /openapi.json}) and its handler. The
 * server registers exactly the routes it documents.
 *
 * @param auth whether it needs {@code Authorization: Bearer <token>}
 * @param parameters path parameters and headers worth naming, as {@code in:name}
 */
record Route(HandlerType method, String path, String summary, boolean auth, List<String> parameters, Handler handler) {
}
