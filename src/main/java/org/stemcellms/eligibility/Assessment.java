package org.stemcellms.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.clinic.ClinicRef;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;
import org.stemcellms.trial.TrialRef;
import org.stemcellms.trial.TrialStatus;

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
        @Schema(required = true, description = "\"Which centres might accept me?\": every centre that publishes entry criteria (MS "
                + "type, EDSS, age, years since diagnosis), each criterion met, not met or unknown, with its sources; those that meet "
                + "them first.")
        List<CentreMatch> centres,
        @Schema(required = true, description = "\"Which trials might accept me?\": every trial whose current status is open "
                + "(recruiting, not yet recruiting, enrolling by invitation), read against its published criteria like the centres.")
        List<TrialMatch> trials,
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
        UNKNOWN;

        /** The outcome in words, for the /check page. */
        public String words() {
            return this == MET ? "Meets" : this == NOT_MET ? "Does not meet" : "Unknown";
        }
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

        /**
         * How the /check page colours it: a favourable criterion met, or an unfavourable one that does not apply, is good;
         * an unfavourable one that applies, or a favourable one not met, is a warning; unknown is neutral.
         */
        public String tone() {
            if (outcome == Outcome.UNKNOWN) {
                return "neutral";
            }
            return (outcome == Outcome.MET) == (kind == CriterionKind.FAVOURABLE) ? "good" : "warning";
        }
    }

    @Schema(name = "CriterionCheck", description = "A published criterion of a centre or trial, read against the situation.")
    public record CriterionCheck(
            @Schema(required = true) PublishedCriteria.Criterion criterion,
            @Schema(required = true, description = "The criterion as published.", example = "0 to 6.5") String published,
            @Schema(required = true) Outcome outcome,
            @Schema(required = true, description = "Why, e.g. \"EDSS 4 is within 0 to 6.5\".") String reason,
            @Schema(required = true, description = "The sources that state the criterion.") List<SourceRef> sources) {
    }

    @Schema(name = "CentreMatch", description = "A centre and how the situation reads against its published criteria.")
    public record CentreMatch(
            @Schema(required = true) ClinicRef centre,
            @Schema(required = true, example = "GB") String countryCode,
            @Schema(required = true, example = "/api/v1/clinics/london-bridge-hospital") String link,
            @Schema(description = "A page for people: the centre's website, or else the page its record comes from.",
                    example = "http://www.londonbridgehospital.com/LBH/treatments-specialties/stem-cell-transplantation/") String readMore,
            @Schema(required = true) PublishedCriteria.Fit fit,
            @Schema(required = true) List<CriterionCheck> criteria) {
    }

    @Schema(name = "TrialMatch", description = "An open trial and how the situation reads against its published criteria.")
    public record TrialMatch(
            @Schema(required = true) TrialRef trial,
            @Schema(required = true, description = "Its current status.") TrialStatus status,
            @Schema(description = "The date of the page that showed the status.", example = "2024-02-05") LocalDate statusAsOf,
            @Schema(required = true, example = "/api/v1/trials/beat-ms") String link,
            @Schema(description = "A page for people: the registry page the trial's record comes from.",
                    example = "https://apps.who.int/trialsearch/Trial2.aspx?TrialID=NCT04047628") String readMore,
            @Schema(required = true) PublishedCriteria.Fit fit,
            @Schema(required = true) List<CriterionCheck> criteria) {
    }

    @Schema(name = "AccessRoute", description = "A therapy and the way to reach it that fits the reading, with links to the data.")
    public record Route(
            @Schema(required = true) TherapyRef therapy,
            @Schema(required = true, description = "TREATMENT_CENTRES or CLINICAL_TRIALS.", example = "CLINICAL_TRIALS") String access,
            @Schema(required = true, description = "Why it fits, from the data.") String why,
            @Schema(required = true, description = "Where to look: countries, clinics and costs in the API.") List<String> links) {
    }
}
