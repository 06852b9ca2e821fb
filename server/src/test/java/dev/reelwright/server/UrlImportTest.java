package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.reelwright.server.http.ApiServer;
import dev.reelwright.server.upload.AddressPolicy;
import dev.reelwright.server.upload.UrlImport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL import against a local file server, with a fake resolver standing in for DNS. */
class UrlImportTest {
    private HttpServer files;
    private ApiServer server;
    private ApiClient client;
    private String session;
    private int filesPort;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);
        files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        files.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> redirects = Map.of("/once", "/photo.png", "/a", "/b", "/b", "/c", "/c", "/d", "/d", "/photo.png",
                    "/inside", "http://internal.example/secret.png");
            if (redirects.containsKey(path)) {
                exchange.getResponseHeaders().add("Location", redirects.get(path));
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/photo.png")) {
                exchange.sendResponseHeaders(200, png.size());
                exchange.getResponseBody().write(png.toByteArray());
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        files.start();
        filesPort = files.getAddress().getPort();
        Map<String, String> dns = Map.of("files.example", "127.0.0.1", "internal.example", "10.0.0.5",
                "metadata.example", "169.254.169.254", "sneaky.example", "::ffff:192.168.0.1");
        UrlImport imports = new UrlImport(host -> {
            try {
                return dns.containsKey(host) ? List.of(InetAddress.getByName(dns.get(host))) : List.of();
            } catch (java.net.UnknownHostException e) {
                return List.of();
            }
        }, Duration.ofSeconds(20), address -> address.getHostAddress().equals("127.0.0.1"));
        server = new ApiServer(TestDatabases.open("sqlite", folder), ServerSettings.defaults(), folder,
                new PrintStream(OutputStream.nullOutputStream()), imports);
        client = new ApiClient("http://127.0.0.1:" + server.start("127.0.0.1", 0));
        client.signIn("importer");
        session = client.send("POST", "/api/tasks/me/with-session/nemo_agent", "{}").path("data").path("session_id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
        files.stop(0);
    }

    private JsonNode importUrl(String url) throws Exception {
        return client.send("POST", "/api/upload-video/nemo_agent/me/" + session, "{\"urls\": [\"" + url + "\"], \"source_type\": \"url\"}",
                "Content-Type", "application/json");
    }

    @Test
    void aPublicFileIsFetchedThroughAtMostThreeRedirectsAndKeptLikeAnUpload() throws Exception {
        JsonNode direct = importUrl("http://files.example:" + filesPort + "/photo.png");
        assertEquals(0, direct.path("code").asInt(), direct.toString());
        assertEquals(40, direct.path("data").path("files").get(0).path("width").asInt());
        assertEquals(0, importUrl("http://files.example:" + filesPort + "/once").path("code").asInt());
        JsonNode tooMany = importUrl("http://files.example:" + filesPort + "/a");
        assertEquals(4001, tooMany.path("code").asInt());
        assertTrue(tooMany.path("message").asText().contains("redirects"), tooMany.toString());
    }

    @Test
    void internalAddressesAreRefusedBeforeAndAfterRedirects() throws Exception {
        for (String url : List.of("http://internal.example/x.png", "http://metadata.example/latest/meta-data", "http://sneaky.example/x.png",
                "http://127.0.0.2:" + filesPort + "/photo.png", "http://[::1]/x.png", "http://files.example:" + filesPort + "/inside",
                "ftp://files.example/photo.png", "file:///etc/passwd", "http://user:secret@files.example/photo.png",
                "http://nowhere.example/x.png")) {
            JsonNode refused = importUrl(url);
            assertEquals(4001, refused.path("code").asInt(), url + ": " + refused);
        }
        assertTrue(importUrl("http://metadata.example/").path("message").asText().contains("link-local"));
        assertEquals(0, client.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state")
                .path("video_infos").size(), "nothing was kept");
    }

    @Test
    void theAddressPolicyRefusesEveryNonPublicRange() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
                "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12::3")) {
            assertNotNull(AddressPolicy.refusal(InetAddress.getByName(address)), address);
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = 8;
        mapped[13] = 8;
        mapped[14] = 8;
        mapped[15] = 8;
        assertNotNull(AddressPolicy.refusal(Inet6Address.getByAddress(null, mapped, -1)), "IPv4-mapped IPv6");
        byte[] nat64 = {0, 0x64, (byte) 0xFF, (byte) 0x9B, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 1};
        assertNotNull(AddressPolicy.refusal(Inet6Address.getByAddress(null, nat64, -1)), "NAT64");
        for (String address : List.of("8.8.8.8", "93.184.216.34", "2606:4700::1111")) {
            assertNull(AddressPolicy.refusal(InetAddress.getByName(address)), address);
        }
    }
}
