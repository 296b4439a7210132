package org.stemcellms.therapy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TherapyResourceTest {

    @Test
    void shouldListHsctAndMscByCode() {
        given().get("/api/v1/therapies").then().statusCode(200)
                .body("items.code", contains("HSCT", "MSC"))
                .body("totalItems", is(2));
    }

    @Test
    void shouldDescribeHsctAsTheMostStudiedChemotherapyBasedTransplant() {
        given().get("/api/v1/therapies/HSCT").then().statusCode(200)
                .body("name", is("Hematopoietic Stem Cell Transplant"))
                .body("evidenceLevel", is("MOST_STUDIED"))
                .body("involvesChemotherapy", is(true))
                .body("cellSources", contains("BONE_MARROW", "BLOOD"))
                .body("$", not(hasKey("fdaApproved")))
                .body("source.id", is("article"))
                .body("reviewedOn", is("2026-11-24"));
    }

    @Test
    void shouldGiveTheFourHsctStepsInOrder() {
        given().get("/api/v1/therapies/HSCT").then().statusCode(200)
                .body("steps.number", contains(1, 2, 3, 4))
                .body("steps.name", contains("Stem Cell Mobilization", "Collection (Apheresis)", "Immune Ablation (Conditioning)",
                        "Reinfusion of Stem Cells"))
                .body("steps[2].description", containsString("most intense part"));
    }

    @Test
    void shouldGiveHsctRecoveryOfSixToTwelveMonthsAndItsProsAndCons() {
        given().get("/api/v1/therapies/HSCT").then().statusCode(200)
                .body("recovery.minMonths", is(6))
                .body("recovery.maxMonths", is(12))
                .body("recovery.note", containsString("Fatigue and infections are common"))
                .body("pros", contains("Can halt MS progression", "May improve mobility, fatigue",
                        "One-time treatment (vs. lifelong DMTs)", "Long-term remission possible"))
                .body("cons", contains("Not a guaranteed fix", "Expensive and rarely covered by insurance",
                        "Risky, with serious side effects", "Not suitable for everyone"));
    }

    @Test
    void shouldDescribeMscAsExperimentalWithoutChemotherapyAndLeaveItsFdaStatusToTheArticlesWords() {
        given().get("/api/v1/therapies/MSC").then().statusCode(200)
                .body("name", is("Mesenchymal Stem Cell Therapy"))
                .body("evidenceLevel", is("EXPERIMENTAL"))
                // "most treatments are ... not FDA-approved" says less than a flat "not approved"
                .body("fdaApproved", nullValue())
                .body("regulatoryNote", is("Most treatments are experimental and not FDA-approved."))
                .body("involvesChemotherapy", is(false))
                .body("cellSources", contains("BONE_MARROW", "FAT_TISSUE"))
                .body("expectedBenefits", contains("Reduce inflammation.", "Promote remyelination.",
                        "Protect neurons from further damage."))
                .body("steps", empty())
                .body("recovery", nullValue());
    }

    @Test
    void shouldFilterByEvidenceLevelAndChemotherapy() {
        given().queryParam("evidenceLevel", "EXPERIMENTAL").get("/api/v1/therapies").then().statusCode(200)
                .body("items.code", contains("MSC"));
        given().queryParam("chemotherapy", "true").get("/api/v1/therapies").then().statusCode(200)
                .body("items.code", contains("HSCT"));
        given().queryParam("chemotherapy", "false").queryParam("evidenceLevel", "MOST_STUDIED").get("/api/v1/therapies").then()
                .statusCode(200).body("items", empty()).body("totalItems", is(0)).body("totalPages", is(0));
    }

    @Test
    void shouldSearchNamesAndDescriptions() {
        given().queryParam("q", "fat tissue").get("/api/v1/therapies").then().statusCode(200)
                .body("items.code", contains("MSC"));
        given().queryParam("q", "reinfused").get("/api/v1/therapies").then().statusCode(200)
                .body("items.code", contains("HSCT"));
    }

    @Test
    void shouldSortByNameDescending() {
        given().queryParam("sort", "-name").get("/api/v1/therapies").then().statusCode(200)
                .body("items.code", contains("MSC", "HSCT"));
    }

    @Test
    void shouldFindATherapyWhateverTheCaseOfItsCode() {
        given().get("/api/v1/therapies/hsct").then().statusCode(200).body("code", is("HSCT"));
    }

    @Test
    void shouldReturn404ProblemForUnknownTherapy() {
        given().get("/api/v1/therapies/NOPE").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("detail", containsString("NOPE"));
    }

    @Test
    void shouldReturn400NamingEveryInvalidFilter() {
        given().queryParam("evidenceLevel", "PROVEN").queryParam("chemotherapy", "maybe").get("/api/v1/therapies").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("evidenceLevel", "chemotherapy"))
                .body("errors.message", hasItem(containsString("MOST_STUDIED, EXPERIMENTAL")));
    }
}
