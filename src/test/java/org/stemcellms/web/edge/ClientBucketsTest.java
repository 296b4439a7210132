package org.stemcellms.web.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.Bucket;

/** The rate-limit buckets stay bounded in number and forget idle clients, while each client's budget holds. */
class ClientBucketsTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final AtomicLong nanos = new AtomicLong();

    private ClientBuckets buckets(long maxClients, Duration idleExpiry) {
        return new ClientBuckets(maxClients, idleExpiry, Duration.ofMinutes(1),
                () -> Bucket.builder().addLimit(limit -> limit.capacity(3).refillGreedy(3, HOUR)).build(), nanos::get);
    }

    @Test
    void shouldStayBoundedUnderAFloodOfAddressesWhileAnActiveClientKeepsItsSpentBudget() {
        ClientBuckets buckets = buckets(1_000, Duration.ofMinutes(10));
        String steady = "198.51.100.7";
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.of(steady).tryConsume(1));
        }
        for (int i = 0; i < 200_000; i++) {
            String address = i % 2 == 0
                    ? "10." + (i >>> 16 & 0xff) + "." + (i >>> 8 & 0xff) + "." + (i & 0xff)
                    : "2001:db8:" + Integer.toHexString(i >>> 16) + ":" + Integer.toHexString(i & 0xffff) + "::1";
            buckets.of(address).tryConsume(1);
            if (i % 100 == 0) {
                // the client that used up its budget keeps coming: flooding must not hand it a new one
                assertFalse(buckets.of(steady).tryConsume(1), "the steady client got a fresh budget after " + i + " new addresses");
            }
            if (i % 10_000 == 0) {
                assertTrue(buckets.size() <= 1_000, "buckets: " + buckets.size());
            }
        }
        assertTrue(buckets.size() <= 1_000, "buckets: " + buckets.size());
        assertFalse(buckets.of(steady).tryConsume(1));
        // a newcomer still gets its whole budget, and no more
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.of("203.0.113.9").tryConsume(1));
        }
        assertFalse(buckets.of("203.0.113.9").tryConsume(1));
    }

    @Test
    void shouldForgetIdleClientsButNotBeforeTheirBudgetIsWholeAgain() {
        ClientBuckets buckets = buckets(1_000, Duration.ofSeconds(5));
        Bucket first = buckets.of("192.0.2.1");
        buckets.of("192.0.2.2");
        // an idle expiry shorter than the refill period (a minute) is raised to it
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        assertSame(first, buckets.of("192.0.2.1"));
        assertEquals(2, buckets.size());
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        assertEquals(0, buckets.size());
        assertNotSame(first, buckets.of("192.0.2.1"));
    }

    @Test
    void shouldCountAnIpv6ClientPerSlash64Network() {
        assertEquals("2001:db8:a:b::/64", ClientBuckets.key("2001:db8:a:b:1:2:3:4"));
        assertEquals("2001:db8:a:b::/64", ClientBuckets.key("2001:0db8:000a:000b:ffff::9"));
        assertEquals("2001:db8:0:0::/64", ClientBuckets.key("2001:db8::1"));
        assertEquals("2001:db8:0:0::/64", ClientBuckets.key("[2001:db8::2]"));
        assertEquals("fe80:0:0:0::/64", ClientBuckets.key("fe80::1%eth0"));
        assertEquals("192.0.2.1", ClientBuckets.key("::ffff:192.0.2.1"));
        assertEquals("192.0.2.1", ClientBuckets.key("192.0.2.1"));
        assertEquals("unknown", ClientBuckets.key(null));
        assertEquals("unknown", ClientBuckets.key("not:an:address"));
    }
}
