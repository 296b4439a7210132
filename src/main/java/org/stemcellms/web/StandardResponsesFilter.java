package org.stemcellms.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents what every operation shares, once, so that no resource repeats it: the problem responses
 * (404 where an operation has an id in its path; 400, 406 and 500 everywhere, as any request can carry
 * an invalid parameter or a NUL character) and, on collections, the {@code Link} header and a readable page schema name
 * ({@code ClinicPage} rather than the generated {@code PageClinicView}).
 * Runs at build time, so the committed document carries it too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponsesFilter implements OASFilter {

    private static final Pattern GENERATED_PAGE_NAME = Pattern.compile("Page(\\w+)View");

    private static final Map<String, String> RESPONSES = new TreeMap<>(Map.of(
            "InvalidParameters", "A parameter is invalid: `errors` names each one and what is wrong with it.",
            "NotFound", "No item has this id.",
            "NotAcceptable", "The `Accept` header asks for a media type this operation cannot produce.",
            "ServerError", "The server failed; the body says no more than that, and the failure is logged."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        RESPONSES.forEach((name, description) -> openAPI.getComponents().addResponse(name, problemResponse(description)));
        openAPI.getComponents().addHeader("Link", OASFactory.createHeader()
                .description("RFC 8288 links to the first, previous, next and last pages; the last page has no `next`.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        renamePageSchemas(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    addStandardResponses(path, operation);
                    documentPaging(operation);
                }));
    }

    private static void renamePageSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        for (String name : List.copyOf(schemas.keySet())) {
            Matcher page = GENERATED_PAGE_NAME.matcher(name);
            if (page.matches()) {
                Schema schema = schemas.get(name);
                openAPI.getComponents().removeSchema(name);
                openAPI.getComponents().addSchema(page.group(1) + "Page",
                        schema.description("One page of " + page.group(1) + " items, with the figures needed to page through them."));
            }
        }
    }

    private static void documentPaging(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        ok.getContent().getMediaTypes().values().forEach(mediaType -> {
            Schema schema = mediaType.getSchema();
            Matcher page = schema == null || schema.getRef() == null ? null
                    : GENERATED_PAGE_NAME.matcher(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            if (page != null && page.matches()) {
                schema.setRef(page.group(1) + "Page");
                ok.addHeader("Link", OASFactory.createHeader().ref("Link"));
            }
        });
    }

    private static void addStandardResponses(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "400", "InvalidParameters");
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "NotFound");
        }
        addIfAbsent(responses, "406", "NotAcceptable");
        addIfAbsent(responses, "500", "ServerError");
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
