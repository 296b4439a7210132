package org.stemcellms.web.contract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.stemcellms.web.Api;
import org.stemcellms.web.problem.Problem;

/**
 * Documents what every operation shares, once, so that no resource repeats it: the problem responses
 * (404 where an operation has an id in its path; 400, 406, 429, 500 and 503 everywhere, as any request can
 * carry an invalid parameter or a NUL character, exceed the anonymous budget or meet a database outage) and, on collections, the {@code Link} header and a readable page schema name
 * ({@code ClinicPage} rather than the generated {@code PageClinicView}).
 * Runs at build time, so the committed document carries it too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponsesFilter implements OASFilter {

    private static final Pattern GENERATED_PAGE_NAME = Pattern.compile("Page(\\w+)View");

    private static final Map<String, String> RESPONSES = new TreeMap<>(Map.ofEntries(
            Map.entry("InvalidParameters", "A parameter or the request body is invalid: `errors` names each invalid input (a "
                    + "query parameter, or a body field by its JSON path) and what is wrong with it."),
            Map.entry("Unauthenticated", "No bearer token, or one that is malformed, expired, wrongly signed or from another issuer. "
                    + "`WWW-Authenticate: Bearer` says how to authenticate."),
            Map.entry("Forbidden", "The token is valid but carries no role allowed to do this."),
            Map.entry("NotFound", "No item has this id."),
            Map.entry("NotAcceptable", "The `Accept` header asks for a media type this operation cannot produce."),
            Map.entry("Conflict", "The change conflicts with existing records: the id is taken, or other records still refer to "
                    + "this one."),
            Map.entry("PreconditionFailed", "The record has changed since the ETag in `If-Match`; nothing was changed."),
            Map.entry("RepresentationChanged", "`If-Match` names no current ETag of this representation (RFC 9110 13.1.1)."),
            Map.entry("ContentTooLarge", "The request body is larger than the configured limit (1 MiB by default)."),
            Map.entry("UnsupportedMediaType", "The request body's `Content-Type` is not the one this operation reads."),
            Map.entry("UnknownReference", "The body refers to a record that does not exist (or cannot be used here): `errors` "
                    + "names each such field."),
            Map.entry("PreconditionRequired", "`If-Match` is missing: changes must say which version they change."),
            Map.entry("ServerError", "The server failed; the body says no more than that, and the failure is logged."),
            Map.entry("NotImplemented", "The format asked for does not exist here."),
            Map.entry("TooManyRequests", "This client (by address) has used its budget of anonymous requests: retry after "
                    + "`Retry-After` seconds. `RateLimit` and `RateLimit-Policy` say where it stands; requests with an editor's "
                    + "or admin's token are not counted."),
            Map.entry("ServiceUnavailable", "The service cannot reach its database just now (it answers so within about two "
                    + "seconds); nothing was changed. Retry after `Retry-After` seconds.")));

    /** The extra problem responses of each kind of write. */
    private static final Map<String, Map<String, String>> WRITE_RESPONSES = Map.of(
            "POST", Map.of("409", "Conflict", "413", "ContentTooLarge", "415", "UnsupportedMediaType", "422", "UnknownReference"),
            "PUT", Map.of("409", "Conflict", "412", "PreconditionFailed", "413", "ContentTooLarge", "415", "UnsupportedMediaType",
                    "422", "UnknownReference", "428", "PreconditionRequired"),
            "PATCH", Map.of("409", "Conflict", "412", "PreconditionFailed", "413", "ContentTooLarge", "415", "UnsupportedMediaType",
                    "422", "UnknownReference", "428", "PreconditionRequired"),
            "DELETE", Map.of("409", "Conflict", "412", "PreconditionFailed", "428", "PreconditionRequired"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        RESPONSES.forEach((name, description) -> openAPI.getComponents().addResponse(name, problemResponse(description)));
        addHeader(openAPI, "Retry-After", "Seconds to wait before retrying.");
        addHeader(openAPI, "RateLimit", "Where the client stands in its budget (IETF httpapi draft): `\"anonymous\";r=<remaining>;t=<seconds "
                + "until full>`.");
        addHeader(openAPI, "RateLimit-Policy", "The budget (IETF httpapi draft): `\"anonymous\";q=<requests>;w=<seconds>`.");
        for (String name : List.of("TooManyRequests", "ServiceUnavailable")) {
            openAPI.getComponents().getResponses().get(name).addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        openAPI.getComponents().getResponses().get("TooManyRequests")
                .addHeader("RateLimit", OASFactory.createHeader().ref("RateLimit"))
                .addHeader("RateLimit-Policy", OASFactory.createHeader().ref("RateLimit-Policy"));
        addHeader(openAPI, "Link", "RFC 8288 links to the first, previous, next and last pages; the last page has no `next`.");
        addHeader(openAPI, "ETag", "A strong validator of this representation: send it in `If-None-Match` to revalidate a cached "
                + "copy (304 when unchanged; `*` matches anything that exists). For a record it also names the version to send in "
                + "`If-Match` when changing it; a write answers the ETag a GET of the same URL then answers. `If-Match` on a GET "
                + "that names no current ETag is a 412. Every write gives every representation a new ETag.");
        addHeader(openAPI, "Cache-Control", "`public, max-age=<stemcellms.cache-max-age>` (60 seconds by default) on public "
                + "reads; `private, no-store` on anything read with a token; `no-store` on errors.");
        openAPI.getComponents().addResponse("NotModified", OASFactory.createAPIResponse()
                .description("The representation is unchanged since the ETag in `If-None-Match`: reuse the cached copy. No body.")
                .addHeader("ETag", OASFactory.createHeader().ref("ETag"))
                .addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control")));
        addHeader(openAPI, "Location", "The URL of the record just created.");
        renamePageSchemas(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    addStandardResponses(path, operation);
                    addSecurityResponses(method.name(), operation);
                    documentPaging(operation);
                    documentItemHeaders(operation);
                    documentCaching(method.name(), operation);
                    documentCsv(operation);
                    sortByStatus(operation);
                }));
        ClientContract.apply(openAPI);
    }

    /** Secured operations: 401 and 403 as problems (replacing the generated plain ones), and what each kind of write can answer. */
    private static void addSecurityResponses(String method, Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        APIResponses responses = operation.getResponses();
        responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthenticated"));
        responses.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
        new TreeMap<>(WRITE_RESPONSES.getOrDefault(method, Map.of())).forEach((status, component) -> addIfAbsent(responses, status, component));
    }

    /** Item responses carry the record's ETag; a 201 also its Location. */
    private static void documentItemHeaders(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            boolean item = response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                    .anyMatch(media -> media.getSchema() != null && media.getSchema().getRef() != null
                            && !media.getSchema().getRef().endsWith("Page") && !media.getSchema().getRef().endsWith("ApiIndex"));
            if (item && (status.equals("200") || status.equals("201"))) {
                response.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
            }
            if (status.equals("201")) {
                response.addHeader("Location", OASFactory.createHeader().ref("Location"));
            }
        });
    }

    /** Public reads are cacheable and revalidated: ETag and Cache-Control on 200, 304 for If-None-Match, 412 for If-Match. */
    private static void documentCaching(String method, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (!method.equals("GET") || secured || ok == null) {
            return;
        }
        ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        ok.addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control"));
        addIfAbsent(operation.getResponses(), "304", "NotModified");
        addIfAbsent(operation.getResponses(), "412", "RepresentationChanged");
    }

    /** The CSV form of a collection is text, not the JSON page schema SmallRye gives every produced media type. */
    private static void documentCsv(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType(Api.TEXT_CSV) == null) {
            return;
        }
        ok.getContent().addMediaType(Api.TEXT_CSV, OASFactory.createMediaType().schema(OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .description("RFC 4180 CSV, UTF-8, CRLF line ends: a header row, then one row per item of the page. Nested fields "
                        + "are dotted columns (price.min), lists are joined with \"; \". A text cell starting with =, +, -, @, tab "
                        + "or carriage return is prefixed with an apostrophe so that spreadsheets do not run it as a formula.")));
        ok.addHeader("Content-Disposition", OASFactory.createHeader().description("For CSV: `attachment; filename=\"<collection>.csv\"`.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    }

    private static void addHeader(OpenAPI openAPI, String name, String description) {
        openAPI.getComponents().addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    }

    private static void sortByStatus(Operation operation) {
        Map<String, APIResponse> sorted = new TreeMap<>(operation.getResponses().getAPIResponses());
        APIResponses responses = OASFactory.createAPIResponses();
        sorted.forEach(responses::addAPIResponse);
        operation.setResponses(responses);
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
        APIResponse own400 = responses.getAPIResponse("400");
        if (own400 != null && own400.getContent() != null && own400.getContent().getMediaType(MediaType.TEXT_HTML) != null) {
            // an HTML page's own 400 (a form shown again with its errors); invalid parameters are problems all the same
            own400.getContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
        } else {
            // replaces the plain 400 SmallRye generates for operations with a request body
            responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("InvalidParameters"));
        }
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "NotFound");
        }
        addIfAbsent(responses, "406", "NotAcceptable");
        addIfAbsent(responses, "429", "TooManyRequests");
        addIfAbsent(responses, "500", "ServerError");
        addIfAbsent(responses, "503", "ServiceUnavailable");
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
