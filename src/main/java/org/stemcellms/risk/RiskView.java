package org.stemcellms.risk;

import java.util.List;
import java.util.Map;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "Risk", description = "A risk or side effect of a therapy. Severity, frequency and incidence are absent where the "
        + "source does not give them.")
public record RiskView(
        @Schema(required = true, description = "Stable slug, the risk's id.", example = "mortality")
        String id,
        @Schema(required = true)
        TherapyRef therapy,
        @Schema(required = true, description = "The write form of `therapy`: the therapy's code, as POST, PUT and PATCH take it.", example = "HSCT")
        String therapyCode,
        @Schema(required = true, example = "Death")
        String name,
        @Schema(required = true, example = "1 to 2% mortality risk, depending on the centre and the patient's health.")
        String description,
        @Schema(required = true)
        RiskCategory category,
        @Schema(description = "Absent where the source does not give it.")
        Severity severity,
        @Schema(description = "Absent where the source does not give it.")
        Frequency frequency,
        @Schema(description = "How many patients it affects, in percent; absent where the source gives no figure.")
        Incidence incidence,
        @Schema(description = "Whether the effect can be permanent; absent where the source does not say.",
                example = "true")
        Boolean canBePermanent,
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

    @Schema(name = "Incidence", description = "A range of percentages of patients.")
    public record Incidence(
            @Schema(required = true, example = "1") BigDecimal minPercent,
            @Schema(required = true, example = "2") BigDecimal maxPercent) {
    }

    public static RiskView from(Risk risk) {
        Incidence incidence = risk.incidenceMinPercent == null ? null
                : new Incidence(risk.incidenceMinPercent, risk.incidenceMaxPercent);
        return new RiskView(risk.id, TherapyRef.from(risk.therapy), risk.therapy.code, risk.name, risk.description, risk.category, risk.severity,
                risk.frequency, incidence, risk.canBePermanent, SourceRef.from(risk.source), risk.source.id, risk.citationsByField(), risk.reviewedOn, risk.createdAt, risk.updatedAt);
    }
}
