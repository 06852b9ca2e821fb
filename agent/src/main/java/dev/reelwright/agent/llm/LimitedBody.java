package dev.reelwright.agent.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body in memory but gives up past a byte limit, so a runaway server cannot fill the heap. */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** Thrown into the response future when the body is over the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("response body over " + limit + " bytes");
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;
    private final boolean declaredTooLarge;
    private Flow.Subscription subscription;

    private LimitedBody(long limit, boolean declaredTooLarge) {
        this.limit = limit;
        this.declaredTooLarge = declaredTooLarge;
    }

    /** A handler that refuses at once when Content-Length is over the limit, and otherwise counts as it reads. */
    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> {
            long declared;
            try {
                declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            } catch (NumberFormatException e) {
                declared = -1; // the client itself rejects a broken length; counting still applies
            }
            return new LimitedBody(limit, declared > limit);
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredTooLarge) {
            refuse();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            if (result.isDone()) {
                return;
            }
            if (bytes.size() + (long) item.remaining() > limit) {
                refuse();
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private void refuse() {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(limit));
    }
}
