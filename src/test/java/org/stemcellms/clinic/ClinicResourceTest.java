package org.stemcellms.clinic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClinicResourceTest {

    @Test
    void shouldListTheArticlesClinicsAmongTheCentresByName() {
        List<String> names = given().queryParam("size", 100).get("/api/v1/clinics").then().statusCode(200)
                .body("items.id", hasItems("aa-maximov-hospital", "clinica-ruiz"))
                .extract().jsonPath().getList("items.name", String.class);
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
    }

    @Test
    void shouldDescribeClinicaRuizAsALiberalLowerCostCentreInMexico() {
        given().get("/api/v1/clinics/clinica-ruiz").then().statusCode(200)
                .body("country.code", is("MX"))
                .body("country.name", is("Mexico"))
                .body("accessModel", is("TREATMENT_CENTRE"))
                .body("eligibilityPolicy", is("LIBERAL"))
                .body("highlights", contains("Lower cost", "Liberal eligibility", "Popular among medical tourists"))
                .body("therapies.code", contains("HSCT"))
                .body("source.id", is("article"));
    }

    @Test
    void shouldPlaceMaximovHospitalInRussiaWithNoInventedDetails() {
        given().get("/api/v1/clinics/aa-maximov-hospital").then().statusCode(200)
                .body("country.code", is("RU"))
                .body("therapies.code", contains("HSCT"))
                .body("eligibilityPolicy", nullValue())
                .body("highlights", empty());
    }

    @Test
    void shouldFilterByCountryTherapyAccessModelAndText() {
        given().queryParam("country", "ru").queryParam("size", 100).get("/api/v1/clinics").then().statusCode(200)
                .body("items.id", hasItem("aa-maximov-hospital")).body("items.country.code", everyItem(is("RU")));
        List<Map<String, Object>> all = given().queryParam("size", 100).get("/api/v1/clinics").then().statusCode(200)
                .extract().jsonPath().getList("items");
        long hsct = all.stream().filter(centre -> ((List<?>) centre.get("therapyCodes")).contains("HSCT")).count();
        given().queryParam("therapy", "HSCT").get("/api/v1/clinics").then().statusCode(200).body("totalItems", is((int) hsct));
        given().queryParam("therapy", "MSC").queryParam("size", 100).get("/api/v1/clinics").then().statusCode(200)
                .body("items.therapyCodes", everyItem(hasItem("MSC")));
        given().queryParam("accessModel", "CLINICAL_TRIAL_SITE").queryParam("size", 100).get("/api/v1/clinics").then().statusCode(200)
                .body("items.accessModel", everyItem(is("CLINICAL_TRIAL_SITE")));
        given().queryParam("q", "medical tourists").get("/api/v1/clinics").then().statusCode(200).body("items.id", hasItem("clinica-ruiz"));
    }

    @Test
    void shouldSortByCountryName() {
        List<String> ascending = given().queryParam("sort", "country").queryParam("size", 100).get("/api/v1/clinics").then()
                .statusCode(200).extract().jsonPath().getList("items.country.name", String.class);
        assertEquals(ascending.stream().sorted().toList(), ascending);
        List<String> descending = given().queryParam("sort", "-country").queryParam("size", 100).get("/api/v1/clinics").then()
                .statusCode(200).extract().jsonPath().getList("items.country.name", String.class);
        assertEquals(ascending.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descending);
    }

    @Test
    void shouldListAClinicsCosts() {
        given().get("/api/v1/clinics/clinica-ruiz/costs").then().statusCode(200)
                .body("items.id", hasItem("hsct-mx-clinica-ruiz"))
                .body("items.find { it.id == 'hsct-mx-clinica-ruiz' }.label", is("Mexico (Clinica Ruiz)"))
                .body("items.clinicId", everyItem(is("clinica-ruiz")));
    }

    @Test
    void shouldReturn404ProblemForUnknownClinic() {
        given().get("/api/v1/clinics/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/clinics/nowhere/costs").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldReturn400ForAMalformedCountryOrTherapyFilter() {
        given().queryParam("country", "Mexico").queryParam("therapy", "H").get("/api/v1/clinics").then().statusCode(400)
                .body("errors.field", contains("country", "therapy"));
    }
}
