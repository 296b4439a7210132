package org.stemcellms.web;

import static io.restassured.RestAssured.given;
import static org.stemcellms.testing.Requests.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Headers every response carries, whoever answers it (a resource, a problem, a 304, the response cache, Quarkus
 * under /q): nosniff and a Referrer-Policy, and no header field twice.
 */
@QuarkusTest
class ResponseHeadersTest {

    @TestFactory
    Stream<DynamicTest> shouldSendSecurityHeadersOnceOnEveryDocumentedGet() {
        return ApiDocument.gets().stream().map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
            Response first = as(get).get(get.path()).then().extract().response();
            check(get.toString(), first);
            // the same again, now from the response cache, and revalidated
            check(get + " again", as(get).get(get.path()).then().extract().response());
            if (first.header("ETag") != null) {
                check(get + " revalidated", as(get).header("If-None-Match", first.header("ETag")).get(get.path()).then()
                        .extract().response());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldSendSecurityHeadersOnceOnPagesErrorsAndQuarkusEndpoints() {
        Map<String, Function<RequestSpecification, Response>> requests = Map.ofEntries(
                Map.entry("GET / as a browser", spec -> spec.accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/")),
                Map.entry("GET /check", spec -> spec.accept("text/html").get("/check")),
                Map.entry("GET /embed/costs", spec -> spec.get("/embed/costs?country=MX")),
                Map.entry("GET /embed/widget.js", spec -> spec.get("/embed/widget.js")),
                Map.entry("GET unknown path", spec -> spec.get("/api/v1/nothing-here")),
                Map.entry("GET unknown page", spec -> spec.accept("text/html").get("/nothing-here")),
                Map.entry("POST on a collection without a token", spec -> spec.contentType("application/json").body("{}")
                        .post("/api/v1/notes")),
                Map.entry("PUT on a collection (405)", spec -> spec.contentType("application/json").body("{}").put("/api/v1/notes")),
                Map.entry("GET with an unacceptable Accept (406)", spec -> spec.accept("image/png").get("/api/v1/notes")),
                Map.entry("GET with an invalid parameter (400)", spec -> spec.get("/api/v1/notes?size=0")),
                Map.entry("OPTIONS", spec -> spec.options("/api/v1/notes")),
                Map.entry("CORS preflight", spec -> spec.header("Origin", "https://partner.example")
                        .header("Access-Control-Request-Method", "GET").options("/api/v1/notes")),
                Map.entry("GET cross-origin", spec -> spec.header("Origin", "https://partner.example").get("/api/v1/notes")),
                Map.entry("GET /q/health", spec -> spec.get("/q/health")),
                Map.entry("GET /q/openapi", spec -> spec.get("/q/openapi")),
                Map.entry("GET /q/metrics", spec -> spec.get("/q/metrics")));
        return requests.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(request -> DynamicTest.dynamicTest(
                request.getKey(), () -> check(request.getKey(), request.getValue().apply(given()))));
    }

    private static void check(String what, Response response) {
        Map<String, Long> counts = response.headers().asList().stream()
                .collect(Collectors.groupingBy(header -> header.getName().toLowerCase(Locale.ROOT), Collectors.counting()));
        List<String> repeated = counts.entrySet().stream().filter(count -> count.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(repeated.isEmpty(), what + " repeats " + repeated + ": " + response.headers().asList().stream()
                .map(Header::toString).toList());
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"), what);
    }
}
