package org.stemcellms.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (prefix {@code stemcellms}). */
@ConfigMapping(prefix = "stemcellms")
public interface ApiSettings {

    /** The largest request body accepted; larger ones are refused with a 413 problem. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** How long shared caches and browsers may reuse a public response without revalidating (Cache-Control max-age). */
    @WithDefault("60S")
    Duration cacheMaxAge();

    /**
     * Collections count matching items exactly up to this many; past it, {@code totalItems} is this lower bound and
     * {@code totalItemsExact} is false, so that a filter matching 90,000 rows is as fast to page as one matching 10,000.
     */
    @WithDefault("10000")
    long exactCountLimit();

    Cors cors();

    RateLimit rateLimit();

    Embed embed();

    interface Cors {

        /** Browser origins (https://editor.example.org) allowed to write; public GETs are open to every origin. */
        Optional<List<String>> writeOrigins();

        /** How long browsers may cache a preflight answer (Access-Control-Max-Age). */
        @WithDefault("24H")
        Duration maxAge();
    }

    /** The budget of anonymous requests per client address; requests with a valid editor or admin token are not counted. */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make per period, and may burst to. */
        @WithDefault("600")
        long requests();

        @WithDefault("60S")
        Duration period();

        /** The most clients (addresses, IPv6 /64 networks) holding a bucket; past it, the least active are forgotten. */
        @WithDefault("100000")
        long maxClients();

        /** A client idle this long is forgotten (its bucket is full again by then); never less than the period. */
        @WithDefault("10M")
        Duration idleExpiry();
    }

    interface Embed {

        /** Who may frame the widget pages under /embed: the frame-ancestors of their Content-Security-Policy. */
        @WithDefault("*")
        String frameAncestors();

        /** How old the exchange rates may be before the widget says, next to their date, that they are old (ISO-8601, P1Y). */
        @WithDefault("P1Y")
        java.time.Period rateMaxAge();
    }
}
