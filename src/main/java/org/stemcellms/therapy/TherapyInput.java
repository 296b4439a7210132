package org.stemcellms.therapy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.editing.Cited;
import org.stemcellms.editing.ContentInput;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.ReadForm;
import org.stemcellms.editing.Since;

@Schema(name = "TherapyInput", description = "The write form of a therapy: the body of POST and PUT.")
@ReadForm(TherapyView.class)
public record TherapyInput(
        @Schema(required = true, description = "The therapy's code; required; to replace, it must be the code in the path.",
                example = "HSCT")
        @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE)
        String code,
        @Schema(required = true, example = "Hematopoietic Stem Cell Transplant")
        @NotBlank @Size(max = Inputs.NAME)
        String name,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String summary,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String description,
        @Schema(required = true)
        @NotNull
        EvidenceLevel evidenceLevel,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String evidenceNote,
        @Schema(description = "Whether it is FDA-approved; leave out where the sources do not say.")
        Boolean fdaApproved,
        @Size(max = Inputs.TEXT)
        String regulatoryNote,
        @Schema(required = true)
        @NotNull
        Boolean involvesChemotherapy,
        @Schema(required = true)
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotNull CellSource> cellSources,
        @Schema(required = true, description = "The procedure's steps, in order; numbered from 1 by their position.")
        @NotNull @Size(max = Inputs.ITEMS) @Valid
        List<@NotNull StepInput> steps,
        @Schema(description = "Recovery time; leave out where the sources do not say.")
        @Valid
        RecoveryInput recovery,
        @Schema(required = true)
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotBlank @Size(max = Inputs.NAME * 2) String> expectedBenefits,
        @Schema(required = true)
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotBlank @Size(max = Inputs.NAME * 2) String> pros,
        @Schema(required = true)
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotBlank @Size(max = Inputs.NAME * 2) String> cons,
        @Schema(required = true, description = "The id of the source the record comes from.", example = "article")
        @NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String sourceId,
        @Schema(required = true, description = "Date the record was last reviewed against its source; not in the future.",
                example = "2026-11-24")
        @NotNull @PastOrPresent @Since("1900-01-01")
        LocalDate reviewedOn,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. Every factual field given a value must be cited; "
                + "`sourceId`, `reviewedOn`, `position` and the id are not facts.", example = "{\"name\": [\"article\"]}")
        @NotNull
        Map<String, List<String>> citations) implements ContentInput, Cited {

    @Schema(name = "TherapyStepInput")
    @ReadForm(TherapyView.StepView.class)
    public record StepInput(
            @Schema(required = true, example = "Stem Cell Mobilization") @NotBlank @Size(max = Inputs.NAME) String name,
            @Schema(required = true) @NotBlank @Size(max = Inputs.TEXT) String description) {
    }

    @Schema(name = "RecoveryInput", description = "Recovery time in months; at least one bound.")
    @ReadForm(TherapyView.RecoveryView.class)
    public record RecoveryInput(
            @Schema(example = "6") @Min(0) @Max(120) Integer minMonths,
            @Schema(example = "12") @Min(0) @Max(120) Integer maxMonths,
            @Size(max = Inputs.TEXT) String note) {
    }

    @Override
    public String id() {
        return code;
    }

    @Override
    public String idField() {
        return "code";
    }

    public static TherapyInput from(Therapy therapy) {
        RecoveryInput recovery = therapy.recoveryMinMonths == null && therapy.recoveryMaxMonths == null ? null
                : new RecoveryInput(therapy.recoveryMinMonths, therapy.recoveryMaxMonths, therapy.recoveryNote);
        return new TherapyInput(therapy.code, therapy.name, therapy.summary, therapy.description, therapy.evidenceLevel,
                therapy.evidenceNote, therapy.fdaApproved, therapy.regulatoryNote, therapy.involvesChemotherapy,
                therapy.cellSources.stream().map(CellSource::valueOf).toList(),
                therapy.steps.stream().map(step -> new StepInput(step.name, step.description)).toList(), recovery,
                List.copyOf(therapy.expectedBenefits), List.copyOf(therapy.pros), List.copyOf(therapy.cons), therapy.source.id,
                therapy.reviewedOn, therapy.citationsByField());
    }
}
