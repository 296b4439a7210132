package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.testing.Json;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;
import org.stemcellms.testing.WriteBodies.Body;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET, change one field, PUT the same body back with its ETag: for every collection the document lets a
 * client replace, the read representation is a valid write body (its read-only fields are ignored) and the
 * change is read back.
 */
@QuarkusTest
class RoundTripTest extends WithoutTestRecords {

    @TestFactory
    Stream<DynamicTest> shouldAcceptTheReadRepresentationBackWithOneFieldChanged() {
        var replaceable = ApiDocument.writes().stream().filter(write -> write.method().equals("PUT")).toList();
        assertFalse(replaceable.isEmpty());
        return replaceable.stream().map(write -> DynamicTest.dynamicTest(write.template(), () -> {
            Body body = WriteBodies.forPath(write.template());
            given().header("Authorization", body.writer()).contentType("application/json").body(body.json())
                    .post(body.path()).then().statusCode(201);
            var read = given().get(body.item()).then().statusCode(200).extract();
            Map<String, Object> item = read.jsonPath().getMap("$");
            String field = body.textField() == null ? "unitsPerEur" : body.textField();
            Object changed = body.textField() == null ? new BigDecimal("31.25") : "Changed by a round trip";
            item.put(field, changed);
            given().header("Authorization", body.writer()).header("If-Match", read.header("ETag"))
                    .contentType("application/json").body(Json.write(item))
                    .put(body.item()).then().statusCode(200);
            var after = given().get(body.item()).then().statusCode(200).extract();
            assertEquals(changed.toString(), after.jsonPath().getString(field));
            // everything else the client sent back is as it was
            Map<String, Object> before = new JsonPath(read.asString()).getMap("$");
            before.remove(field);
            before.remove("updatedAt");
            Map<String, Object> now = after.jsonPath().getMap("$");
            now.remove(field);
            now.remove("updatedAt");
            assertEquals(before, now);
        }));
    }
}
