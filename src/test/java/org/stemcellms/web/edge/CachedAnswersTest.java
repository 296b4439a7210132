package org.stemcellms.web.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
    private static final int TOGETHER = 16;

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

    /**
     * Requests arriving together for a representation nobody has computed yet: one computes it, the others wait (in the
     * fast path, without a thread, when they arrive after it started) and get the same answer as the pipeline gives.
     */
    @Test
    void shouldAnswerRequestsThatWaitedForTheSameRepresentationAsThePipelineDoes() throws Exception {
        // a page size no other test asks for, so that the representation is not cached yet
        String path = "/api/v1/clinics?size=" + (37 + new Random().nextInt(60)) + "&sort=-name";
        ExecutorService clients = Executors.newFixedThreadPool(TOGETHER);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < TOGETHER; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return given().accept("application/json").get(path);
                }));
            }
            start.countDown();
            Response pipeline = given().accept(PIPELINE_ACCEPT).get(path);
            for (Future<Response> answer : answers) {
                Response together = answer.get();
                assertEquals(pipeline.statusCode(), together.statusCode(), path);
                assertEquals(fields(pipeline), fields(together), path);
                assertArrayEquals(pipeline.asByteArray(), together.asByteArray(), path);
            }
        } finally {
            clients.shutdownNow();
        }
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
