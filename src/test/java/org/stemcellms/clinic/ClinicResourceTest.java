package org.stemcellms.clinic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClinicResourceTest {

    @Test
    void shouldListBothNamedClinicsByName() {
        given().get("/api/v1/clinics").then().statusCode(200)
                .body("items.id", contains("aa-maximov-hospital", "clinica-ruiz"))
                .body("items.name", contains("A.A. Maximov Hospital", "Clinica Ruiz"));
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
        given().queryParam("country", "ru").get("/api/v1/clinics").then().statusCode(200).body("items.id", contains("aa-maximov-hospital"));
        given().queryParam("therapy", "HSCT").get("/api/v1/clinics").then().statusCode(200).body("totalItems", is(2));
        given().queryParam("therapy", "MSC").get("/api/v1/clinics").then().statusCode(200).body("items", empty());
        given().queryParam("accessModel", "CLINICAL_TRIAL_SITE").get("/api/v1/clinics").then().statusCode(200).body("items", empty());
        given().queryParam("q", "medical tourists").get("/api/v1/clinics").then().statusCode(200).body("items.id", contains("clinica-ruiz"));
    }

    @Test
    void shouldSortByCountryName() {
        given().queryParam("sort", "country").get("/api/v1/clinics").then().statusCode(200)
                .body("items.country.name", contains("Mexico", "Russia"));
        given().queryParam("sort", "-country").get("/api/v1/clinics").then().statusCode(200)
                .body("items.country.name", contains("Russia", "Mexico"));
    }

    @Test
    void shouldListAClinicsCosts() {
        given().get("/api/v1/clinics/clinica-ruiz/costs").then().statusCode(200)
                .body("items.id", contains("hsct-mx-clinica-ruiz"))
                .body("items[0].label", is("Mexico (Clinica Ruiz)"));
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
