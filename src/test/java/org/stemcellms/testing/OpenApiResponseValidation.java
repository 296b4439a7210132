package org.stemcellms.testing;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Validates every response any test receives against the committed OpenAPI document, so the document
 * cannot lie. Registered as a Quarkus test callback, so no test class can forget it. Requests are not
 * validated: the tests send invalid ones on purpose, and their error responses are validated all the same.
 */
public class OpenApiResponseValidation implements QuarkusTestBeforeEachCallback {

    public static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");

    static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(DOCUMENT.toUri().toString())
            .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
            .build();

    static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(VALIDATOR);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    public static boolean isActive() {
        return RestAssured.filters().contains(FILTER);
    }
}
