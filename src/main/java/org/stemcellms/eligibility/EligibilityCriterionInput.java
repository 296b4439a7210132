package org.stemcellms.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

@Schema(name = "EligibilityCriterionInput", description = "The write form of an eligibility criterion: the body of POST and PUT.")
@ReadForm(EligibilityCriterionView.class)
public record EligibilityCriterionInput(
        @Schema(required = true, description = "Stable slug; required; to replace, it must be the id in the path.",
                example = "edss-under-6")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true, description = "Code of an existing therapy.", example = "HSCT")
        @NotNull @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE)
        String therapyCode,
        @Schema(required = true)
        @NotNull
        CriterionKind kind,
        @Schema(required = true, description = "Order within the therapy's criteria of this kind; unique there.", example = "4")
        @NotNull @Min(1) @Max(1000)
        Integer position,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String text,
        @Size(max = Inputs.TEXT)
        String note,
        @Schema(required = true)
        @NotNull
        Match match,
        @Schema(required = true, description = "The machine-readable tests, combined as `match` says.")
        @NotEmpty @Size(max = 20) @Valid
        List<@NotNull ConditionInput> conditions,
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

    @Schema(name = "EligibilityConditionInput", description = "IN with `values`, or LESS_THAN with `threshold`, as the parameter takes.")
    @ReadForm(EligibilityCriterionView.ConditionView.class)
    public record ConditionInput(
            @Schema(required = true) @NotNull ConditionParameter parameter,
            @Schema(required = true) @NotNull Operator operator,
            @Schema(example = "6.0") @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal threshold,
            @Schema(example = "[\"RRMS\"]") @Size(max = 10) List<@NotBlank String> values,
            @Schema(required = true, description = "True where the source gives the condition as typical or usual (\"typically\", \"usually\") "
                    + "rather than strict.") @NotNull Boolean typical) {
    }

    public static EligibilityCriterionInput from(EligibilityCriterion criterion) {
        return new EligibilityCriterionInput(criterion.id, criterion.therapy.code, criterion.kind, criterion.position, criterion.text,
                criterion.note, criterion.match,
                criterion.conditions.stream().map(c -> new ConditionInput(c.parameter, c.operator, c.threshold,
                        c.values == null || c.values.isEmpty() ? null : List.copyOf(c.values), c.typical)).toList(),
                criterion.source.id, criterion.reviewedOn, criterion.citationsByField());
    }
}
