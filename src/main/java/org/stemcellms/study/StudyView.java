package org.stemcellms.study;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "Study", description = "A study of a therapy and what it found.")
public record StudyView(
        @Schema(required = true, description = "Stable slug, the study's id.", example = "mist")
        String id,
        @Schema(required = true)
        String title,
        @Schema(description = "The name it is known by.", example = "MIST")
        String shortName,
        @Schema(required = true)
        StudyKind kind,
        @Schema(example = "Burt RK, et al.")
        String authors,
        @Schema(description = "Year of publication.", example = "2019")
        Integer year,
        @Schema(example = "JAMA")
        String journal,
        @Schema(required = true)
        TherapyRef therapy,
        @Schema(required = true, description = "The write form of `therapy`: the therapy's code, as POST, PUT and PATCH take it.", example = "HSCT")
        String therapyCode,
        @Schema(description = "Who was studied.")
        String population,
        @Schema(description = "What the therapy was compared with.")
        String comparator,
        @Schema(required = true)
        String summary,
        @Schema(description = "Caveats the source gives.")
        String limitations,
        @Schema(description = "The study's publication among the sources, where it is one.")
        SourceRef publication,
        @Schema(description = "The write form of `publication`: the publication's source id, as POST, PUT and PATCH take it. Absent when the reference is.", example = "burt-2019-jama")
        String publicationId,
        @Schema(description = "The registered trial the study reports (`/api/v1/trials/{id}`).", example = "mist")
        String trialId,
        @Schema(required = true, description = "What the study found, in order; empty where the source reports nothing.")
        List<FindingView> findings,
        @Schema(required = true, description = "What other sources (such as the article) claim about the study, each with the verdict "
                + "of checking it against the study's own publication and a note on any discrepancy; `/api/v1/claims/{id}` has the "
                + "primary figures beside it.")
        List<ClaimView.Summary> claims,
        @Schema(required = true)
        SourceRef source,
        @Schema(required = true, description = "The write form of `source`: the source's id, as POST, PUT and PATCH take it.", example = "article")
        String sourceId,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. A write takes them back as they are.",
                example = "{\"name\": [\"article\"]}")
        Map<String, List<String>> citations,
        @Schema(required = true, description = "Date the record was last reviewed against its source.", example = "2026-11-24")
        LocalDate reviewedOn,
        @Schema(required = true, description = "When the record was created.", example = "2026-11-24T16:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When the record was last changed.", example = "2026-11-24T16:00:00Z")
        Instant updatedAt) {

    @Schema(name = "Finding", description = "One finding, as a structured outcome.")
    public record FindingView(
            @Schema(required = true, description = "Order within the study, from 1.", example = "2") int position,
            @Schema(required = true) Outcome outcome,
            @Schema(required = true, description = "The finding in the source's words.",
                    example = "No new relapses or MRI lesions in 69% of HSCT patients after 5 years.") String statement,
            @Schema(example = "HSCT patients") String population,
            @Schema(example = "DMTs") String comparator,
            @Schema(description = "The finding's figure; absent where it has none.") Value value,
            @Schema(description = "Years of follow-up the figure applies to.", example = "5")
            BigDecimal followUpYears,
            @Schema(description = "How `followUpYears` is meant.") FollowUpMeasure followUpMeasure,
            @Schema(description = "The number of patients the figure rests on.", example = "110") Integer patients,
            @Schema(description = "The comparator arm's figure, in the value's unit.", example = "34") BigDecimal comparatorValue,
            @Schema(description = "The confidence interval the source gives for the value.") ConfidenceInterval confidenceInterval) {
    }

    @Schema(name = "ConfidenceInterval", description = "A confidence interval, e.g. 95% CI 46.6 to 84.2.")
    public record ConfidenceInterval(
            @Schema(required = true, example = "46.6") BigDecimal low,
            @Schema(required = true, example = "84.2") BigDecimal high,
            @Schema(required = true, description = "The confidence level in percent.", example = "95") BigDecimal level) {
    }

    @Schema(name = "FindingValue", description = "A figure or range, e.g. 60 to 80 percent of patients, or 10 or more years.")
    public record Value(
            @Schema(required = true, example = "69") BigDecimal min,
            @Schema(description = "Upper end; absent when open-ended.", example = "69") BigDecimal max,
            @Schema(required = true) ValueUnit unit,
            @Schema(required = true, description = "True when the source gives the figure as approximate (~).", example = "false")
            boolean approximate,
            @Schema(required = true, description = "True when the figure has no upper end, as in \"10+ years\".", example = "false")
            boolean openEnded) {
    }

    public static StudyView from(Study study) {
        return new StudyView(study.id, study.title, study.shortName, study.kind, study.authors, study.publishedYear, study.journal,
                TherapyRef.from(study.therapy), study.therapy.code, study.population, study.comparator, study.summary, study.limitations,
                SourceRef.from(study.publication), study.publication == null ? null : study.publication.id, study.trialId,
                study.findings.stream().map(StudyView::finding).toList(), study.claims.stream().map(ClaimView.Summary::from).toList(),
                SourceRef.from(study.source), study.source.id, study.citationsByField(), study.reviewedOn, study.createdAt, study.updatedAt);
    }

    static FindingView finding(Finding finding) {
        Value value = finding.valueMin == null ? null
                : new Value(finding.valueMin, finding.valueMax, finding.valueUnit, finding.approximate, finding.openEnded);
        ConfidenceInterval interval = finding.ciLow == null ? null : new ConfidenceInterval(finding.ciLow, finding.ciHigh, finding.ciLevel);
        return new FindingView(finding.position, finding.outcome, finding.statement, finding.population, finding.comparator, value,
                finding.followUpYears, finding.followUpMeasure, finding.patients, finding.comparatorValue, interval);
    }
}
