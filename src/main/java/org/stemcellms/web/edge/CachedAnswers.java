package org.stemcellms.web.edge;

import java.net.URI;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

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
        if (entry != null) {
            response.setChunked(entry.body().length > outputBuffer).end(Buffer.buffer(entry.body()));
        } else {
            response.end();
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
