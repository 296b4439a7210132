package org.stemcellms.web.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.ApiDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;

@QuarkusTest
class OpenApiDocumentTest {

    private static final String REFRESH = "openapi/ differs from what the code generates: run ./mvnw package -DskipTests and commit openapi/";

    @Test
    void shouldServeExactlyTheCommittedYamlDocument() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertSameDocument(Path.of("openapi", "openapi.yaml"), served);
    }

    @Test
    void shouldServeExactlyTheCommittedJsonDocument() throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertSameDocument(Path.of("openapi", "openapi.json"), served);
    }

    @Test
    void shouldDescribeTheApiAsOpenApi303WithInfoAndLicense() {
        var model = ApiDocument.MODEL;
        assertEquals("3.0.3", model.getOpenapi());
        assertNotNull(model.getInfo().getTitle());
        assertNotNull(model.getInfo().getDescription());
        assertNotNull(model.getInfo().getVersion());
        assertNotNull(model.getInfo().getLicense().getName());
    }

    @Test
    void shouldDocumentEveryOperationParameterAndResponse() {
        List<String> gaps = new ArrayList<>();
        var tags = ApiDocument.MODEL.getTags().stream().map(tag -> tag.getName()).toList();
        ApiDocument.MODEL.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            check(gaps, operation.getOperationId() != null, where + ": operationId");
            check(gaps, operation.getSummary() != null, where + ": summary");
            check(gaps, operation.getDescription() != null, where + ": description");
            check(gaps, operation.getTags() != null && operation.getTags().size() == 1 && tags.containsAll(operation.getTags()),
                    where + ": one declared tag");
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> {
                    check(gaps, parameter.getDescription() != null, where + " " + parameter.getName() + ": description");
                    // an optional filter's example is in its description, so that Swagger UI's Try it out does not send it
                    boolean filter = "query".equals(parameter.getIn()) && !Boolean.TRUE.equals(parameter.getRequired());
                    check(gaps, parameter.getExample() != null
                            || filter && parameter.getDescription() != null && parameter.getDescription().contains("For example: `"),
                            where + " " + parameter.getName() + ": example");
                });
            }
            checkResponses(gaps, where, operation);
        }));
        assertTrue(gaps.isEmpty(), "undocumented: " + gaps);
    }

    private static void checkResponses(List<String> gaps, String where, Operation operation) {
        assertFalse(operation.getResponses().isEmpty(), where);
        operation.getResponses().forEach((status, response) -> {
            ApiResponse resolved = response.get$ref() == null ? response
                    : ApiDocument.MODEL.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
            check(gaps, resolved.getDescription() != null, where + " " + status + ": description");
            if (!status.equals("204") && !status.equals("304")) {
                check(gaps, resolved.getContent() != null && !resolved.getContent().isEmpty(), where + " " + status + ": schema");
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                var problem = resolved.getContent() == null ? null : resolved.getContent().get("application/problem+json");
                check(gaps, problem != null && "#/components/schemas/Problem".equals(problem.getSchema().get$ref()),
                        where + " " + status + ": problem schema");
            }
        });
    }

    private static void check(List<String> gaps, boolean condition, String gap) {
        if (!condition) {
            gaps.add(gap);
        }
    }

    /** On a mismatch, leaves the served document in target/ for a diff. */
    private static void assertSameDocument(Path committed, String served) throws IOException {
        if (!normalise(Files.readString(committed)).equals(normalise(served))) {
            Path copy = Path.of("target", "served-" + committed.getFileName());
            Files.writeString(copy, served);
            assertEquals(normalise(Files.readString(committed)), normalise(served), REFRESH + " (diff " + committed + " " + copy + ")");
        }
    }

    private static String normalise(String document) {
        return document.replace("\r\n", "\n").strip();
    }
}
