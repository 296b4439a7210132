package org.stemcellms.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CountryResourceTest {

    @Test
    void shouldListTheArticlesEightCountriesAmongAllByName() {
        var countries = given().queryParam("size", 100).get("/api/v1/countries").then().statusCode(200)
                .body("items.code", hasItems("CA", "DE", "IN", "MX", "RU", "SE", "GB", "US"))
                .extract().jsonPath();
        java.util.List<String> names = countries.getList("items.name", String.class);
        org.junit.jupiter.api.Assertions.assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void shouldSayHowHsctIsAccessedInEachCountry() {
        given().queryParam("access", "SELECT_TRIALS_OR_AGGRESSIVE_MS").get("/api/v1/countries").then().statusCode(200)
                .body("items.code", containsInAnyOrder("US", "CA"))
                .body("items.hsctAccessNote", contains("Only in select clinical trials or for very aggressive MS types.",
                        "Only in select clinical trials or for very aggressive MS types."));
        given().queryParam("access", "MEDICAL_TOURISM").get("/api/v1/countries").then().statusCode(200)
                .body("items.code", contains("MX"));
        given().queryParam("access", "EXPERIENCED_AFFORDABLE_PACKAGES").get("/api/v1/countries").then().statusCode(200)
                .body("items.code", containsInAnyOrder("RU", "IN"));
        given().queryParam("access", "STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS").get("/api/v1/countries").then().statusCode(200)
                .body("items.code", containsInAnyOrder("SE", "GB", "DE"));
    }

    @Test
    void shouldGetACountryByIsoCodeInAnyCase() {
        given().get("/api/v1/countries/mx").then().statusCode(200)
                .body("code", is("MX"))
                .body("name", is("Mexico"))
                .body("hsctAccess", is("MEDICAL_TOURISM"))
                .body("source.id", is("article"));
    }

    @Test
    void shouldListACountrysClinicsAndCosts() {
        given().get("/api/v1/countries/MX/clinics").then().statusCode(200)
                .body("items.id", hasItem("clinica-ruiz")).body("items.country.code", everyItem(is("MX")));
        given().get("/api/v1/countries/RU/costs").then().statusCode(200)
                .body("items.id", hasItem("hsct-ru-aa-maximov-hospital")).body("items.country.code", everyItem(is("RU")));
        given().get("/api/v1/countries/FR/clinics").then().statusCode(404);
    }

    @Test
    void shouldReturn404ProblemForUnknownCountryAndItsSubCollections() {
        for (String path : new String[] { "/api/v1/countries/FR", "/api/v1/countries/FR/clinics", "/api/v1/countries/FR/costs" }) {
            given().get(path).then().statusCode(404).contentType("application/problem+json").body("instance", is(path));
        }
    }

    @Test
    void shouldSearchNamesAndAccessNotes() {
        given().queryParam("q", "rapidly advancing").queryParam("sort", "code").get("/api/v1/countries").then().statusCode(200)
                .body("items.code", contains("DE", "GB", "SE"));
    }
}
