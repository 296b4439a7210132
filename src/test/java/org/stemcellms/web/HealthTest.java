package org.stemcellms.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest {

    @Test
    void shouldReportReadyWithTheDatabaseUp() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"));
    }

    @Test
    void shouldReportLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}
