package org.stemcellms.web;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the problem responses that every operation shares, once, so that no resource repeats them:
 * 400 where an operation takes query parameters, 404 where it has an id in its path, and 406 and 500 everywhere.
 * Runs at build time, so the committed document carries them too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponsesFilter implements OASFilter {

    private static final Map<String, String> RESPONSES = new TreeMap<>(Map.of(
            "InvalidParameters", "A query parameter is invalid: `errors` names each one and what is wrong with it.",
            "NotFound", "No item has this id.",
            "NotAcceptable", "The `Accept` header asks for a media type this operation cannot produce.",
            "ServerError", "The server failed; the body says no more than that, and the failure is logged."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        RESPONSES.forEach((name, description) -> openAPI.getComponents().addResponse(name, problemResponse(description)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addStandardResponses(path, item, operation)));
    }

    private static void addStandardResponses(String path, PathItem item, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (hasQueryParameters(item) || hasQueryParameters(operation)) {
            addIfAbsent(responses, "400", "InvalidParameters");
        }
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "NotFound");
        }
        addIfAbsent(responses, "406", "NotAcceptable");
        addIfAbsent(responses, "500", "ServerError");
    }

    private static boolean hasQueryParameters(PathItem item) {
        return item.getParameters() != null && item.getParameters().stream().anyMatch(StandardResponsesFilter::isQuery);
    }

    private static boolean hasQueryParameters(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(StandardResponsesFilter::isQuery);
    }

    private static boolean isQuery(Parameter parameter) {
        return parameter.getIn() == Parameter.In.QUERY;
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
