package org.stemcellms.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.LogCapture;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;

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
}
