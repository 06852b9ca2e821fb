package dev.reelwright.server.upload;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a URL import may connect to: public unicast only. Refused: loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), link-local (169.254/16,
 * fe80::/10), multicast, unspecified, broadcast, and IPv4 addresses wrapped in IPv6
 * (::ffff:a.b.c.d, the deprecated ::a.b.c.d, 64:ff9b::/96 NAT64).
 */
public final class AddressPolicy {
    private AddressPolicy() {
    }

    /** Why {@code address} is refused, or null when it may be used. */
    public static String refusal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (isMappedOrEmbeddedV4(b)) {
                return "an IPv4 address inside IPv6";
            }
            if ((b[0] & 0xFE) == 0xFC) {
                return "a private (unique local) address";
            }
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 100 && second >= 64 && second < 128) {
                return "a carrier-grade NAT address";
            }
            if (first == 0 || first >= 240) {
                return "a reserved address";
            }
        }
        return null;
    }

    private static boolean isMappedOrEmbeddedV4(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        boolean mapped = firstTenZero && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xFE) == 0);
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        return mapped || compatible || nat64;
    }
}
