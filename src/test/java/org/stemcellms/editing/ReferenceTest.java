package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.ETag;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.WriteBodies;
import org.stemcellms.testing.WithoutTestRecords;

import io.quarkus.test.junit.QuarkusTest;

/** References between records: unknown ones are 422, records still referred to cannot go (409), ids are unique (409). */
@QuarkusTest
class ReferenceTest extends WithoutTestRecords {

    private static final WriteBodies.Body CLINIC = WriteBodies.BY_COLLECTION.get("clinics");
    private static final WriteBodies.Body COST = WriteBodies.BY_COLLECTION.get("costs");

    @Test
    void shouldAnswer422NamingAnUnknownCountryOfAClinic() {
        String before = database.fingerprint();
        Requests.asEditor().contentType("application/json").body(CLINIC.with("countryCode", "\"FR\"")).post(CLINIC.path()).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is(Requests.problemType("/problems/unknown-reference")))
                .body("errors.field", contains("countryCode"))
                .body("errors[0].message", containsString("'FR'"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void shouldNameEveryUnknownReferenceAtOnce() {
        Requests.asEditor().contentType("application/json")
                .body(CLINIC.with("countryCode", "\"FR\"").replace("\"therapyCodes\":[\"HSCT\"]", "\"therapyCodes\":[\"HSCT\",\"NOPE\"]")
                        .replace("\"sourceId\":\"article\"", "\"sourceId\":\"no-such-source\""))
                .post(CLINIC.path()).then().statusCode(422)
                .body("errors.field", contains("countryCode", "therapyCodes[1]", "sourceId"));
    }

    @Test
    void shouldAnswer422ForACostAtAnUnknownClinicOrAClinicInAnotherCountry() {
        Requests.asEditor().contentType("application/json").body(COST.with("clinicId", "\"nowhere\"")).post(COST.path()).then()
                .statusCode(422).body("errors.field", contains("clinicId"));
        Requests.asEditor().contentType("application/json").body(COST.with("countryCode", "\"RU\"")).post(COST.path()).then()
                .statusCode(422).body("errors.field", contains("clinicId"))
                .body("errors[0].message", is("is a clinic in MX, not in RU"));
    }

    @Test
    void shouldAnswer409WhenDeletingACountryThatClinicsAndCostsReferTo() {
        String before = database.fingerprint();
        String etag = given().get("/api/v1/countries/MX").then().extract().header("ETag");
        Requests.asEditor().header("If-Match", etag).delete("/api/v1/countries/MX").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", matchesPattern(".*still referred to by 1 clinics, \\d+ costs.*"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void shouldAnswer409WhenDeletingARecordOthersStillReferTo() {
        for (String path : new String[] { "/api/v1/therapies/HSCT", "/api/v1/clinics/clinica-ruiz", "/api/v1/sources/article",
                "/api/v1/sources/burt-2019-jama" }) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            Requests.asEditor().header("If-Match", etag).delete(path).then().statusCode(409).contentType("application/problem+json");
        }
    }

    @Test
    void shouldAnswer409ForADuplicateIdOrPosition() {
        Requests.asEditor().contentType("application/json").body(CLINIC.with("id", "\"clinica-ruiz\"")).post(CLINIC.path()).then()
                .statusCode(409).body("detail", containsString("clinica-ruiz"));
        Requests.asEditor().contentType("application/json").body(WriteBodies.BY_COLLECTION.get("countries").with("code", "\"MX\""))
                .post("/api/v1/countries").then().statusCode(409);
        Requests.asEditor().contentType("application/json").body(WriteBodies.BY_COLLECTION.get("faqs").with("position", "1"))
                .post("/api/v1/faqs").then().statusCode(409).body("detail", is("Another FAQ already has position 1."));
    }

    @Test
    void shouldDeleteACountryOnceNothingRefersToIt() {
        Requests.asEditor().contentType("application/json").body(WriteBodies.BY_COLLECTION.get("countries").json()).post("/api/v1/countries")
                .then().statusCode(201);
        Requests.asEditor().contentType("application/json").body(CLINIC.with("countryCode", "\"QZ\"")).post(CLINIC.path()).then().statusCode(201);
        Requests.asEditor().header("If-Match", ETag.of("/api/v1/countries/QZ")).delete("/api/v1/countries/QZ").then().statusCode(409);
        Requests.asEditor().header("If-Match", ETag.of(CLINIC.item())).delete(CLINIC.item()).then().statusCode(204);
        Requests.asEditor().header("If-Match", ETag.of("/api/v1/countries/QZ")).delete("/api/v1/countries/qz").then().statusCode(204);
    }

    @Test
    void shouldAnswer409NamingTheCostsWhenMovingAClinicThatHasCostsToAnotherCountry() {
        String etag = ETag.of("/api/v1/clinics/clinica-ruiz");
        Requests.asEditor().header("If-Match", etag).contentType("application/merge-patch+json").body("{\"countryCode\":\"RU\"}")
                .patch("/api/v1/clinics/clinica-ruiz").then().statusCode(409)
                .body("detail", matchesPattern("The clinic 'clinica-ruiz' has \\d+ costs in MX; move or delete them before changing its country\\."));
    }
}
