package org.stemcellms.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.stemcellms.testing.ApiDocument.refName;
import static org.stemcellms.testing.ApiDocument.resolve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.ApiDocument;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The committed document, read as a client generator or a validator reads it: each rule is checked over every
 * schema, operation and response, so that a new one that breaks it fails here (see web/ClientContract).
 */
class ClientContractTest {

    private static final OpenAPI DOCUMENT = ApiDocument.MODEL;

    @Test
    void shouldAnchorEveryPattern() {
        List<String> gaps = new ArrayList<>();
        eachSchema((where, schema) -> {
            String pattern = schema.getPattern();
            if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                gaps.add(where + ": " + pattern);
            }
        });
        assertEquals(List.of(), gaps, "JSON Schema patterns are searches: unanchored ones allow what the server refuses");
    }

    @Test
    void shouldBoundNumbersWithMinimumMaximumAndMultipleOfRatherThanPatterns() {
        List<String> gaps = new ArrayList<>();
        eachSchema((where, schema) -> {
            if (("number".equals(schema.getType()) || "integer".equals(schema.getType())) && schema.getPattern() != null) {
                gaps.add(where);
            }
            if (schema.getMultipleOf() != null && schema.getMultipleOf().compareTo(BigDecimal.ZERO) <= 0) {
                gaps.add(where + ": multipleOf must be positive");
            }
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldNameNoSchemaAfterAJavaTypeOrWithAGeneratedNumber() {
        List<String> leaks = new ArrayList<>();
        for (String name : DOCUMENT.getComponents().getSchemas().keySet()) {
            for (String javaPackage : List.of("java.lang.", "java.time.", "java.math.", "java.util.", "java.net.")) {
                try {
                    Class.forName(javaPackage + name);
                    leaks.add(name + " (" + javaPackage + name + ")");
                } catch (ClassNotFoundException e) {
                    // not a Java type's name: good
                }
            }
            if (Character.isDigit(name.charAt(name.length() - 1))) {
                leaks.add(name);
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void shouldGiveEveryMergePatchItsOwnSchemaWithNothingRequired() {
        List<String> gaps = new ArrayList<>();
        int patches = 0;
        for (var path : DOCUMENT.getPaths().entrySet()) {
            Operation patch = path.getValue().getPatch();
            if (patch == null) {
                continue;
            }
            patches++;
            for (MediaType media : patch.getRequestBody().getContent().values()) {
                String name = refName(media.getSchema());
                Schema<?> schema = resolve(media.getSchema());
                if (name == null || name.endsWith("Input") || schema.getRequired() != null && !schema.getRequired().isEmpty()) {
                    gaps.add("PATCH " + path.getKey() + " body " + name + " requires " + schema.getRequired());
                }
            }
        }
        assertFalse(patches == 0);
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldRequireIfMatchWhereItsAbsenceIs428() {
        List<String> gaps = new ArrayList<>();
        eachOperation((where, operation) -> {
            if (operation.getResponses().containsKey("428")) {
                boolean required = operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()) && Boolean.TRUE.equals(p.getRequired()));
                if (!required) {
                    gaps.add(where);
                }
            }
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldRequireTheIdOfEveryCreate() {
        List<String> gaps = new ArrayList<>();
        DOCUMENT.getPaths().forEach((path, item) -> {
            if (item.getPost() == null || item.getPost().getRequestBody() == null) {
                return;
            }
            DOCUMENT.getPaths().keySet().stream().filter(p -> p.matches(java.util.regex.Pattern.quote(path) + "/\\{[^}/]+}"))
                    .forEach(itemPath -> {
                        String id = itemPath.substring(itemPath.lastIndexOf('{') + 1, itemPath.length() - 1);
                        Schema<?> body = resolve(item.getPost().getRequestBody().getContent().get("application/json").getSchema());
                        if (body.getRequired() == null || !body.getRequired().contains(id)) {
                            gaps.add("POST " + path + " does not require " + id);
                        }
                    });
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldCloseEveryRequestBodyToOtherProperties() {
        List<String> gaps = new ArrayList<>();
        eachOperation((where, operation) -> {
            if (operation.getRequestBody() == null) {
                return;
            }
            operation.getRequestBody().getContent().forEach((type, media) -> {
                if (type.equals("application/json") || type.endsWith("+json")) {
                    closed(where, media.getSchema(), gaps, Collections.newSetFromMap(new IdentityHashMap<>()));
                }
            });
        });
        assertEquals(List.of(), gaps);
    }

    private static void closed(String where, Schema<?> schema, List<String> gaps, Set<Schema<?>> seen) {
        if (schema == null || Boolean.TRUE.equals(schema.getReadOnly())) {
            return;
        }
        String name = refName(schema);
        Schema<?> resolved = resolve(schema);
        if (!seen.add(resolved)) {
            return;
        }
        String here = name == null ? where : where + " > " + name;
        if (resolved.getProperties() != null && !Boolean.FALSE.equals(resolved.getAdditionalProperties())) {
            gaps.add(here);
        }
        if (resolved.getProperties() != null) {
            resolved.getProperties().forEach((property, child) -> closed(here + "." + property, child, gaps, seen));
        }
        closed(here + "[]", resolved.getItems(), gaps, seen);
        if (resolved.getAllOf() != null) {
            resolved.getAllOf().forEach(part -> closed(here, part, gaps, seen));
        }
    }

    @Test
    void shouldMarkWhatOnlyTheReadFormHasAsReadOnlyInBothForms() {
        Map<String, Schema> schemas = DOCUMENT.getComponents().getSchemas();
        List<String> gaps = new ArrayList<>();
        int pairs = 0;
        for (String name : schemas.keySet()) {
            Schema<?> view = name.endsWith("Input") ? schemas.get(name.substring(0, name.length() - "Input".length())) : null;
            if (view == null || view.getProperties() == null) {
                continue;
            }
            pairs++;
            Map<String, Schema> input = schemas.get(name).getProperties();
            view.getProperties().forEach((property, schema) -> {
                Schema<?> written = input.get(property);
                if (written == null) {
                    gaps.add(name + " lacks " + property + ", which a GET returns");
                } else if (Boolean.TRUE.equals(written.getReadOnly()) != Boolean.TRUE.equals(schema.getReadOnly())) {
                    gaps.add(property + " is read-only in only one of " + name + " and its read form");
                }
            });
        }
        assertFalse(pairs == 0);
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldNameEveryEnumOfAParameter() {
        List<String> gaps = new ArrayList<>();
        eachOperation((where, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> p.getSchema() != null && p.getSchema().getEnum() != null)
                        .forEach(p -> gaps.add(where + " " + p.getName()));
            }
        });
        assertEquals(List.of(), gaps, "an inline enum becomes Sort2, Title3... in generated clients");
    }

    @Test
    void shouldShowEveryErrorExampleWithItsOwnStatus() {
        List<String> gaps = new ArrayList<>();
        int checked = 0;
        for (var path : DOCUMENT.getPaths().entrySet()) {
            for (var operation : path.getValue().readOperationsMap().entrySet()) {
                for (var response : operation.getValue().getResponses().entrySet()) {
                    ApiResponse resolved = resolveResponse(response.getValue());
                    MediaType problem = resolved.getContent() == null ? null : resolved.getContent().get("application/problem+json");
                    if (problem == null) {
                        continue;
                    }
                    checked++;
                    Object status = problem.getExample() != null
                            ? new com.fasterxml.jackson.databind.ObjectMapper().convertValue(problem.getExample(), Map.class).get("status")
                            : resolve(problem.getSchema()).getProperties().get("status").getExample();
                    if (status == null || !String.valueOf(status).equals(response.getKey())) {
                        gaps.add(operation.getKey() + " " + path.getKey() + " " + response.getKey() + ": example status " + status);
                    }
                }
            }
        }
        assertFalse(checked == 0);
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldGiveOptionalQueryParametersNoExampleButTheirDefault() {
        List<String> gaps = new ArrayList<>();
        eachOperation((where, operation) -> {
            if (operation.getParameters() == null) {
                return;
            }
            for (Parameter parameter : operation.getParameters()) {
                if (!"query".equals(parameter.getIn()) || Boolean.TRUE.equals(parameter.getRequired()) || parameter.getExample() == null) {
                    continue;
                }
                Object fallback = resolve(parameter.getSchema()).getDefault();
                if (fallback == null || !String.valueOf(fallback).equals(String.valueOf(parameter.getExample()))) {
                    gaps.add(where + " " + parameter.getName() + "=" + parameter.getExample());
                }
            }
        });
        assertEquals(List.of(), gaps, "Swagger UI's Try it out sends every example at once");
    }

    // ---- walking the document

    private static void eachOperation(BiConsumer<String, Operation> action) {
        DOCUMENT.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((PathItem.HttpMethod method, Operation operation) -> action.accept(method + " " + path, operation)));
    }

    /** Every schema of the document with where it is, nested ones included. */
    private static void eachSchema(BiConsumer<String, Schema<?>> action) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        DOCUMENT.getComponents().getSchemas().forEach((name, schema) -> walk(name, schema, action, seen));
        eachOperation((where, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> walk(where + " " + p.getName(), p.getSchema(), action, seen));
            }
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> walk(where + " body", media.getSchema(), action, seen));
            }
        });
    }

    private static void walk(String where, Schema<?> schema, BiConsumer<String, Schema<?>> action, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        action.accept(where, schema);
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> walk(where + "." + name, property, action, seen));
        }
        walk(where + "[]", schema.getItems(), action, seen);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> walk(where, part, action, seen));
        }
    }

    private static ApiResponse resolveResponse(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        return DOCUMENT.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    }
}
