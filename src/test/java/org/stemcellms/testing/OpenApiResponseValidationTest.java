package org.stemcellms.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiResponseValidationTest {

    @Test
    void shouldValidateEveryResponseAgainstTheCommittedDocument() {
        given().get("/api/v1/countries/MX").then().statusCode(200);
        assertTrue(OpenApiResponseValidation.isActive(), "the response validation filter is not installed");
    }

    @Test
    void shouldRejectAResponseThatBreaksTheDocument() {
        var missingCode = SimpleResponse.Builder.ok().withContentType("application/json")
                .withBody("{\"name\":\"Mexico\",\"hsctAccess\":\"MEDICAL_TOURISM\"}").build();
        var report = OpenApiResponseValidation.VALIDATOR.validateResponse("/api/v1/countries/MX", Request.Method.GET, missingCode);
        assertTrue(report.hasErrors(), "a country without its required code passed validation");
    }

    @Test
    void shouldRejectAnUndocumentedErrorBody() {
        var htmlError = SimpleResponse.Builder.status(404).withContentType("text/html").withBody("<h1>Not found</h1>").build();
        var report = OpenApiResponseValidation.VALIDATOR.validateResponse("/api/v1/countries/XX", Request.Method.GET, htmlError);
        assertTrue(report.hasErrors(), "an HTML 404 passed validation");
        var problem = SimpleResponse.Builder.status(404).withContentType("application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"x\",\"instance\":\"/api/v1/countries/XX\"}")
                .build();
        assertFalse(OpenApiResponseValidation.VALIDATOR.validateResponse("/api/v1/countries/XX", Request.Method.GET, problem).hasErrors());
    }
}
