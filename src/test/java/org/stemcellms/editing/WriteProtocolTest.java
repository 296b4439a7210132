package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.ETag;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;

/** HTTP around the writes: body size limit, media types, If-Match forms, and what a refused request leaves behind. */
@QuarkusTest
class WriteProtocolTest extends WithoutTestRecords {

    private static final WriteBodies.Body NOTE = WriteBodies.BY_COLLECTION.get("notes");

    @Test
    void shouldRefuseABodyOverOneMebibyteWith413Problem() {
        String before = database.fingerprint();
        String huge = NOTE.with("text", "\"" + "x".repeat(1_100_000) + "\"");
        Requests.asEditor().contentType("application/json").body(huge).post(NOTE.path()).then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
        // sent in chunks, with no Content-Length to check up front
        Requests.asEditor().contentType("application/json").body(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))
                .post(NOTE.path()).then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, database.fingerprint());
    }

    @Test
    void shouldAcceptABodyJustUnderTheLimitAndValidateIt() {
        Requests.asEditor().contentType("application/json").body(NOTE.with("text", "\"" + "x".repeat(900_000) + "\"")).post(NOTE.path()).then()
                .statusCode(400).body("errors.field", is(java.util.List.of("text")));
    }

    @Test
    void shouldNameEveryUnknownPropertyAndWrongTypeAtOnce() {
        Requests.asEditor().contentType("application/json")
                .body("{\"id\":\"zz-test-note\",\"category\":\"NOPE\",\"position\":\"first\",\"title\":5,\"text\":\"X\","
                        + "\"sourceId\":\"article\",\"reviewedOn\":\"2026-01-01\",\"colour\":\"red\",\"version\":3}")
                .post(NOTE.path()).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("category", "position", "title", "colour", "version"));
        Requests.asEditor().contentType("application/json").body(WriteBodies.BY_COLLECTION.get("studies").json()
                .replace("\"unit\":\"YEARS\"", "\"unit\":\"DAYS\"").replace("\"approximate\":false", "\"approximate\":\"no\""))
                .post("/api/v1/studies").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("findings[0].value.unit", "findings[0].value.approximate"));
    }

    @Test
    void shouldRefuseValuesTheDatabaseCouldNotStoreAsSent() {
        var cost = WriteBodies.BY_COLLECTION.get("costs");
        var criterion = WriteBodies.BY_COLLECTION.get("eligibility-criteria");
        Requests.asEditor().contentType("application/json").body(cost.json().replace("\"min\":1000", "\"min\":1e400")).post(cost.path())
                .then().statusCode(400).body("errors.field", hasItem("price.min"));
        Requests.asEditor().contentType("application/json").body(cost.json().replace("\"min\":1000", "\"min\":1000.001")).post(cost.path())
                .then().statusCode(400).body("errors.field", hasItem("price.min"));
        Requests.asEditor().contentType("application/json").body(criterion.json().replace("\"threshold\":5.5", "\"threshold\":1e-400"))
                .post(criterion.path()).then().statusCode(400).body("errors.field", hasItem("conditions[0].threshold"));
        Requests.asEditor().contentType("application/json").body(criterion.json().replace(
                "{\"parameter\":\"EDSS_SCORE\",\"operator\":\"LESS_THAN\",\"threshold\":5.5,\"typical\":false}",
                "{\"parameter\":\"MS_TYPE\",\"operator\":\"IN\",\"values\":[null,\"RRMS\"],\"typical\":false}"))
                .post(criterion.path()).then().statusCode(400).body("errors.field", hasItem("conditions[0].values[0]"));
        for (String date : new String[] { "-4714-11-24", "0000-01-01", "1899-12-31" }) {
            Requests.asEditor().contentType("application/json").body(NOTE.with("reviewedOn", "\"" + date + "\"")).post(NOTE.path()).then()
                    .statusCode(400).body("errors.field", hasItem("reviewedOn"));
        }
        // the JSON escape of an unpaired surrogate, which no UTF-8 text can carry
        Requests.asEditor().contentType("application/json").body(NOTE.json().replace("\"title\":\"T\"", "\"title\":\"\\ud800 broken\""))
                .post(NOTE.path()).then()
                .statusCode(400).body("errors.field", hasItem("title"));
        Requests.asEditor().contentType("application/json").body(NOTE.with("title", "\"\u00a0\u2003\"")).post(NOTE.path()).then()
                .statusCode(400).body("errors.field", hasItem("title"));
        Requests.asEditor().contentType("application/json").body(NOTE.json().replace("\"id\":\"zz-test-note\",",
                "\"id\":\"zz-test-note\",\"id\":\"zz-test-other\",")).post(NOTE.path()).then().statusCode(400);
        Requests.asEditor().contentType("application/json").body(NOTE.with("position", "99999999999")).post(NOTE.path()).then()
                .statusCode(400).body("errors.field", hasItem("position"));
        Requests.asEditor().contentType("application/json").body(NOTE.with("position", "1.5")).post(NOTE.path()).then()
                .statusCode(400).body("errors.message", hasItem("must be an integer"));
    }

    @Test
    void shouldRefuseATokenThatNamesNoOne() {
        given().header("Authorization", Tokens.bearer(Tokens.withGroups(" ", "editor"))).contentType("application/json")
                .body(NOTE.json()).post(NOTE.path()).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer415ForAnUnsupportedMediaType() {
        Requests.asEditor().contentType("text/plain").body("hello").post(NOTE.path()).then().statusCode(415)
                .contentType("application/problem+json");
        Requests.asEditor().header("If-Match", ETag.of("/api/v1/notes/vet-the-clinic")).contentType("application/json").body("{\"title\":\"x\"}")
                .patch("/api/v1/notes/vet-the-clinic").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer400ForAnEmptyOrNonObjectBody() {
        Requests.asEditor().contentType("application/json").body("").post(NOTE.path()).then().statusCode(400)
                .contentType("application/problem+json");
        Requests.asEditor().header("If-Match", ETag.of("/api/v1/notes/vet-the-clinic")).contentType("application/merge-patch+json").body("[1,2]")
                .patch("/api/v1/notes/vet-the-clinic").then().statusCode(400)
                .body("errors[0].message", containsString("JSON object"));
    }

    @Test
    void shouldMatchAnyOfSeveralETagsAndRefuseMalformedOnes() {
        Requests.asEditor().contentType("application/json").body(NOTE.json()).post(NOTE.path()).then().statusCode(201);
        Requests.asEditor().header("If-Match", "garbage").contentType("application/merge-patch+json").body("{\"title\":\"x\"}").patch(NOTE.item())
                .then().statusCode(412);
        String etag = ETag.of(NOTE.item());
        String patched = Requests.asEditor().header("If-Match", "\"7.abc\", " + etag).contentType("application/merge-patch+json")
                .body("{\"title\":\"x\"}").patch(NOTE.item()).then().statusCode(200).extract().header("ETag");
        assertEquals(1, ETag.version(patched));
    }

    @Test
    void shouldRemoveOptionalFieldsWithANullInAMergePatch() {
        Requests.asEditor().contentType("application/json").body(NOTE.with("therapyCode", "\"HSCT\"")).post(NOTE.path()).then().statusCode(201)
                .body("therapy.code", is("HSCT"));
        String patched = Requests.asEditor().header("If-Match", ETag.of(NOTE.item())).contentType("application/merge-patch+json")
                .body("{\"therapyCode\":null}").patch(NOTE.item()).then().statusCode(200).body("therapy", is((Object) null))
                .extract().header("ETag");
        Requests.asEditor().header("If-Match", patched).contentType("application/merge-patch+json").body("{\"title\":null}")
                .patch(NOTE.item()).then().statusCode(400).body("errors.field", is(java.util.List.of("title")));
    }
}
