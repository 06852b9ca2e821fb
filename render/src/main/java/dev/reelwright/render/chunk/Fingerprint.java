package dev.reelwright.render.chunk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over labelled parts, so two different lists of parts never run together into the same bytes. */
final class Fingerprint {
    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    Fingerprint add(String label, String value) {
        bytes(label.getBytes(StandardCharsets.UTF_8));
        bytes(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Fingerprint add(String label, long value) {
        return add(label, Long.toString(value));
    }

    void bytes(byte[] value) {
        digest.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        digest.update(value);
    }

    void bytes(byte[] value, int length) {
        digest.update(value, 0, length);
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
