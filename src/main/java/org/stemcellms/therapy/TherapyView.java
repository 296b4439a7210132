package org.stemcellms.therapy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;

@Schema(name = "Therapy", description = "A stem-cell therapy for MS, as the sources describe it.")
public record TherapyView(
        @Schema(required = true, description = "Stable code, the therapy's id.", example = "HSCT")
        String code,
        @Schema(required = true, example = "Hematopoietic Stem Cell Transplant")
        String name,
        @Schema(required = true, description = "One-sentence summary.")
        String summary,
        @Schema(required = true, description = "What the therapy is and how it works.")
        String description,
        @Schema(required = true)
        EvidenceLevel evidenceLevel,
        @Schema(required = true, description = "The source's words on how established the therapy is.",
                example = "This is the most studied method.")
        String evidenceNote,
        @Schema(description = "Whether the therapy is FDA-approved; absent where the sources do not say.",
                example = "false")
        Boolean fdaApproved,
        @Schema(description = "The source's words on regulatory status, where it gives any.",
                example = "Most treatments are experimental and not FDA-approved.")
        String regulatoryNote,
        @Schema(required = true, description = "Whether the therapy involves chemotherapy.", example = "true")
        boolean involvesChemotherapy,
        @Schema(required = true, description = "Where the cells come from.")
        List<CellSource> cellSources,
        @Schema(required = true, description = "The procedure's steps, in order; empty where the sources give none.")
        List<StepView> steps,
        @Schema(description = "How long recovery takes; absent where the sources do not say.")
        RecoveryView recovery,
        @Schema(required = true, description = "The benefits the therapy is expected or believed to bring.")
        List<String> expectedBenefits,
        @Schema(required = true, description = "Arguments for the therapy, as the source lists them.")
        List<String> pros,
        @Schema(required = true, description = "Arguments against the therapy, as the source lists them.")
        List<String> cons,
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

    @Schema(name = "TherapyStep", description = "One step of the procedure.")
    public record StepView(
            @Schema(required = true, description = "Position in the procedure, from 1.", example = "1") int number,
            @Schema(required = true, example = "Stem Cell Mobilization") String name,
            @Schema(required = true) String description) {
    }

    @Schema(name = "Recovery", description = "Recovery time in months.")
    public record RecoveryView(
            @Schema(example = "6") Integer minMonths,
            @Schema(example = "12") Integer maxMonths,
            @Schema(description = "What to expect during recovery.") String note) {
    }

    public static TherapyView from(Therapy therapy) {
        RecoveryView recovery = therapy.recoveryMinMonths == null && therapy.recoveryMaxMonths == null ? null
                : new RecoveryView(therapy.recoveryMinMonths, therapy.recoveryMaxMonths, therapy.recoveryNote);
        return new TherapyView(therapy.code, therapy.name, therapy.summary, therapy.description, therapy.evidenceLevel,
                therapy.evidenceNote, therapy.fdaApproved, therapy.regulatoryNote, therapy.involvesChemotherapy,
                therapy.cellSources.stream().map(CellSource::valueOf).toList(),
                therapy.steps.stream().map(step -> new StepView(step.number, step.name, step.description)).toList(),
                recovery, List.copyOf(therapy.expectedBenefits), List.copyOf(therapy.pros), List.copyOf(therapy.cons),
                SourceRef.from(therapy.source), therapy.source.id, therapy.citationsByField(), therapy.reviewedOn, therapy.createdAt, therapy.updatedAt);
    }
}
