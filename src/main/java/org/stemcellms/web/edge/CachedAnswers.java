package org.stemcellms.web.edge;

import java.net.URI;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stemcellms.web.AllowedMethods;
import org.stemcellms.web.Api;
import org.stemcellms.web.caching.ContentVersion;
import org.stemcellms.web.caching.ETags;
import org.stemcellms.web.caching.HttpCaching;
import org.stemcellms.web.caching.ResponseCache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The fast path: a public GET of the API whose JSON representation the response cache holds (or whose ETag the client
 * already has) is answered here, in a Vert.x route ahead of RESTEasy Reactive, with the status, headers and body the
 * resource pipeline would give it (CachedAnswersTest compares the two, header by header, for every cacheable
 * operation). Anything else goes on to that pipeline: a token, a body, If-Match, {@code If-None-Match: *} or a tag
 * that does not match, an Accept other than none, {@code *}{@code /*} or JSON, {@code format=}, a cache miss, a spent
 * rate limit, or a content version not known in memory (reading it would block the event loop).
 */
public class CachedAnswers {

    private static final Set<String> JSON_ACCEPTS = Set.of(MediaType.WILDCARD, MediaType.APPLICATION_JSON);
    /** Where Quarkus's HTTP metrics read the route template of a request, for their {@code uri} label. */
    private static final String METRICS_TEMPLATE = "UrlPathTemplate";

    private final HttpCaching caching;
    private final ResponseCache cache;
    private final ContentVersion contentVersion;
    private final RateLimits rateLimits;
    private final AllowedMethods routes;
    private final Counter answered;
    /** RESTEasy Reactive sends a body larger than its output buffer in chunks, and so does this path. */
    private final int outputBuffer;
    /**
     * The most of a body handed to the connection at once. A body is written a chunk at a time, the next one when the
     * connection has taken the last: handing over a whole 3.4 MB summary to each of 64 slow readers at once held 200 MiB of
     * direct memory (Netty copies each write into it) and then failed every other answer for want of it.
     */
    static final int CHUNK_BYTES = 32 * 1024;

    CachedAnswers(HttpCaching caching, ResponseCache cache, ContentVersion contentVersion, RateLimits rateLimits,
            AllowedMethods routes, MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.rest.output-buffer-size", defaultValue = "8191") int outputBuffer) {
        this.outputBuffer = outputBuffer;
        this.caching = caching;
        this.cache = cache;
        this.contentVersion = contentVersion;
        this.rateLimits = rateLimits;
        this.routes = routes;
        this.answered = Counter.builder("stemcellms.cached.answers")
                .description("Public GETs answered by the fast path ahead of the resource pipeline (from the response cache, or 304)")
                .register(metrics);
    }

    void register(@Observes Router router) {
        // after the request id, edge headers and framing policy (Integer.MIN_VALUE), which every answer gets
        router.route().order(Integer.MIN_VALUE + 1).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        answer(context, true);
    }

    /**
     * @param mayWait whether a miss may wait for another request computing the same representation: once, then it peeks
     *        again, and a second miss goes on to the pipeline
     */
    private void answer(RoutingContext context, boolean mayWait) {
        HttpServerRequest request = context.request();
        OptionalLong version = isPlainPublicRead(request) ? contentVersion.inMemory() : OptionalLong.empty();
        if (version.isEmpty()) {
            context.next();
            return;
        }
        String tag = caching.tag(version.getAsLong(), URI.create(request.absoluteURI()), MediaType.APPLICATION_JSON);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        String matched = ifNoneMatch == null ? null : ETags.naming(ifNoneMatch, tag);
        ResponseCache.Entry entry = ifNoneMatch == null ? cache.peek(tag) : null;
        if (entry == null && ifNoneMatch == null && mayWait && waitForComputing(context, tag)) {
            return;
        }
        Map<String, String> limits = matched != null || entry != null ? rateLimits.consume(request) : null;
        if (limits == null) {
            // a tag that does not match, a miss or a spent budget: the resource pipeline decides, and counts
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        String template = routes.getTemplate(request.path());
        if (template != null && Vertx.currentContext() != null) {
            Vertx.currentContext().putLocal(METRICS_TEMPLATE, template);
        }
        if (entry != null) {
            entry.headers().forEach(response.headers()::set);
        } else {
            caching.countNotModified();
            response.setStatusCode(304).headers().set(HttpHeaders.ETAG, matched);
        }
        response.headers().set(HttpHeaders.CACHE_CONTROL, caching.publicCaching()).set(HttpHeaders.VARY, HttpCaching.VARY);
        if (request.getHeader("Origin") != null) {
            Cors.PUBLIC_READ.forEach(response.headers()::set);
        }
        limits.forEach(response.headers()::set);
        answered.increment();
        if (entry == null) {
            response.end();
        } else if (entry.body().length > outputBuffer) {
            writeInChunks(response.setChunked(true), entry.body(), 0);
        } else {
            response.end(Buffer.buffer(Unpooled.wrappedBuffer(entry.body())));
        }
    }

    /**
     * When another request is computing this representation, answers once it is done, from the cache, on this request's
     * event loop; a waiter holds no worker thread and its answer takes the chunked write below, not the pipeline's.
     */
    private boolean waitForComputing(RoutingContext context, String tag) {
        CompletableFuture<ResponseCache.Entry> computing = cache.computing(tag);
        Context eventLoop = Vertx.currentContext();
        if (computing == null || eventLoop == null) {
            return false;
        }
        computing.copy().orTimeout(ResponseCache.WAIT_MILLIS, TimeUnit.MILLISECONDS)
                .whenComplete((entry, failure) -> eventLoop.runOnContext(ignored -> {
                    if (!context.response().closed()) {
                        answer(context, false);
                    }
                }));
        return true;
    }

    /**
     * Writes a chunked body from {@code offset} on, a chunk at a time, the next one when the connection has taken the
     * last. The cached bytes are wrapped, not copied: nothing writes to them.
     */
    static void writeInChunks(HttpServerResponse response, byte[] body, int offset) {
        for (int from = offset; !response.closed() && !response.ended(); ) {
            int to = Math.min(body.length, from + CHUNK_BYTES);
            Buffer chunk = Buffer.buffer(Unpooled.wrappedBuffer(body, from, to - from));
            if (to == body.length) {
                response.end(chunk);
                return;
            }
            response.write(chunk);
            from = to;
            if (response.writeQueueFull()) {
                int next = from;
                response.drainHandler(drained -> {
                    response.drainHandler(null);
                    writeInChunks(response, body, next);
                });
                return;
            }
        }
    }

    /** A GET of the API as any anonymous client sends it, for JSON, without a body or a precondition only the resource decides. */
    private static boolean isPlainPublicRead(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.method() == HttpMethod.GET && request.path().startsWith(Api.BASE + "/")
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getHeader(HttpHeaders.IF_MATCH) == null
                && (ifNoneMatch == null || !ifNoneMatch.trim().equals("*"))
                && (accept == null || JSON_ACCEPTS.contains(accept.trim()))
                && (length == null || length.equals("0")) && request.getHeader("Transfer-Encoding") == null
                && (request.query() == null || !request.params().contains("format"));
    }
}
