package org.stemcellms.cost;

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
class CostResourceTest {

    private static final String[] ALL_INCLUDED = { "HOSPITALIZATION", "MEDICATIONS", "FOLLOW_UP_CARE" };

    @Test
    void shouldListTheFourCostsCheapestFirst() {
        given().queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("totalItems", is(4))
                .body("items.id", contains("hsct-in", "hsct-ru-aa-maximov-hospital", "hsct-mx-clinica-ruiz", "hsct-us-clinical-trial"));
    }

    @Test
    void shouldGiveTheUsClinicalTrialPriceAsOpenEndedFrom100000() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-us-clinical-trial").then().statusCode(200)
                .body("country.code", is("US"))
                .body("clinic", nullValue())
                .body("setting", is("CLINICAL_TRIAL"))
                .body("label", is("USA (clinical trial)"))
                .body("price.min", comparesEqualTo(new BigDecimal("100000")))
                .body("price.max", nullValue())
                .body("price.openEnded", is(true))
                .body("price.currency", is("USD"))
                .body("priceNote", containsString("Limited access"));
    }

    @Test
    void shouldGiveClinicaRuizFrom54500To58000() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-mx-clinica-ruiz").then().statusCode(200)
                .body("clinic.id", is("clinica-ruiz"))
                .body("country.code", is("MX"))
                .body("price.min", comparesEqualTo(new BigDecimal("54500")))
                .body("price.max", comparesEqualTo(new BigDecimal("58000")))
                .body("price.openEnded", is(false))
                .body("price.approximate", is(true));
    }

    @Test
    void shouldGiveMaximovHospitalFrom45000To50000() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-ru-aa-maximov-hospital").then().statusCode(200)
                .body("clinic.id", is("aa-maximov-hospital"))
                .body("country.code", is("RU"))
                .body("price.min", comparesEqualTo(new BigDecimal("45000")))
                .body("price.max", comparesEqualTo(new BigDecimal("50000")));
    }

    @Test
    void shouldGiveIndiaFrom25000To35000CountryWide() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-in").then().statusCode(200)
                .body("clinic", nullValue())
                .body("country.code", is("IN"))
                .body("price.min", comparesEqualTo(new BigDecimal("25000")))
                .body("price.max", comparesEqualTo(new BigDecimal("35000")));
    }

    @Test
    void shouldSayEveryPriceIncludesHospitalizationMedicationsAndFollowUpCare() {
        given().queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.find { it.id == 'hsct-in' }.includes", contains(ALL_INCLUDED))
                .body("items.find { it.id == 'hsct-us-clinical-trial' }.includes", contains(ALL_INCLUDED))
                .body("items.find { it.id == 'hsct-mx-clinica-ruiz' }.includes", contains(ALL_INCLUDED))
                .body("items.find { it.id == 'hsct-ru-aa-maximov-hospital' }.includes", contains(ALL_INCLUDED));
    }

    @Test
    void shouldKeepCostsWhoseRangeOverlapsThePriceBounds() {
        given().queryParam("minPrice", "50000").queryParam("maxPrice", "60000").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.id", contains("hsct-ru-aa-maximov-hospital", "hsct-mx-clinica-ruiz"));
        given().queryParam("minPrice", "1000000").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.id", contains("hsct-us-clinical-trial"));
        given().queryParam("maxPrice", "30000").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.id", contains("hsct-in"));
    }

    @Test
    void shouldSortAnOpenEndedMaximumAsTheHighestPrice() {
        given().queryParam("sort", "-maxPrice").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.id", contains("hsct-us-clinical-trial", "hsct-mx-clinica-ruiz", "hsct-ru-aa-maximov-hospital", "hsct-in"));
        given().queryParam("sort", "maxPrice").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.id", contains("hsct-in", "hsct-ru-aa-maximov-hospital", "hsct-mx-clinica-ruiz", "hsct-us-clinical-trial"));
    }

    @Test
    void shouldFilterByTherapyCountryClinicSettingAndText() {
        given().queryParam("therapy", "HSCT").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200).body("totalItems", is(4));
        given().queryParam("therapy", "MSC").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200).body("totalItems", is(0));
        given().queryParam("country", "IN").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200).body("items.id", contains("hsct-in"));
        given().queryParam("clinic", "clinica-ruiz").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.id", contains("hsct-mx-clinica-ruiz"));
        given().queryParam("setting", "TREATMENT_CENTRE").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.id", containsInAnyOrder("hsct-mx-clinica-ruiz", "hsct-ru-aa-maximov-hospital"));
        given().queryParam("q", "clinical trial").queryParam("source", "article").get("/api/v1/costs").then().statusCode(200)
                .body("items.id", contains("hsct-us-clinical-trial"));
    }

    @Test
    void shouldReturn400ForInvalidPriceBounds() {
        given().queryParam("minPrice", "60000").queryParam("maxPrice", "50000").get("/api/v1/costs").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("maxPrice"));
        given().queryParam("minPrice", "-1").queryParam("maxPrice", "cheap").get("/api/v1/costs").then().statusCode(400)
                .body("errors.field", contains("minPrice", "maxPrice"));
    }

    @Test
    void shouldReturn404ProblemForUnknownCost() {
        given().get("/api/v1/costs/hsct-fr").then().statusCode(404).contentType("application/problem+json");
    }
}
