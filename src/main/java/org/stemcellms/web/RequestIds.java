package org.stemcellms.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a sensible token, a new UUID
 * otherwise. It is sent back in the response's {@code X-Request-Id}, put in every problem body, and in
 * the logging context ({@code requestId}) of every log line written while the request is handled,
 * the access log's included. A Vert.x route, so that Quarkus's own endpoints (/q/...) have one too.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What a caller's id may be: no spaces, quotes or control characters that could forge log lines. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : newId();
            context.request().headers().set(HEADER, id);
            context.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id);
            context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, id));
            context.addEndHandler(ignored -> MDC.remove(MDC_KEY));
            context.next();
        });
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id to quote, not a secret, so it need not come from
     * the shared SecureRandom that UUID.randomUUID() locks on every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    /** The id of the request being handled on this thread, or null outside of one. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
