package org.stemcellms.eligibility;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

/** The criteria applied to one situation, the reading derived from them, the routes that fit, and the disclaimer. */
@Schema(name = "Assessment", description = "How the published criteria apply to the situation sent. Not medical advice.")
public record Assessment(
        @Schema(required = true, description = "The overall reading, derived from the outcomes by the rules in `rules`.")
        Reading reading,
        @Schema(required = true, description = "The reading in words.", example = "A typical candidate by the published criteria.")
        String summary,
        @Schema(required = true, description = "Every criterion, favourable first, with its outcome for this situation.")
        List<CriterionOutcome> criteria,
        @Schema(required = true, description = "The therapies and ways to reach them that fit the reading, with links to the data.")
        List<Route> routes,
        @Schema(required = true, description = "The rules that derive the reading from the outcomes, in order.")
        List<String> rules,
        @Schema(required = true, description = "This is not medical advice.")
        String disclaimer,
        @Schema(required = true, description = "Where the disclaimer's advice comes from.")
        SourceRef disclaimerSource) {

    @Schema(name = "AssessmentReading", description = "TYPICAL_CANDIDATE, POSSIBLE_DISCUSS_WITH_SPECIALIST or NOT_TYPICAL.")
    public enum Reading {
        TYPICAL_CANDIDATE,
        POSSIBLE_DISCUSS_WITH_SPECIALIST,
        NOT_TYPICAL
    }

    @Schema(name = "CriterionOutcomeValue", description = "MET, NOT_MET, or UNKNOWN when what it depends on is unknown.")
    public enum Outcome {
        MET,
        NOT_MET,
        UNKNOWN
    }

    @Schema(name = "CriterionOutcome", description = "One published criterion and its outcome.")
    public record CriterionOutcome(
            @Schema(required = true, example = "edss-under-6") String id,
            @Schema(required = true) CriterionKind kind,
            @Schema(required = true, example = "Still mobile and not significantly disabled (EDSS score usually under 6.0).")
            String text,
            @Schema(description = "The source's note on the criterion, if any.") String note,
            @Schema(required = true) Outcome outcome,
            @Schema(required = true, description = "Why: what each of its conditions found, e.g. \"edss score 3 is below 6\".")
            List<String> reasons,
            @Schema(required = true) SourceRef source,
            @Schema(required = true, description = "The criterion in the API.", example = "/api/v1/eligibility-criteria/edss-under-6")
            String link) {
    }

    @Schema(name = "AccessRoute", description = "A therapy and the way to reach it that fits the reading, with links to the data.")
    public record Route(
            @Schema(required = true) TherapyRef therapy,
            @Schema(required = true, description = "TREATMENT_CENTRES or CLINICAL_TRIALS.", example = "CLINICAL_TRIALS") String access,
            @Schema(required = true, description = "Why it fits, from the data.") String why,
            @Schema(required = true, description = "Where to look: countries, clinics and costs in the API.") List<String> links) {
    }
}
