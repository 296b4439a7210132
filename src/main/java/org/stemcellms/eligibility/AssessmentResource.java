package org.stemcellms.eligibility;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stemcellms.web.Api;

@Path(Api.BASE + "/eligibility/assessments")
@Tag(name = "Self-check", description = "\"Could HSCT be for me?\": the published eligibility criteria applied to a situation. Not "
        + "medical advice; nothing sent is stored or logged.")
public class AssessmentResource {

    static final String DESCRIPTION = "Applies the HSCT eligibility criteria, as the data holds them, to the situation sent, in memory: "
            + "the request is never stored or logged, and the answer is `Cache-Control: private, no-store`. Every field is optional; "
            + "an absent field or UNKNOWN is unknown, never guessed. How the fields become the criteria's parameters: msType is "
            + "MS_TYPE; edssScore is EDSS_SCORE; age is only read against centres and trials; yearsSinceDiagnosis is YEARS_SINCE_DIAGNOSIS; dmtResponse GOOD or POOR is "
            + "DMT_RESPONSE (NONE_TRIED is neither); recentActivity YES (relapses or new MRI lesions in the last year) is "
            + "DISEASE_ACTIVITY HIGH, NO is LOW; comorbidities is COMORBIDITIES; LONG_STANDING_DISABILITY is not asked and stays "
            + "unknown. Each criterion is MET, NOT_MET or UNKNOWN. The reading follows these rules: "
            + EligibilityRules.RULES_TEXT
            + " Which centres and trials might accept the situation: every centre that publishes entry criteria (MS type, EDSS "
            + "range, age range, most years since diagnosis) and every trial whose current status is open (recruiting, not yet "
            + "recruiting, enrolling by invitation) is read against them: each criterion MET, NOT_MET or UNKNOWN (age and the others "
            + "when not given), with the sources that state it; bounds are inclusive; a place MEETS when all its published criteria "
            + "are met, DOES_NOT_MEET when one is not, UNKNOWN otherwise, and those that meet them come first. A centre or trial "
            + "decides for itself: these are only the criteria its pages state."
            + " Limits: the criteria are the article's general ones (\"usually\" under EDSS 6.0 is a usual bound, not a strict one); "
            + "a specialist weighs much more, such as MRI findings, age and general health. An invalid value (EDSS 11 or 3.25, "
            + "negative years, an unknown MS type) is a 400 problem naming each field.";

    private final AssessmentService service;

    AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessEligibility", summary = "Check a situation against the criteria", description = DESCRIPTION)
    public Assessment assess(@RequestBody(description = "The situation; every field optional.") AssessmentRequest request) {
        return service.assess(request == null ? AssessmentRequest.ALL_UNKNOWN : request);
    }
}
