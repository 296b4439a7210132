package org.stemcellms.web.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.github.bucket4j.Bucket;

/**
 * The token bucket of each client, in a bounded map: at most {@code maxClients} buckets, and a client idle
 * for {@code idleExpiry} is forgotten. Past the bound, Caffeine evicts the clients seen least often, so a
 * flood of new addresses pushes out one-off visitors rather than the clients that keep coming back.
 */
final class ClientBuckets {

    private final Cache<String, Bucket> buckets;
    private final Supplier<Bucket> newBucket;

    /**
     * {@code idleExpiry} is raised to {@code refillPeriod} if shorter: a bucket dropped before its period is over
     * would hand its client a full budget early.
     */
    ClientBuckets(long maxClients, Duration idleExpiry, Duration refillPeriod, Supplier<Bucket> newBucket, Ticker ticker) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(idleExpiry.compareTo(refillPeriod) < 0 ? refillPeriod : idleExpiry)
                .ticker(ticker)
                .build();
        this.newBucket = newBucket;
    }

    /** The bucket of a client, keyed by {@link #key}: created full the first time, or again once forgotten. */
    Bucket of(String address) {
        return buckets.get(key(address), ignored -> newBucket.get());
    }

    /** How many clients have a bucket now, after pending evictions. */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /**
     * The client's key: an IPv4 address as it is; an IPv6 address as its /64 network, which one subscriber usually
     * has whole (so walking through its 2^64 addresses earns no new budgets); anything else as "unknown".
     */
    static String key(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (!address.contains(":")) {
            return address;
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            return "unknown";
        }
        byte[] bytes;
        try {
            // a literal with ':' is parsed, never looked up in DNS
            bytes = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
        if (bytes.length == 4) {
            // an IPv4-mapped IPv6 address (::ffff:192.0.2.1) is that IPv4 client
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return network.append(":/64").toString();
    }
}
