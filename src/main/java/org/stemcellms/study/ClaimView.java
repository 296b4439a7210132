package org.stemcellms.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;

@Schema(name = "Claim", description = "A claim a source (such as the article) makes about a study or a risk, beside what the primary "
        + "publications report: the verdict, a note on the discrepancy, and the primary figures (`evidence`).")
public record ClaimView(
        @Schema(required = true, example = "mist-69-percent") String id,
        @Schema(required = true, description = "The claim as its source makes it.",
                example = "No new relapses or MRI lesions in 69% of HSCT patients after 5 years.") String statement,
        @Schema(description = "The study the claim is attributed to.") StudyRef study,
        @Schema(description = "The write form of `study`: its id.", example = "mist") String studyId,
        @Schema(description = "The risk the claim gives a figure for (`/api/v1/risks/{id}`).", example = "mortality") String riskId,
        @Schema(required = true) Verdict verdict,
        @Schema(required = true, description = "What the primary source says instead, and where the difference lies.") String note,
        @Schema(required = true, description = "The studies whose own publications give the primary figures, with those figures.")
        List<Evidence> evidence,
        @Schema(required = true, description = "The write form of `evidence`: the studies' ids.", example = "[\"mist\"]")
        List<String> evidenceStudyIds,
        @Schema(required = true, description = "Who makes the claim.") SourceRef source,
        @Schema(required = true, description = "The write form of `source`: the source's id.", example = "article") String sourceId,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. A write takes them back as they are.",
                example = "{\"statement\": [\"article\"]}")
        Map<String, List<String>> citations,
        @Schema(required = true, description = "Date the claim was last checked.", example = "2026-12-02") LocalDate reviewedOn,
        @Schema(required = true, description = "When the record was created.", example = "2026-12-02T10:00:00Z") Instant createdAt,
        @Schema(required = true, description = "When the record was last changed.", example = "2026-12-02T10:00:00Z") Instant updatedAt) {

    @Schema(name = "ClaimEvidence", description = "A study and the findings its own publication reports.")
    public record Evidence(
            @Schema(required = true) StudyRef study,
            @Schema(description = "The study's own publication.") SourceRef publication,
            @Schema(required = true) List<StudyView.FindingView> findings) {
    }

    @Schema(name = "ClaimSummary", description = "A claim about a study, with its verdict and note; `link` has the primary figures beside it.")
    public record Summary(
            @Schema(required = true, example = "mist-69-percent") String id,
            @Schema(required = true, example = "No new relapses or MRI lesions in 69% of HSCT patients after 5 years.") String statement,
            @Schema(required = true, description = "Who makes the claim: the source's id.", example = "article") String sourceId,
            @Schema(required = true) Verdict verdict,
            @Schema(required = true) String note,
            @Schema(required = true, example = "/api/v1/claims/mist-69-percent") String link) {

        static Summary from(Claim claim) {
            return new Summary(claim.id, claim.statement, claim.source.id, claim.verdict, claim.note, "/api/v1/claims/" + claim.id);
        }
    }

    public static ClaimView from(Claim claim) {
        return new ClaimView(claim.id, claim.statement, StudyRef.from(claim.study), claim.study == null ? null : claim.study.id,
                claim.risk == null ? null : claim.risk.id, claim.verdict, claim.note,
                claim.evidence.stream().map(s -> new Evidence(StudyRef.from(s), SourceRef.from(s.publication),
                        s.findings.stream().map(StudyView::finding).toList())).toList(),
                claim.evidence.stream().map(s -> s.id).toList(), SourceRef.from(claim.source), claim.source.id,
                claim.citationsByField(), claim.reviewedOn, claim.createdAt, claim.updatedAt);
    }
}
