package dev.reelwright.cli;

import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.store.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code reel bench api}: a {@code reel serve} in its own JVM; {@code streams} users each hold a
 * chat turn's event stream open (their turns queue behind one long turn that the director works
 * on meanwhile, so the streams live on heartbeats) while a steady {@code rate} of balance and
 * state requests is timed. Prints p50 and
 * p99 per route, whether every stream got a message at least every heartbeat, and the server's
 * peak memory.
 */
final class ApiBench {
    private static final int HEARTBEAT_S = 15;
    private static final String TURN = "Turn my script into a 10-second video: Coffee at dawn. Bread at seven. Come early.";
    private static final String LONG_SCRIPT = ("The harbour wakes before the town does. Boats leave one by one while the lights"
            + " on the quay go out. Gulls follow them past the lighthouse and out to sea. ").repeat(40);

    private ApiBench() {
    }

    static void run(int seconds, int rate, int streams, PrintStream out) throws Exception {
        Path data = Files.createTempDirectory("reel-bench-api-");
        Process server = null;
        try {
            List<String[]> users = users(data, streams + 2);
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            server = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "--add-modules",
                    "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), Reel.class.getName(), "serve", "--port",
                    Integer.toString(port), "--data", data.toString(), "--requests-per-minute", "10000000", "--heartbeat-seconds",
                    Integer.toString(HEARTBEAT_S)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
            awaitHealthy(http, base);
            out.printf(Locale.ROOT, "reel bench api: %d chat streams open, then %d requests/s (balance and state) for %d s%n", streams, rate,
                    seconds);
            // One long turn first (a 1,200-word script): the streams' turns queue behind it, so all stay open.
            String[] blocker = users.get(streams + 1);
            StreamWatch.open(http, base, blocker[0], blocker[1], "Turn my script into a video: " + LONG_SCRIPT);
            Thread.sleep(500);
            List<StreamWatch> watches = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                watches.add(StreamWatch.open(http, base, users.get(i)[0], users.get(i)[1], TURN));
            }
            Thread.sleep(2_000);
            String[] load = users.get(streams);
            Timings balance = new Timings();
            Timings state = new Timings();
            long windowStart = System.nanoTime();
            steadyLoad(http, base, load, rate, seconds, balance, state);
            long windowEnd = System.nanoTime();
            int open = 0;
            int late = 0;
            for (StreamWatch watch : watches) {
                if (watch.openThrough(windowEnd)) {
                    open++;
                    late += watch.longestGapS(windowStart, windowEnd) > HEARTBEAT_S + 2 ? 1 : 0;
                }
            }
            double peakMib = peakMib(server.pid());
            report(out, balance, state, open, late, peakMib, rate, seconds);
        } finally {
            if (server != null) {
                server.destroyForcibly();
                server.waitFor(10, TimeUnit.SECONDS);
            }
            BenchCommand.deleteTree(data);
        }
    }

    /** Registered users with credits and a session each: {token, session}. */
    private static List<String[]> users(Path data, int count) {
        Database database = Database.embedded(data);
        Credits credits = new Credits(database, System::currentTimeMillis);
        Accounts accounts = new Accounts(database, ServerSettings.defaults(), credits, System::currentTimeMillis);
        Sessions sessions = new Sessions(database, System::currentTimeMillis);
        List<String[]> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = accounts.createRegistered("bench " + i, 1_000);
            users.add(new String[] {accounts.issueToken(user, Duration.ofHours(2).toMillis()), sessions.create(user, "bench", "en").id()});
        }
        return users;
    }

    private static void awaitHealthy(HttpClient http, String base) throws Exception {
        for (int i = 0; i < 200; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(100);
        }
        throw new CliException("the benchmark's server did not start");
    }

    /** Sends {@code rate} requests a second, alternating balance and state, each timed from send to answer. */
    private static void steadyLoad(HttpClient http, String base, String[] user, int rate, int seconds, Timings balance, Timings state)
            throws InterruptedException {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        long periodNanos = 1_000_000_000L / rate;
        ticks.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            boolean credits = n % 2 == 0;
            String path = credits ? "/api/credits/balance/simple" : "/api/state/nemo_agent/me/" + user[1] + "/latest";
            Timings timings = credits ? balance : state;
            long start = System.nanoTime();
            inFlight.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + user[0])
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) ->
                    timings.add((System.nanoTime() - start) / 1e6, error == null && response.statusCode() == 200)));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        Thread.sleep(seconds * 1000L);
        ticks.shutdownNow();
        for (CompletableFuture<?> request : inFlight) {
            try {
                request.get(30, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // Counted as a failure by its timing.
            }
        }
    }

    private static void report(PrintStream out, Timings balance, Timings state, int open, int late, double peakMib, int rate, int seconds) {
        out.println();
        out.printf(Locale.ROOT, "%-34s %8s %8s %8s %8s%n", "route", "requests", "failed", "p50 ms", "p99 ms");
        balance.row(out, "GET /api/credits/balance/simple");
        state.row(out, "GET /api/state/…/latest");
        double p99 = Math.max(balance.percentile(99), state.percentile(99));
        out.println();
        out.printf(Locale.ROOT, "p99 latency: %.1f ms  (target < 50) %s%n", p99, p99 < 50 ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "chat streams open through the window: %d; with a gap over %d s between messages: %d  (target 0) %s%n",
                open, HEARTBEAT_S + 2, late, late == 0 && open > 0 ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "server peak memory: %.0f MiB  (target < 512) %s%n", peakMib, peakMib < 512 ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "(%d requests/s for %d s; the streams' turns queue behind one long turn that the director works on"
                + " meanwhile, so they live on heartbeats)%n", rate, seconds);
    }

    /** The server's peak resident memory (VmHWM), in MiB. */
    private static double peakMib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Latencies of one route. */
    private static final class Timings {
        private final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        private final AtomicInteger failed = new AtomicInteger();

        void add(double ms, boolean ok) {
            millis.add(ms);
            if (!ok) {
                failed.incrementAndGet();
            }
        }

        double percentile(int p) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        void row(PrintStream out, String name) {
            out.printf(Locale.ROOT, "%-34s %8d %8d %8.1f %8.1f%n", name, millis.size(), failed.get(), percentile(50), percentile(99));
        }
    }

    /** One chat stream, noting when each line arrived. */
    private static final class StreamWatch {
        private final List<Long> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile long closedNanos = Long.MAX_VALUE;

        static StreamWatch open(HttpClient http, String base, String token, String session, String text) {
            StreamWatch watch = new StreamWatch();
            String body = "{\"app_name\": \"nemo_agent\", \"user_id\": \"me\", \"session_id\": \"" + session
                    + "\", \"new_message\": {\"role\": \"user\", \"parts\": [{\"text\": \"" + text + "\"}]}}";
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/run_sse")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> {
                        response.body().forEach(line -> {
                            if (!line.isEmpty()) {
                                watch.arrivals.add(System.nanoTime());
                            }
                        });
                        watch.closedNanos = System.nanoTime();
                    }).exceptionally(error -> {
                        watch.closedNanos = System.nanoTime();
                        return null;
                    });
            return watch;
        }

        boolean openThrough(long nanos) {
            return closedNanos > nanos;
        }

        /** The longest time in the window with nothing arriving, in seconds. */
        double longestGapS(long fromNanos, long toNanos) {
            long[] times;
            synchronized (arrivals) {
                times = arrivals.stream().mapToLong(Long::longValue).filter(t -> t >= fromNanos && t <= toNanos).toArray();
            }
            Arrays.sort(times);
            long previous = fromNanos;
            long longest = 0;
            for (long time : times) {
                longest = Math.max(longest, time - previous);
                previous = time;
            }
            longest = Math.max(longest, toNanos - previous);
            return longest / 1e9;
        }
    }
}
