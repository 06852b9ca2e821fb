package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tokens, balances and registration: anonymous tokens, the credit balance, the bind page and its endpoint. */
final class AccountRoutes {
    private final ApiServer api;
    private final Accounts accounts;
    private final Credits credits;

    AccountRoutes(ApiServer api, Accounts accounts, Credits credits) {
        this.api = api;
        this.accounts = accounts;
        this.credits = credits;
    }

    void anonymousToken(Context ctx) {
        String clientId = ctx.header("X-Client-Id");
        if (clientId == null || clientId.isBlank() || clientId.length() > 64) {
            throw ApiError.badRequest("the X-Client-Id header is required: 1 to 64 characters naming this client install");
        }
        Accounts.Grant grant = accounts.grantAnonymous(clientId.strip(), ctx.ip());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token", grant.token());
        data.put("user_id", grant.userId());
        data.put("expires_at", Instant.ofEpochMilli(grant.expiresMs()).toString());
        data.put("credits", grant.credits());
        ctx.attribute(RequestLog.USER, grant.userId());
        ctx.json(Envelope.ok(data));
    }

    void bindPage(Context ctx) throws java.io.IOException {
        String userId = ctx.queryParam("bind");
        if (userId == null || !userId.matches("u_[0-9a-f]{32}")) {
            throw ApiError.badRequest("this registration link is not complete: it needs ?bind= and the user id from the message");
        }
        try (var page = ApiServer.class.getResourceAsStream("/web/bind.html")) {
            ctx.html(new String(page.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("{{USER_ID}}", userId));
        }
    }

    void bind(Context ctx) {
        String userId = api.user(ctx);
        JsonNode body = api.body(ctx);
        String claimed = Fields.text(body, "user_id", userId);
        String name = Fields.text(body, "name", null);
        if (!claimed.equals(userId)) {
            throw new ApiError(403, ApiError.TOKEN, "this token belongs to another account than the one in the link");
        }
        if (name == null || name.length() > 80) {
            throw ApiError.badRequest("name is required (1 to 80 characters)");
        }
        if (!accounts.register(userId, name)) {
            throw ApiError.badRequest("this account is already registered");
        }
        long lifetimeMs = java.time.Duration.ofDays(365).toMillis();
        String token = accounts.issueToken(userId, lifetimeMs);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", userId);
        data.put("token", token);
        data.put("expires_at", Instant.ofEpochMilli(System.currentTimeMillis() + lifetimeMs).toString());
        data.put("credits", credits.balance(userId).available());
        ctx.json(Envelope.ok(data));
    }

    void balance(Context ctx) {
        Credits.Balance balance = credits.balance(api.user(ctx));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("available", balance.available());
        data.put("frozen", balance.frozen());
        data.put("total", balance.total());
        data.put("total_granted", balance.granted());
        data.put("total_consumed", balance.consumed());
        ctx.json(Envelope.ok(data));
    }
}
