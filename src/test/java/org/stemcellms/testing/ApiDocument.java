package org.stemcellms.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * The committed OpenAPI document, read as a model, so that tests can cover every documented operation
 * without listing them: a new endpoint is tested the moment it is documented.
 */
public final class ApiDocument {

    public static final OpenAPI MODEL = new OpenAPIV3Parser().read(OpenApiResponseValidation.DOCUMENT.toString());

    /** A documented GET operation, with its path template filled in from the parameters' examples. */
    public record Get(String template, String path, Operation operation) {

        public boolean isCollection() {
            return responseSchemaName().endsWith("Page");
        }

        public String responseSchemaName() {
            var ok = operation.getResponses().get("200");
            var json = ok == null || ok.getContent() == null ? null : ok.getContent().get("application/json");
            var schema = json == null ? null : json.getSchema();
            return schema == null || schema.get$ref() == null ? "" : schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        }

        /** The media types the operation documents for a status (none when the status is not documented). */
        public java.util.Set<String> mediaTypes(int status) {
            return ApiDocument.mediaTypes(operation, status);
        }

        /** True when the operation needs a bearer token (the audit trail). */
        public boolean isSecured() {
            return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        }

        /** The properties of the items this operation returns (of the page's items for a collection). */
        public java.util.Set<String> itemProperties() {
            Schema<?> schema = MODEL.getComponents().getSchemas().get(responseSchemaName());
            if (isCollection()) {
                String ref = ((Schema<?>) schema.getProperties().get("items")).getItems().get$ref();
                schema = MODEL.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return schema.getProperties().keySet();
        }

        public List<Parameter> queryParameters() {
            return parameters().stream().filter(p -> "query".equals(p.getIn())).toList();
        }

        public List<Parameter> parameters() {
            return operation.getParameters() == null ? List.of() : operation.getParameters();
        }

        /** The documented values of an enumerated query parameter, resolving a reference to an enum schema. */
        public List<String> enumValues(Parameter parameter) {
            Schema<?> schema = parameter.getSchema();
            if (schema.get$ref() != null) {
                schema = MODEL.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            }
            return schema.getEnum() == null ? List.of() : schema.getEnum().stream().map(String::valueOf).toList();
        }

        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    private ApiDocument() {
    }

    public static List<Get> gets() {
        List<Get> gets = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : MODEL.getPaths().entrySet()) {
            Operation get = entry.getValue().getGet();
            if (get != null) {
                gets.add(new Get(entry.getKey(), fill(entry.getKey(), get), get));
            }
        }
        return gets;
    }

    /** The media types an operation documents for a status, following a reference to a shared response. */
    public static java.util.Set<String> mediaTypes(Operation operation, int status) {
        var response = operation.getResponses().get(String.valueOf(status));
        if (response != null && response.get$ref() != null) {
            response = MODEL.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
        }
        return response == null || response.getContent() == null ? java.util.Set.of() : response.getContent().keySet();
    }

    /** Every path template of the document with the path its parameters' examples make of it. */
    public static Map<String, String> paths() {
        Map<String, String> paths = new java.util.TreeMap<>();
        MODEL.getPaths().forEach((template, item) -> {
            String path = template;
            for (Operation operation : item.readOperations()) {
                path = fill(path, operation);
            }
            paths.put(template, path);
        });
        return paths;
    }

    /** The HTTP methods the document lists for a path. */
    public static java.util.Set<String> methods(String template) {
        java.util.Set<String> methods = new java.util.TreeSet<>();
        MODEL.getPaths().get(template).readOperationsMap().keySet().forEach(method -> methods.add(method.name()));
        return methods;
    }

    /** A documented write: POST, PUT, PATCH or DELETE, with its path filled in from the parameters' examples. */
    public record Write(String method, String template, String path, Operation operation) {

        public String contentType() {
            return method.equals("PATCH") ? "application/merge-patch+json" : "application/json";
        }

        public boolean hasBody() {
            return !method.equals("DELETE");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The POSTs that change nothing and need no token: the eligibility self-check and its form, tested on their own. */
    public static final java.util.Set<String> READ_ONLY_POSTS = java.util.Set.of("assessEligibility", "checkPageResult");

    /** Every POST, PUT, PATCH and DELETE operation but {@link #READ_ONLY_POSTS}: the writes. */
    public static List<Write> writes() {
        List<Write> writes = new ArrayList<>();
        MODEL.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (List.of("POST", "PUT", "PATCH", "DELETE").contains(method.name())
                    && !READ_ONLY_POSTS.contains(operation.getOperationId())) {
                writes.add(new Write(method.name(), template, fill(template, operation), operation));
            }
        }));
        return writes;
    }

    public static List<Get> collections() {
        return gets().stream().filter(Get::isCollection).toList();
    }

    /** The name a {@code $ref} points to ({@code Clinic} for {@code #/components/schemas/Clinic}), or null. */
    public static String refName(Schema<?> schema) {
        return schema == null || schema.get$ref() == null ? null : schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    }

    /** The schema itself, following references to component schemas. */
    public static Schema<?> resolve(Schema<?> schema) {
        String name = refName(schema);
        return name == null ? schema : resolve(MODEL.getComponents().getSchemas().get(name));
    }

    private static String fill(String template, Operation operation) {
        String path = template;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("path".equals(parameter.getIn())) {
                    path = path.replace("{" + parameter.getName() + "}", String.valueOf(parameter.getExample()));
                }
            }
        }
        return path;
    }
}
