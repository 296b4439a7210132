package org.stemcellms.web.edge;

import java.util.Set;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import org.stemcellms.web.AllowedMethods;

/**
 * Keeps the labels of the HTTP server metrics to a fixed set, whatever clients send: a method outside
 * RFC 9110's becomes {@code UNKNOWN}, and a {@code uri} that is not a route template of the API (or one of
 * Quarkus's fixed values such as {@code NOT_FOUND}) becomes {@code UNKNOWN}. Without it, {@code FOO1
 * /api/v1/countries/Q1} (a 405, for which no template is recorded) would make a new series per request.
 */
@Singleton
public class MetricLabels implements MeterFilter {

    static final String UNKNOWN = "UNKNOWN";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");
    /** What Quarkus itself puts in {@code uri} for no match, redirects, the root and the unknown. */
    private static final Set<String> FIXED_URIS = Set.of("NOT_FOUND", "REDIRECTION", "root", UNKNOWN);

    private final AllowedMethods routes;

    MetricLabels(AllowedMethods routes) {
        this.routes = routes;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith("http.server.")) {
            return id;
        }
        String method = id.getTag("method");
        String uri = id.getTag("uri");
        boolean knownMethod = method == null || METHODS.contains(method);
        boolean knownUri = uri == null || FIXED_URIS.contains(uri) || routes.templates().contains(uri);
        if (knownMethod && knownUri) {
            return id;
        }
        return id.replaceTags(id.getTags().stream()
                .map(tag -> !knownMethod && tag.getKey().equals("method") || !knownUri && tag.getKey().equals("uri")
                        ? Tag.of(tag.getKey(), UNKNOWN) : tag)
                .toList());
    }
}
