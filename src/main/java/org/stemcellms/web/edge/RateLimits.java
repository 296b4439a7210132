package org.stemcellms.web.edge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.github.benmanes.caffeine.cache.Ticker;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;
import org.stemcellms.web.ApiSettings;
import org.stemcellms.web.Roles;
import org.stemcellms.web.problem.Problem;
import org.stemcellms.web.problem.ProblemMapper;

/**
 * Rate limiting of anonymous traffic, per client address, with token buckets (bucket4j): a client may
 * make stemcellms.rate-limit.requests requests per stemcellms.rate-limit.period, in bursts up to that
 * many. Over it, a 429 problem with Retry-After. Every counted response says where the client stands,
 * in the IETF httpapi RateLimit and RateLimit-Policy fields. A request with a valid editor or admin
 * token is not counted: editors are never limited by the anonymous budget (a forged token is counted).
 * Behind a proxy, the client address is the forwarded one only when quarkus.http.proxy.* says so. The
 * buckets are bounded in number and forgotten when idle ({@link ClientBuckets}), whatever the traffic.
 */
public class RateLimits {

    private static final String POLICY = "anonymous";
    private static final String PROBE = RateLimits.class.getName() + ".probe";
    /** Resolved per request: filters are created before the runtime configuration exists. */
    private final Provider<ApiSettings> settings;
    private final Provider<MeterRegistry> metrics;
    private final JWTParser tokens;
    /** Made on the first counted request, from the runtime configuration. */
    private volatile ClientBuckets buckets;

    RateLimits(Provider<ApiSettings> settings, Provider<MeterRegistry> metrics, JWTParser tokens) {
        this.settings = settings;
        this.metrics = metrics;
        this.tokens = tokens;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        ApiSettings.RateLimit limit = settings.get().rateLimit();
        if (!limit.enabled() || isEditor(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return null;
        }
        ConsumptionProbe probe = buckets(limit).of(address(http)).tryConsumeAndReturnRemaining(1);
        request.setProperty(PROBE, probe);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        Response.ResponseBuilder problem = ProblemMapper.problem(429, Problem.ABOUT_BLANK, "Too Many Requests",
                "This client has used its budget of " + limit.requests() + " requests per " + limit.period().toSeconds()
                        + " seconds; retry after the time in Retry-After. Editors with a token are not limited.",
                request.getUriInfo(), List.of())
                .header(HttpHeaders.RETRY_AFTER, retryAfter);
        headers(limit, probe).forEach(problem::header);
        return problem.build();
    }

    /**
     * For the fast path (CachedAnswers), which has no request context: takes one request from the client's budget and
     * gives the headers the answer carries (none when limits are off); null when the budget is spent, for the normal
     * path to answer the 429 (asking again takes nothing from an empty bucket).
     */
    Map<String, String> consume(HttpServerRequest http) {
        ApiSettings.RateLimit limit = settings.get().rateLimit();
        if (!limit.enabled()) {
            return Map.of();
        }
        ConsumptionProbe probe = buckets(limit).of(address(http)).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? headers(limit, probe) : null;
    }

    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe && probe.isConsumed()) {
            headers(settings.get().rateLimit(), probe).forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    private ClientBuckets buckets(ApiSettings.RateLimit limit) {
        ClientBuckets made = buckets;
        if (made == null) {
            synchronized (this) {
                made = buckets;
                if (made == null) {
                    made = new ClientBuckets(limit.maxClients(), limit.idleExpiry(), limit.period(), () -> Bucket.builder()
                            .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                            .build(), Ticker.systemTicker());
                    Gauge.builder("stemcellms.rate.limit.clients", made, ClientBuckets::size)
                            .description("Clients (addresses, IPv6 /64 networks) holding a rate-limit bucket").register(metrics.get());
                    buckets = made;
                }
            }
        }
        return made;
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }

    private static Map<String, String> headers(ApiSettings.RateLimit limit, ConsumptionProbe probe) {
        long reset = Math.max(0, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset() + 999_999_999));
        return Map.of("RateLimit-Policy", "\"" + POLICY + "\";q=" + limit.requests() + ";w=" + limit.period().toSeconds(),
                "RateLimit", "\"" + POLICY + "\";r=" + probe.getRemainingTokens() + ";t=" + reset);
    }

    /** A token this service would accept, of someone who may write: a forged or expired one is anonymous. */
    private boolean isEditor(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        try {
            JsonWebToken token = tokens.parse(authorization.substring(7).trim());
            Set<String> groups = token.getGroups();
            return groups != null && (groups.contains(Roles.EDITOR) || groups.contains(Roles.ADMIN));
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }
}
