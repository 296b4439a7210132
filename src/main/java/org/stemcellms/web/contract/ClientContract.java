package org.stemcellms.web.contract;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem;

/**
 * Makes the generated document say exactly what the server does, in the forms client generators and
 * validators read (each rule is checked over the whole document by OpenApiDocumentTest):
 * <ul>
 * <li>patterns are anchored, as JSON Schema patterns are searches while Bean Validation matches whole values;</li>
 * <li>numbers carry {@code minimum}/{@code maximum}/{@code multipleOf} instead of the digit pattern of {@code @Digits};</li>
 * <li>no schema is named after a Java type ({@code LocalDate}, {@code Instant}): dates are inline strings;</li>
 * <li>request bodies admit no other properties ({@code additionalProperties: false}), as the server refuses them;</li>
 * <li>a write form lists its read form's extra properties as {@code readOnly} (sent back, they are ignored), and
 *     the read form marks them {@code readOnly} too;</li>
 * <li>merge patches have schemas of their own ({@code ClinicPatch}): nothing required, {@code nullable} where
 *     removal is allowed;</li>
 * <li>{@code If-Match} is required wherever its absence is a 428;</li>
 * <li>the sort and format enums are named schemas ({@code ClinicSort}, {@code Format}), not inline ones that
 *     generators name {@code Sort2};</li>
 * <li>each problem response shows an example of its own status;</li>
 * <li>optional query parameters have an example only where it cannot empty Swagger UI's first "Try it out"
 *     (their default); the example of a filter moves into its description.</li>
 * </ul>
 */
final class ClientContract {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Pattern DIGITS = Pattern.compile("\\^\\\\d\\{1,(\\d+)}(?:\\(\\[\\.]\\\\d\\{1,(\\d+)}\\)\\?)?\\$");
    private static final Map<String, Schema.SchemaType> JAVA_TYPES = Map.of("LocalDate", Schema.SchemaType.STRING,
            "Instant", Schema.SchemaType.STRING);
    private static final Map<String, String> JAVA_FORMATS = Map.of("LocalDate", "date", "Instant", "date-time");
    private static final String INPUT = "Input";

    private ClientContract() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        inlineJavaTypes(openAPI);
        eachSchema(openAPI, ClientContract::anchorPattern);
        eachSchema(openAPI, ClientContract::boundsInsteadOfDigitPattern);
        markReadOnly(openAPI);
        patchSchemas(openAPI);
        closeRequestBodies(openAPI);
        requireIfMatch(openAPI);
        nameEnums(openAPI);
        problemExamples(openAPI);
        harmlessExamples(openAPI);
    }

    // ---- schemas

    private static void inlineJavaTypes(OpenAPI openAPI) {
        eachSchema(openAPI, schema -> {
            String name = refName(schema);
            if (name != null && JAVA_TYPES.containsKey(name)) {
                schema.setRef(null);
                schema.type(List.of(JAVA_TYPES.get(name))).format(JAVA_FORMATS.get(name));
            }
        });
        JAVA_TYPES.keySet().forEach(openAPI.getComponents()::removeSchema);
    }

    private static void anchorPattern(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern == null || (pattern.startsWith("^") && pattern.endsWith("$"))) {
            return;
        }
        // @NotBlank's \S means "has a non-space character somewhere"
        schema.setPattern(pattern.equals("\\S") ? "^\\s*\\S[\\s\\S]*$" : "^(?:" + pattern + ")$");
    }

    private static void boundsInsteadOfDigitPattern(Schema schema) {
        if (schema.getPattern() == null || schema.getType() == null
                || !(schema.getType().contains(Schema.SchemaType.NUMBER) || schema.getType().contains(Schema.SchemaType.INTEGER))) {
            return;
        }
        Matcher digits = DIGITS.matcher(schema.getPattern());
        schema.setPattern(null);
        if (!digits.matches()) {
            return;
        }
        int fraction = digits.group(2) == null ? 0 : Integer.parseInt(digits.group(2));
        BigDecimal step = asServed(BigDecimal.ONE.movePointLeft(fraction));
        BigDecimal bound = BigDecimal.TEN.pow(Integer.parseInt(digits.group(1)));
        BigDecimal largest = bound.subtract(step);
        // the served document passes numbers through doubles: a bound a double cannot hold becomes an exclusive one
        boolean exact = asServed(largest).compareTo(largest) == 0;
        if (schema.getExclusiveMaximum() == null && (schema.getMaximum() == null || schema.getMaximum().compareTo(largest) > 0)) {
            schema.setMaximum(exact ? largest : null);
            schema.setExclusiveMaximum(exact ? null : bound);
        }
        if (schema.getExclusiveMinimum() == null && (schema.getMinimum() == null || schema.getMinimum().compareTo(largest.negate()) < 0)) {
            schema.setMinimum(exact ? largest.negate() : null);
            schema.setExclusiveMinimum(exact ? null : bound.negate());
        }
        schema.setMultipleOf(step);
    }

    /** The number as the served document writes it after reading it back as a double (0.000001 as 0.0000010). */
    private static BigDecimal asServed(BigDecimal number) {
        return BigDecimal.valueOf(number.doubleValue());
    }

    /** Pairs each write form {@code XInput} with its read form {@code X}: what only X has is read-only in both. */
    private static void markReadOnly(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : List.copyOf(schemas.keySet())) {
            Schema view = name.endsWith(INPUT) ? schemas.get(name.substring(0, name.length() - INPUT.length())) : null;
            if (view == null || view.getProperties() == null) {
                continue;
            }
            Schema input = schemas.get(name);
            view.getProperties().forEach((property, schema) -> {
                if (input.getProperties() == null || !input.getProperties().containsKey(property)) {
                    Schema readOnly = readOnly(schema, "Read-only: in what a GET returns; ignored when sent back in a write.");
                    view.addProperty(property, readOnly);
                    input.addProperty(property, readOnly(schema, "Read-only: ignored when sent, so that what a GET returns "
                            + "can be sent back."));
                }
            });
        }
    }

    private static Schema readOnly(Schema schema, String note) {
        // beside a $ref, OpenAPI 3.0 ignores every other keyword: wrap it
        Schema copy = schema.getRef() != null ? OASFactory.createSchema().addAllOf(OASFactory.createSchema().ref(schema.getRef()))
                : copyOf(schema);
        String description = schema.getDescription() == null ? note : schema.getDescription() + " " + note;
        return copy.readOnly(true).description(description);
    }

    /** The body of each PATCH: {@code XPatch}, derived from {@code XInput}. */
    private static void patchSchemas(OpenAPI openAPI) {
        forEachOperation(openAPI, (method, operation) -> {
            if (method != PathItem.HttpMethod.PATCH || operation.getRequestBody() == null) {
                return;
            }
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                String name = refName(media.getSchema());
                if (name != null && name.endsWith(INPUT)) {
                    media.getSchema().setRef(SCHEMAS + patchSchema(openAPI, name));
                }
            });
        });
    }

    private static String patchSchema(OpenAPI openAPI, String inputName) {
        String name = inputName.substring(0, inputName.length() - INPUT.length()) + "Patch";
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas.containsKey(name)) {
            return name;
        }
        Schema input = schemas.get(inputName);
        Set<String> required = input.getRequired() == null ? Set.of() : Set.copyOf(input.getRequired());
        Schema patch = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A JSON merge patch (RFC 7396, `application/merge-patch+json`) of a " + inputName + ": every member is "
                        + "optional and replaces the stored one (objects merge member by member, lists are replaced whole); `null` "
                        + "removes an optional member. The result must be a valid " + inputName + ".");
        openAPI.getComponents().addSchema(name, patch);
        input.getProperties().forEach((property, schema) -> {
            if (Boolean.TRUE.equals(schema.getReadOnly())) {
                return;
            }
            Schema member;
            String ref = refName(schema);
            if (ref != null && ref.endsWith(INPUT) && schemas.get(ref).getProperties() != null) {
                member = OASFactory.createSchema().ref(SCHEMAS + patchSchema(openAPI, ref));
            } else if (ref != null) {
                member = OASFactory.createSchema().ref(schema.getRef());
            } else {
                member = copyOf(schema);
            }
            if (member.getAdditionalPropertiesSchema() != null) {
                // a map merges key by key: null removes one (a citation of a field the patch removes)
                Schema values = copyOf(member.getAdditionalPropertiesSchema());
                nullable(openAPI, values);
                member.setAdditionalPropertiesSchema(values);
            }
            if (!required.contains(property)) {
                nullable(openAPI, member);
            }
            patch.addProperty(property, member);
        });
        return name;
    }

    /**
     * May be null (removes the member): written with OpenAPI 3.1's type list, which the 3.0 document states as
     * {@code nullable: true}; an enumeration lists null too, and a reference says what type it wraps.
     */
    private static void nullable(OpenAPI openAPI, Schema member) {
        if (member.getRef() != null) {
            Schema target = openAPI.getComponents().getSchemas().get(refName(member));
            if (target.getEnumeration() != null) {
                member.setType(target.getType());
                member.setEnumeration(new ArrayList<>(target.getEnumeration()));
            } else {
                // beside a $ref, OpenAPI 3.0 ignores every other keyword: wrap it
                member.addAllOf(OASFactory.createSchema().ref(member.getRef()));
                member.setType(target.getType());
            }
            member.setRef(null);
        }
        List<Schema.SchemaType> types = new ArrayList<>(member.getType() == null ? List.of() : member.getType());
        types.add(Schema.SchemaType.NULL);
        member.setType(types);
        if (member.getEnumeration() != null && !member.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(member.getEnumeration());
            values.add(null);
            member.setEnumeration(values);
        }
    }

    /** The server refuses a property a body does not have: so does the document, through every nested object. */
    private static void closeRequestBodies(OpenAPI openAPI) {
        Set<String> seen = new TreeSet<>();
        forEachOperation(openAPI, (method, operation) -> {
            if (operation.getRequestBody() == null) {
                return;
            }
            operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                if (type.equals(MediaType.APPLICATION_JSON) || type.endsWith("+json")) {
                    close(openAPI, media.getSchema(), seen);
                }
            });
        });
    }

    private static void close(OpenAPI openAPI, Schema schema, Set<String> seen) {
        if (schema == null) {
            return;
        }
        String name = refName(schema);
        if (name != null) {
            if (seen.add(name)) {
                close(openAPI, openAPI.getComponents().getSchemas().get(name), seen);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.setAdditionalPropertiesBoolean(false);
            schema.getProperties().values().forEach(property -> {
                if (!Boolean.TRUE.equals(property.getReadOnly())) {
                    close(openAPI, property, seen);
                }
            });
        }
        close(openAPI, schema.getItems(), seen);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> close(openAPI, part, seen));
        }
    }

    private static void requireIfMatch(OpenAPI openAPI) {
        forEachOperation(openAPI, (method, operation) -> {
            if (operation.getResponses() == null || !operation.getResponses().hasAPIResponse("428") || operation.getParameters() == null) {
                return;
            }
            operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equals(p.getName()))
                    .forEach(p -> p.setRequired(true));
        });
    }

    /** Inline enums of query parameters become named schemas: {@code Format}, and {@code <Item>Sort} per collection. */
    private static void nameEnums(OpenAPI openAPI) {
        forEachOperation(openAPI, (method, operation) -> {
            if (operation.getParameters() == null) {
                return;
            }
            for (Parameter parameter : operation.getParameters()) {
                Schema schema = parameter.getSchema();
                if (parameter.getIn() != Parameter.In.QUERY || schema == null || schema.getEnumeration() == null || schema.getRef() != null) {
                    continue;
                }
                String name = enumName(parameter.getName(), operation);
                Schema existing = openAPI.getComponents().getSchemas().get(name);
                if (existing != null && !(Objects.equals(existing.getEnumeration(), schema.getEnumeration())
                        && Objects.equals(existing.getDefaultValue(), schema.getDefaultValue()))) {
                    name = capitalize(operation.getOperationId()) + capitalize(parameter.getName());
                }
                if (existing == null || !openAPI.getComponents().getSchemas().containsKey(name)) {
                    openAPI.getComponents().addSchema(name, copyOf(schema).description(enumDescription(parameter.getName())));
                }
                parameter.setSchema(OASFactory.createSchema().ref(SCHEMAS + name));
            }
        });
    }

    private static String enumName(String parameter, Operation operation) {
        if (parameter.equals("format")) {
            return "Format";
        }
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        var json = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType(MediaType.APPLICATION_JSON);
        String page = json == null ? null : refName(json.getSchema());
        if (page != null && page.endsWith("Page")) {
            return page.substring(0, page.length() - "Page".length()) + capitalize(parameter);
        }
        return capitalize(operation.getOperationId()) + capitalize(parameter);
    }

    private static String enumDescription(String parameter) {
        return switch (parameter) {
            case "format" -> "A collection's representation: json, or csv (the same as `Accept: text/csv`).";
            case "sort" -> "A sort order: a field name for ascending order, with a leading `-` for descending.";
            default -> "The accepted values of `" + parameter + "`.";
        };
    }

    // ---- examples

    private record ProblemExample(String type, String title, String detail, String instance) {
    }

    private static final Map<String, ProblemExample> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", new ProblemExample(ApiException.INVALID_PARAMETERS, "Invalid parameters", "1 parameter is invalid.",
                "/api/v1/clinics"));
        PROBLEMS.put("401", new ProblemExample(Problem.ABOUT_BLANK, "Unauthorized", "A valid bearer token is required.",
                "/api/v1/clinics"));
        PROBLEMS.put("403", new ProblemExample(Problem.ABOUT_BLANK, "Forbidden", "This needs one of the roles editor, admin.",
                "/api/v1/clinics"));
        PROBLEMS.put("404", new ProblemExample(Problem.ABOUT_BLANK, "Not Found", "No clinic has the id 'no-such-clinic'.",
                "/api/v1/clinics/no-such-clinic"));
        PROBLEMS.put("406", new ProblemExample(Problem.ABOUT_BLANK, "Not Acceptable", "None of the media types in Accept (image/png) "
                + "can be produced for /api/v1/clinics; it is available as application/json (collections also as text/csv).",
                "/api/v1/clinics"));
        PROBLEMS.put("409", new ProblemExample(Problem.ABOUT_BLANK, "Conflict", "A clinic with the id 'clinica-ruiz' already exists.",
                "/api/v1/clinics"));
        PROBLEMS.put("412", new ProblemExample(Problem.ABOUT_BLANK, "Precondition Failed", "The record has changed since the ETag in "
                + "If-Match; GET it again, reapply your change and retry.", "/api/v1/clinics/clinica-ruiz"));
        PROBLEMS.put("413", new ProblemExample(Problem.ABOUT_BLANK, "Content Too Large", "The request body is larger than 1048576 bytes.",
                "/api/v1/clinics"));
        PROBLEMS.put("415", new ProblemExample(Problem.ABOUT_BLANK, "Unsupported Media Type", "The request's Content-Type is not "
                + "supported by /api/v1/clinics.", "/api/v1/clinics"));
        PROBLEMS.put("422", new ProblemExample(ApiException.UNKNOWN_REFERENCE, "Unknown reference", "1 reference is unknown.",
                "/api/v1/clinics"));
        PROBLEMS.put("428", new ProblemExample(Problem.ABOUT_BLANK, "Precondition Required", "Send If-Match with the ETag of the "
                + "version you are changing.", "/api/v1/clinics/clinica-ruiz"));
        PROBLEMS.put("429", new ProblemExample(Problem.ABOUT_BLANK, "Too Many Requests", "This client has used its budget of anonymous "
                + "requests; retry after the time in Retry-After.", "/api/v1/clinics"));
        PROBLEMS.put("500", new ProblemExample(Problem.ABOUT_BLANK, "Internal Server Error", "The server failed to answer this request; "
                + "the failure has been logged.", "/api/v1/clinics"));
        PROBLEMS.put("501", new ProblemExample(Problem.ABOUT_BLANK, "Not Implemented", "Only the json format is available.",
                "/oembed"));
        PROBLEMS.put("503", new ProblemExample(Problem.ABOUT_BLANK, "Service Unavailable", "The service cannot reach its database "
                + "just now. Retry after the time in Retry-After.", "/api/v1/clinics"));
    }

    /** Each problem response gets an example with its own status (the Problem schema's own example is a 400). */
    private static void problemExamples(OpenAPI openAPI) {
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> problemExample(response, statusOf(openAPI, response)));
        }
        forEachOperation(openAPI, (method, operation) -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (response.getRef() == null) {
                        problemExample(response, status);
                    }
                });
            }
        });
    }

    /** The status a shared response component is used with (each is used with one). */
    private static String statusOf(OpenAPI openAPI, APIResponse component) {
        String name = openAPI.getComponents().getResponses().entrySet().stream().filter(e -> e.getValue() == component)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        List<String> statuses = new ArrayList<>();
        forEachOperation(openAPI, (method, operation) -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (response.getRef() != null && response.getRef().endsWith("/" + name) && !statuses.contains(status)) {
                        statuses.add(status);
                    }
                });
            }
        });
        return statuses.size() == 1 ? statuses.get(0) : null;
    }

    private static void problemExample(APIResponse response, String status) {
        var media = response.getContent() == null ? null : response.getContent().getMediaType(Problem.MEDIA_TYPE);
        ProblemExample example = status == null ? null : PROBLEMS.get(status);
        if (media == null || example == null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problem.absoluteType(example.type(), URI.create(Problem.EXAMPLE_SERVICE)));
        body.put("title", example.title());
        body.put("status", Integer.parseInt(status));
        body.put("detail", example.detail());
        body.put("instance", example.instance());
        body.put("requestId", "0b8f6c1e-7d1a-4a59-9a53-2f5f8f3f6a10");
        if (status.equals("400")) {
            body.put("errors", List.of(fieldError("size", "must be between 1 and 100")));
        } else if (status.equals("422")) {
            body.put("errors", List.of(fieldError("countryCode", "no country has the code 'ZZ'")));
        }
        media.setExample(body);
    }

    /** In the order a problem lists them, so that the document is written the same way every time. */
    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /**
     * Swagger UI's "Try it out" fills in every parameter's example at once, so examples on optional query
     * parameters would combine into a request that finds nothing (or asks for CSV): an optional parameter keeps
     * an example only when it is its default; a filter's example moves into its description.
     */
    private static void harmlessExamples(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        forEachOperation(openAPI, (method, operation) -> {
            if (operation.getParameters() == null) {
                return;
            }
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() != Parameter.In.QUERY || Boolean.TRUE.equals(parameter.getRequired()) || parameter.getExample() == null) {
                    continue;
                }
                Schema schema = parameter.getSchema();
                String ref = schema == null ? null : refName(schema);
                Object fallback = schema == null ? null : (ref != null && schemas.get(ref) != null ? schemas.get(ref) : schema).getDefaultValue();
                if (fallback != null) {
                    parameter.setExample(fallback);
                } else {
                    String description = parameter.getDescription() == null ? "" : parameter.getDescription() + " ";
                    parameter.setDescription(description + "For example: `" + parameter.getExample() + "`.");
                    parameter.setExample(null);
                }
            }
        });
    }

    // ---- walking the document

    private interface OperationVisitor {
        void visit(PathItem.HttpMethod method, Operation operation);
    }

    private static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach(visitor::visit));
    }

    /** Every schema of the document, nested ones included, once each. */
    private static void eachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        List<Schema> roots = new ArrayList<>(openAPI.getComponents().getSchemas().values());
        forEachOperation(openAPI, (method, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> roots.add(p.getSchema()));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
                    }
                });
            }
        });
        if (openAPI.getComponents().getParameters() != null) {
            openAPI.getComponents().getParameters().values().forEach(p -> roots.add(p.getSchema()));
        }
        java.util.Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        roots.forEach(root -> walk(root, action, seen));
    }

    private static void walk(Schema schema, Consumer<Schema> action, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> walk(p, action, seen));
        }
        walk(schema.getItems(), action, seen);
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(p -> walk(p, action, seen));
            }
        }
    }

    private static String refName(Schema schema) {
        return schema == null || schema.getRef() == null ? null : schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
    }

    private static Schema copyOf(Schema schema) {
        Schema copy = OASFactory.createSchema();
        copy.setType(schema.getType());
        copy.setFormat(schema.getFormat());
        copy.setDescription(schema.getDescription());
        copy.setExample(schema.getExample());
        copy.setDefaultValue(schema.getDefaultValue());
        copy.setEnumeration(schema.getEnumeration() == null ? null : new ArrayList<>(schema.getEnumeration()));
        copy.setPattern(schema.getPattern());
        copy.setMinLength(schema.getMinLength());
        copy.setMaxLength(schema.getMaxLength());
        copy.setMinimum(schema.getMinimum());
        copy.setMaximum(schema.getMaximum());
        copy.setExclusiveMinimum(schema.getExclusiveMinimum());
        copy.setExclusiveMaximum(schema.getExclusiveMaximum());
        copy.setMultipleOf(schema.getMultipleOf());
        copy.setMinItems(schema.getMinItems());
        copy.setMaxItems(schema.getMaxItems());
        copy.setItems(schema.getItems());
        copy.setAdditionalPropertiesSchema(schema.getAdditionalPropertiesSchema());
        copy.setRef(schema.getRef());
        copy.setAllOf(schema.getAllOf());
        return copy;
    }

    private static String capitalize(String name) {
        return name == null || name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
