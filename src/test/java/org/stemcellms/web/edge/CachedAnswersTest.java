package org.stemcellms.web.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.web.RequestIds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The fast path answers exactly as the resource pipeline does: for every public GET of the API, its JSON answer, the
 * same from another origin, and its 304, are compared field by field (values too, but for the request id) and byte by
 * byte with the pipeline's answer to the same request with an Accept the fast path leaves to the pipeline.
 */
@QuarkusTest
class CachedAnswersTest {

    private static final Pattern ANSWERED = Pattern.compile("(?m)^stemcellms_cached_answers_total(?:\\{[^}]*})? ([0-9.E]+)$");
    /** Negotiates JSON as the fast path's Accept does, but is not one the fast path takes. */
    private static final String PIPELINE_ACCEPT = "application/json, text/csv;q=0.5";

    @TestFactory
    Stream<DynamicTest> shouldAnswerAsTheResourcePipelineDoes() {
        return ApiDocument.gets().stream()
                .filter(get -> !get.isSecured() && get.path().startsWith("/api/v1/") && get.mediaTypes(200).contains("application/json"))
                .map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
                    String path = withRequiredParameters(get);
                    Response pipeline = given().accept(PIPELINE_ACCEPT).get(path);
                    if (pipeline.statusCode() != 200) {
                        return; // an example this database does not hold (the audit trail's); nothing to cache
                    }
                    compare(path, spec -> spec);
                    compare(path, spec -> spec.header("Origin", "https://partner.example"));
                    String etag = pipeline.header("ETag");
                    assertNotNull(etag, path);
                    compare(path, spec -> spec.header("If-None-Match", etag));
                }));
    }

    /** One request to the fast path, the same to the pipeline: equal status, fields and bytes. */
    private static void compare(String path, UnaryOperator<RequestSpecification> request) {
        request.apply(given().accept(PIPELINE_ACCEPT)).get(path); // the cache holds it now, whichever path runs
        double before = answered();
        Response fast = request.apply(given().accept("application/json")).get(path);
        assertEquals(before + 1, answered(), "the fast path answered " + path);
        Response pipeline = request.apply(given().accept(PIPELINE_ACCEPT)).get(path);
        assertEquals(before + 1, answered(), "the pipeline answered " + path);
        assertEquals(pipeline.statusCode(), fast.statusCode(), path);
        assertEquals(fields(pipeline), fields(fast), path);
        assertArrayEquals(pipeline.asByteArray(), fast.asByteArray(), path);
    }

    private static Map<String, String> fields(Response response) {
        Map<String, String> fields = new TreeMap<>();
        response.headers().forEach(header -> fields.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + "\n" + b));
        assertNotNull(fields.put(RequestIds.HEADER.toLowerCase(Locale.ROOT), "(differs)"), "a request id");
        return fields;
    }

    private static String withRequiredParameters(ApiDocument.Get get) {
        StringBuilder query = new StringBuilder();
        get.queryParameters().stream().filter(p -> Boolean.TRUE.equals(p.getRequired()))
                .forEach(p -> query.append(query.length() == 0 ? "?" : "&").append(p.getName()).append('=').append(p.getExample()));
        return get.path() + query;
    }

    private static double answered() {
        Matcher matcher = ANSWERED.matcher(given().get("/q/metrics").asString());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
