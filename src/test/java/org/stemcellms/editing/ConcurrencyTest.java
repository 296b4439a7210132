package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.ETag;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;

/** Editors who change the same version at the same moment: exactly one wins, the others get 412, nothing is lost silently. */
@QuarkusTest
class ConcurrencyTest extends WithoutTestRecords {

    private static final WriteBodies.Body CLINIC = WriteBodies.BY_COLLECTION.get("clinics");
    private static final int EDITORS = 8;

    @BeforeEach
    void createTheRecord() {
        Requests.asEditor().contentType("application/json").body(CLINIC.json())
                .post(CLINIC.path()).then().statusCode(201);
    }

    @RepeatedTest(3)
    void shouldLetExactlyOneOfConcurrentUpdatesWithTheSameETagWin() throws Exception {
        Instant raceStart = Instant.now();
        String etag = ETag.of(CLINIC.item());
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String name = "Editor " + i;
            String token = Tokens.withGroups("editor-" + i, "editor");
            results.add(pool.submit(() -> {
                start.await();
                return given().header("Authorization", Tokens.bearer(token)).header("If-Match", etag)
                        .contentType("application/json").body(CLINIC.with("name", "\"" + name + "\"")).put(CLINIC.item())
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), "winners among " + statuses);
        assertEquals(EDITORS - 1, statuses.stream().filter(status -> status == 412).count(), "losers among " + statuses);
        var winning = given().get(CLINIC.item()).then().statusCode(200).extract();
        assertEquals(1, ETag.version(winning.header("ETag")));
        String winner = winning.jsonPath().getString("name");
        Requests.asEditor().queryParam("resource", "clinics")
                .queryParam("resourceId", CLINIC.id()).queryParam("sort", "-occurredAt").queryParam("size", 1)
                .get("/api/v1/changes").then().statusCode(200)
                .body("items[0].action", is("UPDATE"))
                .body("items[0].after.name", is(winner));
        assertEquals(1, database.count("select count(*) from change_log where resource = 'clinics' and resource_id = '" + CLINIC.id()
                + "' and action = 'UPDATE' and occurred_at >= '" + raceStart + "'"), "audit entries of the race");
    }
}
