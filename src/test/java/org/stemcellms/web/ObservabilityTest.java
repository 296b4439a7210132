package org.stemcellms.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.LogCapture;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Request ids, metrics per route template, health. */
@QuarkusTest
class ObservabilityTest extends WithoutTestRecords {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldGiveEveryResponseARequestIdAndPutItInProblems() {
        given().get("/api/v1/costs").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "partner-42.a").get("/api/v1/costs/zz-unknown").then().statusCode(404)
                .header("X-Request-Id", "partner-42.a")
                .body("requestId", is("partner-42.a"));
        // an id that could forge log lines is replaced
        given().header("X-Request-Id", "x\" injected=\"1").get("/api/v1/costs").then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
        given().get("/q/health/live").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldWriteTheRequestIdInTheLogLinesOfThatRequest() {
        var note = WriteBodies.BY_COLLECTION.get("notes");
        try (var logs = LogCapture.of("org.stemcellms")) {
            given().header("X-Request-Id", "write-7f3a").header("Authorization", note.writer()).contentType("application/json")
                    .body(note.json()).post(note.path()).then().statusCode(201);
            assertTrue(logs.lines().contains("[write-7f3a] CREATE notes/zz-test-note by test-editor"),
                    "a log line of the write carries its id: " + logs.lines());
        }
    }

    @Test
    void shouldCountRequestsPerRouteTemplateNotPerUrl() {
        given().get("/api/v1/costs/hsct-in").then().statusCode(200);
        given().header("If-None-Match", given().get("/api/v1/costs").header("ETag")).get("/api/v1/costs").then().statusCode(304);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/api/v1/costs/{id}\""))
                .body(not(containsString("uri=\"/api/v1/costs/hsct-in\"")))
                .body(containsString("agroal_"))
                .body(containsString("stemcellms_http_revalidations_total{result=\"not_modified\"}"));
    }

    @Test
    void shouldKeepTheRouteTemplateOfEveryKindOfPage() {
        given().get("/").then().statusCode(200);
        given().get("/embed/widget.js").then().statusCode(200);
        given().get("/check").then().statusCode(200);
        given().get("/api/v1/costs/summary").then().statusCode(200);
        given().get("/api/v1/countries/MX/clinics").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"root\""))
                .body(containsString("uri=\"/embed/widget.js\""))
                .body(containsString("uri=\"/check\""))
                .body(containsString("uri=\"/api/v1/costs/summary\""))
                .body(containsString("uri=\"/api/v1/countries/{code}/clinics\""));
    }

    @Test
    void shouldKeepMetricLabelsBoundedWhateverMethodsAndPathsClientsSend() throws Exception {
        Set<String> before = requestSeries();
        // plain HttpClient: these answers belong to no documented operation, so the OpenAPI check does not apply
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://localhost:" + RestAssured.port;
        for (int i = 0; i < 1_000; i++) {
            String method = i % 2 == 0 ? "FOO" + i : "GET";
            String path = switch (i % 5) {
                case 0 -> "/api/v1/countries/Q" + i;
                case 1 -> "/junk/" + i;
                case 2 -> "/api/v1/costs/x" + i + "/deeper";
                case 3 -> "/api/v1/notes?page=x" + i;
                default -> "/embed/junk-" + i;
            };
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, method + " " + path + ": " + response.statusCode());
        }
        // a client's mistake on a real route keeps its template: GET /api/v1/notes?page=x is a 400 there
        given().get("/q/metrics").then()
                .body(containsString("method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"400\",uri=\"/api/v1/notes\""));
        Set<String> added = requestSeries();
        added.removeAll(before);
        assertTrue(added.size() <= 20, "1,000 junk requests made " + added.size() + " new series, such as "
                + added.stream().limit(12).toList());
        for (String series : added) {
            assertTrue(series.matches(".*method=\"(GET|UNKNOWN)\".*"), series);
            assertTrue(series.matches(".*uri=\"(NOT_FOUND|UNKNOWN|/api/v1/countries/\\{code}|/api/v1/notes|/api/v1/costs/\\{id})\".*"),
                    series);
        }
    }

    /** The series of HTTP server metrics now, one line each, without their values. */
    private static Set<String> requestSeries() {
        return Arrays.stream(given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n"))
                .filter(line -> line.startsWith("http_server_"))
                .map(line -> line.substring(0, line.lastIndexOf(' ')))
                .collect(Collectors.toSet());
    }
}
