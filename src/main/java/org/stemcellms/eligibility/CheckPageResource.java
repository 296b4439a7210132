package org.stemcellms.eligibility;

import java.math.BigDecimal;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.web.problem.Problem.FieldError;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The self-check as a plain HTML form: server-rendered, no JavaScript, the same rules as
 * POST /api/v1/eligibility/assessments. What is sent is evaluated in memory and shown, never stored.
 */
@Path("/check")
@Tag(name = "Self-check")
public class CheckPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(Form form, Assessment assessment, List<FormError> errors);
    }

    /** A field the form must have corrected, named as the form labels it. */
    public record FormError(String field, String label, String message) {

        private static final java.util.Map<String, String> LABELS = java.util.Map.of("msType", "Type of MS", "edssScore", "EDSS score",
                "age", "Age in years", "yearsSinceDiagnosis", "Years since diagnosis", "dmtResponse",
                "Response to disease-modifying therapies (DMTs)", "recentActivity", "Relapses or new MRI lesions in the last year",
                "comorbidities", "Significant other illnesses (comorbidities)");

        static List<FormError> of(List<FieldError> errors) {
            return errors.stream().map(e -> new FormError(e.field(), LABELS.getOrDefault(e.field(), e.field()), e.message())).toList();
        }
    }

    /** What the form holds, as sent, to show it again. */
    public record Form(String msType, String edssScore, String age, String yearsSinceDiagnosis, String dmtResponse, String recentActivity,
            String comorbidities) {
    }

    private static final Form EMPTY = new Form("", "", "", "", "", "", "");

    private final AssessmentService service;

    CheckPageResource(AssessmentService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "checkPage", summary = "Self-check form", description = "The self-check as an HTML form that works "
            + "without JavaScript.")
    @APIResponse(responseCode = "200", description = "The form.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public TemplateInstance form() {
        return Templates.check(EMPTY, null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "checkPageResult", summary = "Self-check result", description = "The form sent: the same "
            + "assessment as POST /api/v1/eligibility/assessments, as HTML; an invalid value shows the form again with what is wrong "
            + "(400). Nothing sent is stored or logged.")
    @APIResponse(responseCode = "200", description = "The assessment.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The form again, with what is wrong.", content = @Content(
            mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<TemplateInstance> check(@FormParam("msType") String msType, @FormParam("edssScore") String edssScore,
            @FormParam("age") String age,
            @FormParam("yearsSinceDiagnosis") String years, @FormParam("dmtResponse") String dmtResponse,
            @FormParam("recentActivity") String recentActivity, @FormParam("comorbidities") String comorbidities) {
        Form form = new Form(text(msType), text(edssScore), text(age), text(years), text(dmtResponse), text(recentActivity), text(comorbidities));
        List<FieldError> errors = new java.util.ArrayList<>();
        BigDecimal edss = number(form.edssScore(), "edssScore", errors);
        BigDecimal ageInYears = number(form.age(), "age", errors);
        BigDecimal yearsSince = number(form.yearsSinceDiagnosis(), "yearsSinceDiagnosis", errors);
        AssessmentRequest request = new AssessmentRequest(blankToNull(form.msType()), edss, yearsSince, ageInYears, blankToNull(form.dmtResponse()),
                blankToNull(form.recentActivity()), blankToNull(form.comorbidities()));
        errors.addAll(EligibilityRules.check(request));
        if (!errors.isEmpty()) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, Templates.check(form, null, FormError.of(errors)));
        }
        return RestResponse.ok(Templates.check(form, service.assess(request), List.of()));
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal number(String value, String field, List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number"));
            return null;
        }
    }
}
