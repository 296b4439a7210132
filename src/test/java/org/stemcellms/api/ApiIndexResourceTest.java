package org.stemcellms.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiIndexResourceTest {

    @Test
    void shouldListEveryCollectionWithAWorkingLink() {
        List<String> hrefs = given().get("/api/v1").then().statusCode(200)
                .body("resources.name", contains("therapies", "countries", "clinics", "costs", "risks", "studies",
                        "trials", "claims", "eligibility-criteria", "faqs", "notes", "sources", "exchange-rates"))
                .extract().jsonPath().getList("resources.href");
        for (String href : hrefs) {
            given().get(href).then().statusCode(200);
        }
    }

    @Test
    void shouldLinkToTheDocumentation() {
        given().get("/api/v1").then().statusCode(200)
                .body("links.href", contains("/q/openapi", "/q/swagger-ui", "/q/health", "/api/v1/costs/summary", "/embed/widget.js"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
