package org.stemcellms.change;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.ETag;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ChangeResourceTest extends WithoutTestRecords {

    private static final WriteBodies.Body FAQ = WriteBodies.BY_COLLECTION.get("faqs");
    private static final WriteBodies.Body NOTE = WriteBodies.BY_COLLECTION.get("notes");

    private Instant start;

    @BeforeEach
    void writeTwoRecords() {
        start = Instant.now();
        as("ana", "editor").contentType("application/json").body(FAQ.json()).post(FAQ.path()).then().statusCode(201);
        as("ben", "admin").contentType("application/json").body(NOTE.json()).post(NOTE.path()).then().statusCode(201);
        as("ana", "editor").header("If-Match", ETag.of(FAQ.item())).contentType("application/merge-patch+json").body("{\"answer\":\"B\"}")
                .patch(FAQ.item()).then().statusCode(200);
    }

    @Test
    void shouldFilterByAuthorResourceRecordAndTime() {
        as("reviewer", "editor").queryParam("from", start.toString()).queryParam("author", "ana").get("/api/v1/changes").then()
                .statusCode(200)
                .body("items.resourceId", contains(FAQ.id(), FAQ.id()))
                .body("items.action", contains("UPDATE", "CREATE"));
        as("reviewer", "admin").queryParam("from", start.toString()).queryParam("resource", "notes").get("/api/v1/changes").then()
                .statusCode(200)
                .body("items.resourceId", contains(NOTE.id()))
                .body("items.author", contains("ben"));
        as("reviewer", "editor").queryParam("from", start.toString()).queryParam("resourceId", FAQ.id()).queryParam("sort", "occurredAt")
                .get("/api/v1/changes").then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE"))
                .body("items[1].before.answer", is("A"))
                .body("items[1].after.answer", is("B"));
        as("reviewer", "editor").queryParam("to", start.toString()).queryParam("resourceId", FAQ.id())
                .queryParam("from", start.minusSeconds(1).toString()).get("/api/v1/changes").then().statusCode(200)
                .body("totalItems", is(0));
    }

    @Test
    void shouldPageTheTrailNewestFirst() {
        as("reviewer", "editor").queryParam("from", start.toString()).queryParam("size", 1).get("/api/v1/changes").then()
                .statusCode(200)
                .body("totalItems", is(3))
                .body("items.resourceId", contains(FAQ.id()))
                .body("items.action", contains("UPDATE"))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
    }

    @Test
    void shouldBeReadableByEditorsAndAdminsOnly() {
        given().get("/api/v1/changes").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        as("someone", "reader").get("/api/v1/changes").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/changes/1").then().statusCode(401);
        as("someone", "admin").queryParam("from", start.toString()).get("/api/v1/changes").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.author", everyItem(org.hamcrest.Matchers.oneOf("ana", "ben")));
    }

    @Test
    void shouldReturn400ForAnInvalidTimeAnd404ForAnUnknownChange() {
        as("reviewer", "editor").queryParam("from", "yesterday").get("/api/v1/changes").then().statusCode(400)
                .body("errors.field", contains("from"));
        as("reviewer", "editor").get("/api/v1/changes/999999999").then().statusCode(404).contentType("application/problem+json");
        as("reviewer", "editor").get("/api/v1/changes/abc").then().statusCode(404).contentType("application/problem+json");
    }

    private static RequestSpecification as(String subject, String role) {
        return given().header("Authorization", Tokens.bearer(Tokens.withGroups(subject, role)));
    }
}
