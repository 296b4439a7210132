package org.stemcellms.testing;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.Response;

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

    /**
     * The validator's filter, except for 405s: a method the path does not take has no operation to check
     * against, and for PUT /costs/summary the validator would wrongly pick PUT /costs/{id}. Every 405 is
     * checked by CollectionContractTest instead (problem+json with Allow).
     */
    static final Filter FILTER = (request, response, context) -> {
        Response answer = context.next(request, response);
        if (answer.statusCode() != 405) {
            ValidationReport report = VALIDATOR.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
            if (report.hasErrors()) {
                throw new OpenApiValidationFilter.OpenApiValidationException(report);
            }
        }
        return answer;
    };

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
