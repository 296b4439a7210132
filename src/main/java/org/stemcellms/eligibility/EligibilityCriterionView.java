package org.stemcellms.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "EligibilityCriterion", description = "A published criterion for who is, or is not, a typical candidate for a "
        + "therapy, with machine-readable conditions. Informational, not medical advice.")
public record EligibilityCriterionView(
        @Schema(required = true, description = "Stable slug, the criterion's id.", example = "edss-under-6")
        String id,
        @Schema(required = true)
        TherapyRef therapy,
        @Schema(required = true, description = "The write form of `therapy`: the therapy's code, as POST, PUT and PATCH take it.", example = "HSCT")
        String therapyCode,
        @Schema(required = true)
        CriterionKind kind,
        @Schema(required = true, description = "Order within its kind, as the source lists them, from 1.", example = "4")
        int position,
        @Schema(required = true, description = "The criterion in the source's words.",
                example = "Still mobile and not significantly disabled (EDSS score usually under 6.0).")
        String text,
        @Schema(description = "A qualification the source adds.")
        String note,
        @Schema(required = true)
        Match match,
        @Schema(required = true, description = "The tests the criterion makes, combined as `match` says.")
        List<ConditionView> conditions,
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

    @Schema(name = "EligibilityCondition", description = "One test: `parameter` is one of `values` (IN) or below `threshold` "
            + "(LESS_THAN).")
    public record ConditionView(
            @Schema(required = true) ConditionParameter parameter,
            @Schema(required = true) Operator operator,
            @Schema(description = "The bound, for LESS_THAN.", example = "6.0") BigDecimal threshold,
            @Schema(required = true, description = "The accepted values, for IN; empty otherwise.") List<String> values,
            @Schema(required = true, description = "True where the source qualifies the bound with \"usually\".", example = "true")
            boolean typical) {
    }

    public static EligibilityCriterionView from(EligibilityCriterion criterion) {
        return new EligibilityCriterionView(criterion.id, TherapyRef.from(criterion.therapy), criterion.therapy.code, criterion.kind, criterion.position,
                criterion.text, criterion.note, criterion.match,
                criterion.conditions.stream().map(c -> new ConditionView(c.parameter, c.operator, c.threshold,
                        c.values == null ? List.of() : List.copyOf(c.values), c.typical)).toList(),
                SourceRef.from(criterion.source), criterion.source.id, criterion.citationsByField(), criterion.reviewedOn, criterion.createdAt, criterion.updatedAt);
    }
}
