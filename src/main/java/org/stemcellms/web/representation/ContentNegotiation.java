package org.stemcellms.web.representation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem;
import org.stemcellms.web.problem.ProblemMapper;

/**
 * Proactive content negotiation (RFC 9110 section 12.5.1) against what the matched operation produces:
 * q-values, the most specific range deciding a type's q, q=0 excluding, ties going to the operation's
 * first type (JSON before CSV). The winner replaces the Accept header, so that the resource, the response
 * writer and the cache key ({@code HttpCaching}) all see one concrete type; RESTEasy Reactive on its own
 * answers {@code application/*} with application/octet-stream and the record's toString(). No type fits: 406 problem.
 */
public class ContentNegotiation {

    /** The request property holding the negotiated {@link MediaType}. */
    static final String NEGOTIATED = ContentNegotiation.class.getName() + ".negotiated";

    /** A media range of Accept with its weight. */
    record Range(String type, String subtype, double q) {

        /** How specific the range is: 2 for type/subtype, 1 for type/*, 0 for the full wildcard. */
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(MediaType offered) {
            return (type.equals("*") || type.equalsIgnoreCase(offered.getType()))
                    && (subtype.equals("*") || subtype.equalsIgnoreCase(offered.getSubtype()));
        }
    }

    /** The request property holding the client's own Accept header, set aside before routing. */
    private static final String ACCEPT = ContentNegotiation.class.getName() + ".accept";
    /** The request property holding the 406 that a safe request gets unless it fails otherwise first (a 404). */
    private static final String NOT_ACCEPTABLE = ContentNegotiation.class.getName() + ".notAcceptable";

    /**
     * Sets the client's Accept aside, so that routing never refuses a request for its Accept alone: RESTEasy
     * would answer a 406 where the record does not exist (a 404) or the request is invalid (a 400). After the
     * format parameter (Representation), which turns format=csv into an Accept of its own.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public void setAcceptAside(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null) {
            request.setProperty(ACCEPT, accept);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
        }
    }

    /** Runs before HttpCaching, whose cache key is the negotiated type, and before any resource. */
    @ServerRequestFilter(priority = Priorities.HEADER_DECORATOR)
    public void negotiate(ContainerRequestContext request, ResourceInfo resource) {
        List<MediaType> offered = produced(resource);
        String accept = request.getProperty(ACCEPT) instanceof String original ? original : null;
        if (offered.isEmpty()) {
            if (accept != null) {
                request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
            }
            return;
        }
        Optional<MediaType> chosen = choose(accept, offered);
        if (chosen.isEmpty()) {
            ApiException refusal = notAcceptable(accept, offered);
            if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
                // a change is refused before it is made
                throw refusal;
            }
            // a read runs as JSON would, so that a missing record is still a 404; a success becomes this 406
            request.setProperty(NOT_ACCEPTABLE, refusal);
        }
        MediaType type = chosen.orElse(offered.get(0));
        request.setProperty(NEGOTIATED, type);
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, type.getType() + "/" + type.getSubtype());
    }

    /** A successful answer carries the negotiated type, whatever the writer would have guessed; or it is the 406 it deserves. */
    @ServerResponseFilter
    public void negotiatedType(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(NOT_ACCEPTABLE) instanceof ApiException refusal && response.getStatus() < 400) {
            ProblemMapper.replaceWith(refusal, request, response);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        if (request.getProperty(NEGOTIATED) instanceof MediaType chosen && response.getStatus() < 300 && response.hasEntity()
                && (response.getMediaType() == null || !response.getMediaType().isCompatible(chosen))) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, chosen);
        }
    }

    /** The negotiated type of this request, or null where the operation offers no choice (or none matched). */
    public static MediaType negotiated(ContainerRequestContext request) {
        return request.getProperty(NEGOTIATED) instanceof MediaType chosen ? chosen : null;
    }

    /**
     * The offered type the client prefers: the highest q, by the most specific range that matches each offered
     * type; equal q goes to the earlier offer. No Accept (or a blank one) accepts anything; ranges that do not
     * parse are ignored, and an Accept with none that parses accepts nothing.
     */
    static Optional<MediaType> choose(String accept, List<MediaType> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        MediaType best = null;
        double bestQ = 0;
        for (MediaType type : offered) {
            Range range = ranges.stream().filter(candidate -> candidate.matches(type))
                    .max((a, b) -> Integer.compare(a.specificity(), b.specificity())).orElse(null);
            if (range != null && range.q() > bestQ) {
                best = type;
                bestQ = range.q();
            }
        }
        return Optional.ofNullable(best);
    }

    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            String[] typeAndSubtype = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
            if (typeAndSubtype.length != 2 || !isToken(typeAndSubtype[0]) || !isToken(typeAndSubtype[1])
                    || (typeAndSubtype[0].equals("*") && !typeAndSubtype[1].equals("*"))) {
                continue;
            }
            double q = 1;
            boolean valid = true;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].trim().split("=", 2);
                if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                    q = weight(parameter[1].trim());
                    valid = q >= 0;
                }
            }
            if (valid) {
                ranges.add(new Range(typeAndSubtype[0], typeAndSubtype[1], q));
            }
        }
        return ranges;
    }

    /** An RFC 9110 qvalue: 0 to 1 with at most three decimals; -1 when it is not one. */
    private static double weight(String value) {
        if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
            return -1;
        }
        return Double.parseDouble(value);
    }

    private static boolean isToken(String value) {
        return value.matches("[!#$%&'*+.^_`|~0-9a-z-]+");
    }

    /** The media types the matched method produces, by its own {@code @Produces} or its class's, in their declared order. */
    private static List<MediaType> produced(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return List.of();
        }
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getResourceClass().getAnnotation(Produces.class);
        if (produces == null) {
            return List.of();
        }
        List<MediaType> types = new ArrayList<>();
        for (String value : produces.value()) {
            for (String type : value.split(",")) {
                types.add(MediaType.valueOf(type.trim()));
            }
        }
        return types;
    }

    private static ApiException notAcceptable(String accept, List<MediaType> offered) {
        String available = offered.stream().map(type -> type.getType() + "/" + type.getSubtype()).collect(Collectors.joining(", "));
        return new ApiException(406, Problem.ABOUT_BLANK, "Not Acceptable", "None of the media types in Accept (" + accept
                + ") can be produced here; this resource is available as " + available + ".", List.of());
    }
}
