package org.stemcellms.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Json;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RiskResourceTest {

    @Test
    void shouldListEveryHsctRiskTheArticleNames() {
        given().get("/api/v1/risks").then().statusCode(200)
                .body("totalItems", is(8))
                .body("items.id", containsInAnyOrder("hair-loss", "nausea", "fatigue", "infections", "infertility", "sepsis",
                        "organ-damage", "mortality"))
                .body("items.therapy.code.unique()", contains("HSCT"));
    }

    @Test
    void shouldGiveMortalityAsOneToTwoPercentAndFatal() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/risks/mortality").then().statusCode(200)
                .body("category", is("MORTALITY"))
                .body("severity", is("FATAL"))
                .body("incidence.minPercent", comparesEqualTo(BigDecimal.ONE))
                .body("incidence.maxPercent", comparesEqualTo(new BigDecimal("2")))
                .body("description", containsString("depending on the centre and the patient's health"));
    }

    @Test
    void shouldMarkChemotherapySideEffects() {
        given().queryParam("category", "CHEMOTHERAPY_SIDE_EFFECT").get("/api/v1/risks").then().statusCode(200)
                .body("items.id", contains("fatigue", "hair-loss", "nausea"));
    }

    @Test
    void shouldMarkSepsisAndOrganDamageRareButSerious() {
        given().queryParam("frequency", "RARE").get("/api/v1/risks").then().statusCode(200)
                .body("items.id", contains("organ-damage", "sepsis"))
                .body("items.severity.unique()", contains("SERIOUS"))
                .body("items.category.unique()", contains("SERIOUS_COMPLICATION"));
        given().queryParam("severity", "SERIOUS").get("/api/v1/risks").then().statusCode(200)
                .body("items.id", contains("organ-damage", "sepsis"));
    }

    @Test
    void shouldMarkInfectionsAndFatigueCommon() {
        given().queryParam("frequency", "COMMON").get("/api/v1/risks").then().statusCode(200)
                .body("items.id", contains("fatigue", "infections"));
        given().get("/api/v1/risks/infections").then().statusCode(200)
                .body("category", is("INFECTION"))
                .body("description", containsString("during immune suppression"));
    }

    @Test
    void shouldSayInfertilityCanBePermanent() {
        given().get("/api/v1/risks/infertility").then().statusCode(200)
                .body("category", is("FERTILITY"))
                .body("canBePermanent", is(true))
                .body("incidence", nullValue());
    }

    @Test
    void shouldSortByIncidenceWithUnquantifiedRisksLast() {
        given().queryParam("sort", "-incidence").get("/api/v1/risks").then().statusCode(200)
                .body("items[0].id", is("mortality"))
                .body("items[1].incidence", nullValue());
        given().queryParam("sort", "incidence").get("/api/v1/risks").then().statusCode(200)
                .body("items[0].id", is("mortality"));
    }

    @Test
    void shouldSearchNamesAndDescriptions() {
        given().queryParam("q", "chemotherapy").get("/api/v1/risks").then().statusCode(200)
                .body("items.id", contains("fatigue", "hair-loss", "nausea"));
    }
}
