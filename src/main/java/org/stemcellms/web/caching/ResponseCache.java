package org.stemcellms.web.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The bytes of public representations, by their tag (see {@link HttpCaching}): a repeated public GET is
 * answered from memory, without its queries or serialization. The tag holds the content version, which
 * every committed write moves on, so an entry can never be served after a write: it is simply never
 * asked for again, and ages out. Bounded in entries and bytes; least recently used entries go first.
 */
@Provider
@ApplicationScoped
public class ResponseCache implements WriterInterceptor {

    /** The request property that asks for the body being written to be kept under this tag. */
    static final String KEEP_AS = ResponseCache.class.getName() + ".keepAs";
    /** The request property holding the future its waiters wait on, which only this request completes. */
    static final String COMPUTING = ResponseCache.class.getName() + ".computing";
    private static final int MAX_ENTRIES = 2_000;
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final long MAX_ENTRY_BYTES = 8L * 1024 * 1024;
    /** How long a request waits for another that is computing the same representation. */
    public static final long WAIT_MILLIS = 10_000;
    /** The headers a cached answer repeats; ETag, Cache-Control and Vary are set again by HttpCaching. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, "Link", "Content-Disposition",
            "Content-Security-Policy", HttpHeaders.ETAG);

    /** A cached answer: its body and the headers that describe it. */
    public record Entry(byte[] body, Map<String, String> headers) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    /** The representations being computed now: a second request for one waits for it instead of computing it again. */
    private final Map<String, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();
    private long bytes;
    private final Counter hits;
    private final Counter misses;

    ResponseCache(MeterRegistry metrics) {
        this.hits = Counter.builder("stemcellms.response.cache").description("Public GETs answered from the response cache, or not")
                .tag("result", "hit").register(metrics);
        this.misses = Counter.builder("stemcellms.response.cache").tag("result", "miss").register(metrics);
    }

    /** What a request finds: a cached entry, or the duty to compute it (and to call {@link #done} with this future). */
    record Lookup(Entry entry, CompletableFuture<Entry> computing) {
    }

    /**
     * The cached representation; or, when another request is computing it, that one's result (waiting for it);
     * or the future this request must complete, by {@link #done}, once it has computed it or failed.
     */
    Lookup get(String tag) {
        Entry entry = cached(tag);
        if (entry != null) {
            hits.increment();
            return new Lookup(entry, null);
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = computing.putIfAbsent(tag, mine);
        if (other == null) {
            misses.increment();
            return new Lookup(null, mine);
        }
        try {
            entry = other.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the other request failed or is too slow: this one computes without waiting again
            computing.remove(tag, other);
        }
        (entry == null ? misses : hits).increment();
        // a request that waited in vain computes on its own, without registering: waiters wait for one request only
        return new Lookup(entry, null);
    }

    /** The cached representation, or null without waiting or registering anything: for the fast path (CachedAnswers). */
    public Entry peek(String tag) {
        Entry entry = cached(tag);
        if (entry != null) {
            hits.increment();
        }
        return entry;
    }

    /**
     * The computation of a representation another request is running now, or null: for the fast path, which waits for it
     * without a thread and then peeks again. Nothing is registered.
     */
    public CompletableFuture<Entry> computing(String tag) {
        return computing.get(tag);
    }

    /**
     * The computing request has finished, with an entry to share or without (an error, a body too large);
     * {@code mine} is its {@link #COMPUTING} property, the future only it completes.
     */
    @SuppressWarnings("unchecked")
    void done(String tag, Object mine, Entry entry) {
        if (mine instanceof CompletableFuture<?> future) {
            computing.remove(tag, future);
            ((CompletableFuture<Entry>) future).complete(entry);
        }
    }

    private synchronized Entry cached(String tag) {
        return entries.get(tag);
    }

    private synchronized void put(String tag, Entry entry) {
        Entry previous = entries.put(tag, entry);
        bytes += entry.body().length - (previous == null ? 0 : previous.body().length);
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(KEEP_AS) instanceof String tag)) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                original.write(b);
                if (copy.size() <= MAX_ENTRY_BYTES) {
                    copy.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                original.write(b, off, len);
                // past the limit the copy is useless: stop growing it
                if (copy.size() <= MAX_ENTRY_BYTES) {
                    copy.write(b, off, len);
                }
            }

            @Override
            public void flush() throws IOException {
                original.flush();
            }

            @Override
            public void close() throws IOException {
                original.close();
            }
        });
        Entry entry = null;
        try {
            context.proceed();
            if (copy.size() <= MAX_ENTRY_BYTES) {
                entry = new Entry(copy.toByteArray(), kept(context.getHeaders(), context.getMediaType()));
                put(tag, entry);
            }
        } finally {
            done(tag, context.getProperty(COMPUTING), entry);
        }
    }

    private static Map<String, String> kept(MultivaluedMap<String, Object> headers, jakarta.ws.rs.core.MediaType type) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            Object value = headers.getFirst(name);
            if (value != null) {
                kept.put(name, value.toString());
            }
        }
        if (type != null) {
            kept.putIfAbsent(HttpHeaders.CONTENT_TYPE, type.toString());
        }
        return kept;
    }
}
