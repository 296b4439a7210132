package org.stemcellms.web.caching;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Provider;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.stemcellms.web.ApiSettings;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem;
import org.stemcellms.web.problem.ProblemMapper;
import org.stemcellms.web.representation.ContentNegotiation;

/**
 * HTTP caching of public representations (JSON, CSV, HTML, script). Each gets a strong ETag derived from
 * the content version (which every committed write increases), the build, the request's path and query
 * (with scheme and host) and the media type negotiated from its Accept header ({@link ContentNegotiation}): equal
 * tags mean identical bodies, and after any write every tag changes at once. If-None-Match with a current tag
 * answers 304 before any query runs; If-Match, and If-None-Match: *, are decided on the resource's answer. Public
 * responses are {@code public, max-age=N}; anything for one editor is {@code private, no-store}; errors are not stored.
 * A repeated public GET is answered from {@link ResponseCache}, by the same tag, without running the resource.
 * An item's ETag keeps its version part first ("1.hogsz1azv6.x7Kp2..."), which If-Match compares.
 */
public class HttpCaching {

    public static final String PRIVATE = "private, no-store";
    private static final String TAG = HttpCaching.class.getName() + ".tag";
    private static final String FROM_CACHE = HttpCaching.class.getName() + ".fromCache";
    /** Set where the revalidation was counted already, before the resource ran. */
    private static final String COUNTED = HttpCaching.class.getName() + ".counted";
    public static final String VARY = HttpHeaders.ACCEPT + ", Origin";
    /** One digest per thread: every public GET computes a tag, and a digest is not thread-safe. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final ContentVersion contentVersion;
    /** Resolved per request: filters are created before the runtime configuration exists. */
    private final Provider<ApiSettings> settings;
    /** Which build is running (quarkus-info): a new build never answers 304 for what an older one produced. */
    private final String build;

    private final Counter notModified;
    private final Counter modified;

    private final ResponseCache cache;

    HttpCaching(ContentVersion contentVersion, Provider<ApiSettings> settings, io.quarkus.info.BuildInfo build, MeterRegistry metrics,
            ResponseCache cache) {
        this.cache = cache;
        this.contentVersion = contentVersion;
        this.settings = settings;
        this.build = build.version() + "@" + build.time();
        this.notModified = revalidations(metrics, "not_modified");
        this.modified = revalidations(metrics, "modified");
    }

    private static Counter revalidations(MeterRegistry metrics, String result) {
        return Counter.builder("stemcellms.http.revalidations")
                .description("Conditional GETs (If-None-Match): answered 304 (the client's cache hit) or with a new body")
                .tag("result", result).register(metrics);
    }

    @ServerRequestFilter
    public Response notModified(ContainerRequestContext request, ResourceInfo resource) {
        if (!isPublicRead(request, resource)) {
            return null;
        }
        String tag = tag(request);
        request.setProperty(TAG, tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (request.getHeaderString(HttpHeaders.IF_MATCH) != null || (ifNoneMatch != null && ifNoneMatch.trim().equals("*"))) {
            // these need the item's own tag, and If-Match goes first (RFC 9110 13.2.2): decided once the resource answered
            return null;
        }
        String matched = ifNoneMatch == null ? null : ETags.naming(ifNoneMatch, tag);
        if (ifNoneMatch != null) {
            request.setProperty(COUNTED, Boolean.TRUE);
            (matched == null ? modified : notModified).increment();
        }
        if (matched == null) {
            return HttpMethod.GET.equals(request.getMethod()) ? fromCache(request, tag) : null;
        }
        return Response.notModified().header(HttpHeaders.ETAG, matched).header(HttpHeaders.CACHE_CONTROL, publicCaching())
                .header(HttpHeaders.VARY, VARY).build();
    }

    /** The same representation as answered before, if the response cache still holds it; null to run the resource. */
    private Response fromCache(ContainerRequestContext request, String tag) {
        ResponseCache.Lookup lookup = cache.get(tag);
        ResponseCache.Entry entry = lookup.entry();
        if (entry == null) {
            request.setProperty(ResponseCache.KEEP_AS, tag);
            request.setProperty(ResponseCache.COMPUTING, lookup.computing());
            return null;
        }
        request.setProperty(FROM_CACHE, Boolean.TRUE);
        Response.ResponseBuilder answer = Response.ok(entry.body());
        entry.headers().forEach(answer::header);
        return answer.header(HttpHeaders.CACHE_CONTROL, publicCaching()).header(HttpHeaders.VARY, VARY).build();
    }

    @ServerResponseFilter
    public void cacheHeaders(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (response.getStatus() == 304 || request.getProperty(FROM_CACHE) != null) {
            return;
        }
        boolean publicRead = isPublicRead(request, resource);
        String etag = fullTag(request, response, publicRead);
        if (etag != null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            if (response.getStatus() == 200 && isRead(request)) {
                evaluatePreconditions(request, response, etag);
            }
        }
        int status = response.getStatus();
        if ((status != 200 || !response.hasEntity()) && request.getProperty(ResponseCache.KEEP_AS) instanceof String computed) {
            // only a 200 is worth keeping; whoever waits for this one computes its own
            request.removeProperty(ResponseCache.KEEP_AS);
            cache.done(computed, request.getProperty(ResponseCache.COMPUTING), null);
        }
        if (!publicRead) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
            return;
        }
        if (status != 200 && status != 304) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, publicCaching());
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
    }

    /**
     * The ETag of a successful answer: the record's tag (if any) with the representation's after it, the one a GET of
     * the same URL and negotiated type answers; for a write, the URL it changed or created (Location), read after its
     * commit, so that the ETag a write returns is the one the next GET returns. Null where there is nothing to tag.
     */
    private String fullTag(ContainerRequestContext request, ContainerResponseContext response, boolean publicRead) {
        int status = response.getStatus();
        Object itemTag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (!(status == 200 || status == 201) || (itemTag == null && !(publicRead && status == 200))) {
            return null;
        }
        String tag;
        if (status == 201 && response.getLocation() != null) {
            tag = tag(response.getLocation(), request);
        } else {
            tag = request.getProperty(TAG) instanceof String computed ? computed : tag(request.getUriInfo().getRequestUri(), request);
        }
        return ETags.withRepresentation(itemTag == null ? null : itemTag.toString(), tag);
    }

    /**
     * If-Match and If-None-Match on a read that would answer 200 (RFC 9110 13.2.2, in that order): If-Match names
     * no current tag, 412; If-None-Match is * (the item exists) or names the current tag, 304.
     */
    private void evaluatePreconditions(ContainerRequestContext request, ContainerResponseContext response, String etag) {
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.trim().equals("*") && !ETags.strongMatch(ifMatch, etag)) {
            withoutRepresentationHeaders(response);
            ProblemMapper.replaceWith(new ApiException(412, Problem.ABOUT_BLANK, "Precondition Failed", "The representation has "
                    + "changed since the ETag in If-Match; its current ETag is " + etag + ".", List.of()), request, response);
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean unchanged = ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ETags.weakMatch(ifNoneMatch, etag));
        if (ifNoneMatch != null && request.getProperty(COUNTED) == null) {
            (unchanged ? notModified : modified).increment();
        }
        if (unchanged) {
            withoutRepresentationHeaders(response);
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static void withoutRepresentationHeaders(ContainerResponseContext response) {
        for (String name : List.of(HttpHeaders.CONTENT_TYPE, "Content-Disposition", "Link")) {
            response.getHeaders().remove(name);
        }
    }

    private static boolean isRead(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    /** Counts a conditional GET answered 304 elsewhere (the fast path), as this class counts its own. */
    public void countNotModified() {
        notModified.increment();
    }

    public String publicCaching() {
        return "public, max-age=" + settings.get().cacheMaxAge().toSeconds();
    }

    /** A GET or HEAD anyone may make, without a token: the audit trail and every write are for one editor only. */
    static boolean isPublicRead(ContainerRequestContext request, ResourceInfo resource) {
        String method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && !(resource != null && resource.getResourceMethod() != null
                        && (resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
                                || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class)));
    }

    private String tag(ContainerRequestContext request) {
        return tag(request.getUriInfo().getRequestUri(), request);
    }

    private String tag(URI uri, ContainerRequestContext request) {
        // the negotiated type, not the raw Accept: "*/*" and "application/json" share a tag, JSON and CSV never do
        var negotiated = ContentNegotiation.negotiated(request);
        String accept = negotiated != null ? negotiated.getType() + "/" + negotiated.getSubtype()
                : request.getHeaderString(HttpHeaders.ACCEPT);
        return tag(contentVersion.current(), uri, accept);
    }

    /** The tag of the representation of {@code uri} in the {@code accept} type (negotiated) at content version {@code version}. */
    public String tag(long version, URI uri, String accept) {
        // the scheme and host too: the landing page, the widget page and oEmbed hold absolute URLs built from them
        String key = version + "\n" + build + "\n" + uri.getScheme() + "://" + uri.getRawAuthority()
                + uri.getRawPath() + "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery()) + "\n" + (accept == null ? "" : accept);
        byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    }
}
