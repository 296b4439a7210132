package org.stemcellms.web.problem;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What each problem {@code type} means and how to fix the request: the pages its URI resolves to (a problem's type is
 * absolute, on the address the request reached the service at, e.g. https://host/problems/invalid-body).
 */
@Path("/problems")
@Tag(name = "Problems", description = "The pages a problem's `type` resolves to: what the problem means and how to fix the request.")
public class ProblemPages {

    /** One kind of problem: its type's last segment, its title, what it means and how to fix the request. */
    public record Kind(String name, String title, int status, String meaning, String fix) {

        public String type() {
            return "/problems/" + name;
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("invalid-parameters", "Invalid parameters", 400,
                    "One or more query parameters cannot be used: a value of the wrong form (a page that is not a number, a "
                            + "country code that is not two letters), out of range (size above 100) or not among the accepted "
                            + "values (an unknown sort or enum value).",
                    "Read `errors`: one entry per parameter, named as in the URL, with what it must be. The OpenAPI document "
                            + "lists every parameter with its type, bounds and accepted values."),
            new Kind("invalid-body", "Invalid body", 400,
                    "The body of a write cannot be used: it is not JSON, a field has the wrong JSON type (a date or text given "
                            + "as a number), a value breaks a rule (a required field missing, a text too long, a bound below its "
                            + "partner), a factual field is not cited, or a property is unknown.",
                    "Read `errors`: one entry per field, as a JSON path into the body (findings[0].value.max), with what it "
                            + "must be. Send the write form the item's GET shows beside its view (`*Input` in the OpenAPI document), "
                            + "with `citations` naming a source for every factual field."),
            new Kind("unknown-reference", "Unknown reference", 422,
                    "The body is well formed, but it refers to a record that does not exist: a source, therapy, country, "
                            + "clinic, study or trial id that no record has.",
                    "Read `errors`: each names the field and the id it could not find. Create the record it refers to first, "
                            + "or correct the id; the collections list the ids that exist."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problems(List<Kind> kinds, Kind selected);
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "listProblemTypes", summary = "Problem types",
            description = "Every problem type the API answers with, besides `about:blank`, whose meaning is its HTTP status.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public TemplateInstance all() {
        return Templates.problems(KINDS, null);
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "getProblemType", summary = "A problem type",
            description = "What one problem type means and how to fix the request that got it.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public TemplateInstance one(@PathParam("name") @Parameter(description = "The type's last segment: invalid-parameters, "
            + "invalid-body or unknown-reference.", example = "invalid-body") String name) {
        Optional<Kind> kind = KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
        return Templates.problems(KINDS, kind.orElseThrow(() -> ApiException.notFound("No problem type is named '" + name + "'.")));
    }
}
