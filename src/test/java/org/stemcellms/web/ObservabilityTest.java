package org.stemcellms.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
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
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    // the logging context is read now, on the thread that logged, as a log handler would
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("org.stemcellms");
        root.addHandler(capture);
        try {
            var note = WriteBodies.BY_COLLECTION.get("notes");
            given().header("X-Request-Id", "write-7f3a").header("Authorization", note.writer()).contentType("application/json")
                    .body(note.json()).post(note.path()).then().statusCode(201);
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(records.stream().anyMatch(record -> "write-7f3a".equals(record.getMdc("requestId"))
                && record.getFormattedMessage().contains("notes/zz-test-note")), "a log line of the write carries its id: "
                        + records.stream().map(record -> record.getMdc("requestId") + " " + record.getFormattedMessage()).toList());
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
