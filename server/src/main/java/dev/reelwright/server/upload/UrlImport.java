package dev.reelwright.server.upload;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches a file for a URL import without letting the URL reach inside the network: http and
 * https only; the host resolved here and every address checked by {@link AddressPolicy}; the
 * connection made to the checked address itself (so a second DNS answer cannot swap it); at most
 * three redirects, each checked the same way; a total deadline; and the body handed on as a
 * stream the caller caps. Requests are HTTP/1.0, so bodies end with the connection.
 */
public final class UrlImport {
    private static final int MAX_REDIRECTS = 3;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Function<String, List<InetAddress>> resolver;
    private final Duration deadline;
    private final java.util.function.Predicate<InetAddress> alsoAllowed;

    /** @param alsoAllowed addresses the policy would refuse but that may be used (tests: their local server) */
    public UrlImport(Function<String, List<InetAddress>> resolver, Duration deadline, java.util.function.Predicate<InetAddress> alsoAllowed) {
        this.resolver = resolver;
        this.deadline = deadline;
        this.alsoAllowed = alsoAllowed;
    }

    public static List<InetAddress> systemResolver(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    /** What was fetched: the file name the URL suggests, and its body (close it). */
    public record Fetched(String filename, InputStream body) {
    }

    public Fetched fetch(String url) throws IOException {
        long endNanos = System.nanoTime() + deadline.toNanos();
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            Socket socket = connect(uri, endNanos);
            boolean handedOn = false;
            try {
                send(socket, uri);
                InputStream in = new DeadlineStream(new BufferedInputStream(socket.getInputStream()), socket, endNanos);
                List<String> headers = readHeaders(in, url);
                int status = status(headers.get(0), url);
                if (status >= 300 && status < 400) {
                    if (hop == MAX_REDIRECTS) {
                        throw new UploadRefused(4001, url + ": more than " + MAX_REDIRECTS + " redirects");
                    }
                    String location = header(headers, "location");
                    if (location == null) {
                        throw new UploadRefused(4001, url + ": a redirect without a Location");
                    }
                    uri = parse(uri.resolve(location.strip()).toString());
                    continue;
                }
                if (status != 200) {
                    throw new UploadRefused(4001, url + ": the server answered HTTP " + status);
                }
                handedOn = true;
                return new Fetched(filenameOf(uri), in);
            } finally {
                if (!handedOn) {
                    socket.close();
                }
            }
        }
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new UploadRefused(4001, url + ": not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UploadRefused(4001, url + ": only http and https URLs can be imported");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new UploadRefused(4001, url + ": the URL needs a host (and no user name or password)");
        }
        return uri;
    }

    private Socket connect(URI uri, long endNanos) throws IOException {
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        List<InetAddress> addresses = resolver.apply(host);
        if (addresses.isEmpty()) {
            throw new UploadRefused(4001, uri + ": the host " + host + " was not found");
        }
        for (InetAddress address : addresses) {
            String refusal = alsoAllowed.test(address) ? null : AddressPolicy.refusal(address);
            if (refusal != null) {
                throw new UploadRefused(4001, uri + ": " + host + " is " + refusal + "; only public addresses can be imported from");
            }
        }
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(addresses.get(0), port), (int) Math.max(1, millisLeft(endNanos)));
        if (!https) {
            return socket;
        }
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setServerNames(List.of(new SNIHostName(host)));
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static void send(Socket socket, URI uri) throws IOException {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        String hostHeader = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.0\r\nHost: " + hostHeader + "\r\nUser-Agent: Reelwright\r\nAccept: */*\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static List<String> readHeaders(InputStream in, String url) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int total = 0;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (++total > MAX_HEADER_BYTES) {
                throw new UploadRefused(4001, url + ": the server's headers are too long");
            }
            if (c == '\n') {
                String text = line.toString().strip();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        throw new UploadRefused(4001, url + ": the server closed the connection without an answer");
    }

    private static int status(String statusLine, String url) {
        String[] parts = statusLine.split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
            throw new UploadRefused(4001, url + ": not an HTTP answer");
        }
        return Integer.parseInt(parts[1]);
    }

    private static String header(List<String> headers, String name) {
        for (String line : headers.subList(1, headers.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static String filenameOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "download" : name;
    }

    private static long millisLeft(long endNanos) {
        long left = (endNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new UploadRefused(4001, "the import took longer than its deadline");
        }
        return left;
    }

    /** Reads that give up at the deadline: each read waits at most what is left of it. */
    private static final class DeadlineStream extends FilterInputStream {
        private final Socket socket;
        private final long endNanos;

        DeadlineStream(InputStream in, Socket socket, long endNanos) {
            super(in);
            this.socket = socket;
            this.endNanos = endNanos;
        }

        @Override
        public int read() throws IOException {
            socket.setSoTimeout((int) Math.max(1, millisLeft(endNanos)));
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            socket.setSoTimeout((int) Math.max(1, millisLeft(endNanos)));
            return super.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
