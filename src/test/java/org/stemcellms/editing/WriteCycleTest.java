package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.ETag;
import org.stemcellms.testing.Json;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WriteBodies;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies.Body;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole life of a record in every writable collection: create, read, replace, patch, delete, with
 * the ETag/If-Match rules at each step and the audit entries they leave, from which the record can be restored.
 */
@QuarkusTest
class WriteCycleTest extends WithoutTestRecords {

    @TestFactory
    Stream<DynamicTest> shouldCreateReadReplacePatchAndDeleteWithETags() {
        return WriteBodies.BY_COLLECTION.values().stream().filter(body -> body.textField() != null).map(body -> DynamicTest.dynamicTest(body.collection(), () -> {
            database.removeTestRecords();
            cycle(body);
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldRecordEveryWriteInTheAuditTrailAndRestoreFromIt() {
        return WriteBodies.BY_COLLECTION.values().stream().filter(body -> body.textField() != null).map(body -> DynamicTest.dynamicTest(body.collection(), () -> {
            database.removeTestRecords();
            Instant start = Instant.now().minusSeconds(1);
            cycle(body);
            var trail = Requests.asEditor().queryParam("resource", body.collection()).queryParam("resourceId", body.id())
                    .queryParam("from", start.toString()).queryParam("sort", "occurredAt")
                    .get("/api/v1/changes").then().statusCode(200)
                    .header("Cache-Control", "private, no-store")
                    .body("items.action", contains("CREATE", "UPDATE", "UPDATE", "DELETE", "CREATE", "DELETE"))
                    .body("items.author", contains("test-editor", "test-editor", "test-admin", "test-editor", "test-editor",
                            "test-editor"))
                    .body("items[0].before", nullValue())
                    .body("items[0].after." + body.textField(), is(new io.restassured.path.json.JsonPath(body.json()).getString(body.textField())))
                    .body("items[1].after." + body.textField(), is("Changed"))
                    .body("items[2].before." + body.textField(), is("Changed"))
                    .body("items[2].after." + body.textField(), is("Patched"))
                    .body("items[3].before." + body.textField(), is("Patched"))
                    .body("items[3].after", nullValue())
                    .extract().jsonPath();
            // any earlier state can be restored by sending it back: here the record as it was before its deletion
            String before = Json.write(trail.getMap("items[3].before"));
            Requests.asEditor().contentType("application/json").body(before).post(body.path()).then().statusCode(201)
                    .body(body.textField(), is("Patched"));
            long number = trail.getLong("items[3].id");
            Requests.asEditor().get("/api/v1/changes/" + number).then().statusCode(200).body("action", is("DELETE"))
                    .body("resourceId", is(body.id()));
        }));
    }

    private void cycle(Body body) {
        // create
        String created = Requests.asEditor().contentType("application/json").body(body.json()).post(body.path()).then().statusCode(201)
                .header("Location", endsWith(body.item()))
                .body(body.idField(), is(body.id()))
                .extract().header("ETag");
        assertEquals(0, ETag.version(created));
        var readResponse = given().get(body.item()).then().statusCode(200).extract();
        // the record's version and stamp plus a tag of the representation (URL, negotiated type, content version):
        // the write answered the ETag the GET answers
        assertEquals(readResponse.header("ETag"), created);
        var read = readResponse.jsonPath();
        assertEquals(read.getString("createdAt"), read.getString("updatedAt"));
        // a change must say which version it changes
        Requests.asEditor().contentType("application/json").body(body.with(body.textField(), "\"Changed\"")).put(body.item()).then()
                .statusCode(428).contentType("application/problem+json");
        Requests.asEditor().header("If-Match", "*").contentType("application/json").body(body.with(body.textField(), "\"Changed\""))
                .put(body.item()).then().statusCode(428);
        Requests.asEditor().header("If-Match", "W/" + created).contentType("application/json").body(body.with(body.textField(), "\"Changed\""))
                .put(body.item()).then().statusCode(412);
        // replace
        var replacedResponse = Requests.asEditor().header("If-Match", created).contentType("application/json")
                .body(body.with(body.textField(), "\"Changed\"")).put(body.item()).then().statusCode(200)
                .body(body.textField(), is("Changed"))
                .extract();
        String replaced = replacedResponse.header("ETag");
        assertEquals(1, ETag.version(replaced));
        var replacedBody = replacedResponse.jsonPath();
        assertTrue(Instant.parse(replacedBody.getString("updatedAt")).isAfter(Instant.parse(replacedBody.getString("createdAt"))));
        // the same body again changes nothing, not even the version
        Requests.asEditor().header("If-Match", replaced).contentType("application/json").body(body.with(body.textField(), "\"Changed\""))
                .put(body.item()).then().statusCode(200).header("ETag", replaced);
        // the id cannot change
        Requests.asEditor().header("If-Match", replaced).contentType("application/json")
                .body(body.with(body.textField(), "\"Changed\"").replace("\"" + body.id() + "\"", "\"" + otherId(body.id()) + "\""))
                .put(body.item()).then().statusCode(400).body("errors.field", contains(body.idField()));
        // patch, as an admin
        String patched = given().header("Authorization", Tokens.bearer(Tokens.admin())).header("If-Match", replaced)
                .contentType("application/merge-patch+json").body("{\"" + body.textField() + "\":\"Patched\"}")
                .patch(body.item()).then().statusCode(200).body(body.textField(), is("Patched")).extract().header("ETag");
        assertEquals(2, ETag.version(patched));
        // a stale ETag changes nothing
        Requests.asEditor().header("If-Match", replaced).contentType("application/merge-patch+json")
                .body("{\"" + body.textField() + "\":\"Lost\"}").patch(body.item()).then().statusCode(412)
                .contentType("application/problem+json");
        String afterPatch = given().get(body.item()).then().statusCode(200).body(body.textField(), is("Patched")).extract()
                .header("ETag");
        assertEquals(afterPatch, patched);
        // delete
        Requests.asEditor().header("If-Match", replaced).delete(body.item()).then().statusCode(412);
        Requests.asEditor().delete(body.item()).then().statusCode(428);
        Requests.asEditor().header("If-Match", patched).delete(body.item()).then().statusCode(204);
        given().get(body.item()).then().statusCode(404);
        Requests.asEditor().header("If-Match", patched).delete(body.item()).then().statusCode(404);
        // created again, the record has new ETags: none of the old ones can overwrite it
        String recreated = Requests.asEditor().contentType("application/json").body(body.json()).post(body.path()).then().statusCode(201)
                .extract().header("ETag");
        assertNotEquals(created, recreated);
        Requests.asEditor().header("If-Match", created).contentType("application/merge-patch+json")
                .body("{\"" + body.textField() + "\":\"Lost\"}").patch(body.item()).then().statusCode(412);
        Requests.asEditor().header("If-Match", recreated).delete(body.item()).then().statusCode(204);
    }

    /** A valid id of the same kind that no record has: QZ to QY, ZZTEST to YYTEST, zz-test-x to zy-test-x. */
    private static String otherId(String id) {
        return id.equals(id.toUpperCase()) ? id.replace('Z', 'Y') : id.replace("zz", "zy");
    }
}
