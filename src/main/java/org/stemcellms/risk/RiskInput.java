package org.stemcellms.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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

@Schema(name = "RiskInput", description = "The write form of a risk: the body of POST and PUT.")
@ReadForm(RiskView.class)
public record RiskInput(
        @Schema(required = true, description = "Stable slug; required; to replace, it must be the id in the path.",
                example = "mortality")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true, description = "Code of an existing therapy.", example = "HSCT")
        @NotNull @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE)
        String therapyCode,
        @Schema(required = true, example = "Death")
        @NotBlank @Size(max = Inputs.NAME)
        String name,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String description,
        @Schema(required = true)
        @NotNull
        RiskCategory category,
        @Schema(description = "Leave out where the source does not say.")
        Severity severity,
        @Schema(description = "Leave out where the source does not say.")
        Frequency frequency,
        @Schema(description = "Percent of patients affected; leave out where the source gives no figure.")
        @Valid
        IncidenceInput incidence,
        @Schema(description = "Whether the effect can be permanent; leave out where the source does not say.")
        Boolean canBePermanent,
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

    @Schema(name = "IncidenceInput", description = "A range of percentages, each from 0 to 100.")
    @ReadForm(RiskView.Incidence.class)
    public record IncidenceInput(
            @Schema(required = true, example = "1")
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal minPercent,
            @Schema(required = true, example = "2")
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal maxPercent) {
    }

    public static RiskInput from(Risk risk) {
        IncidenceInput incidence = risk.incidenceMinPercent == null ? null
                : new IncidenceInput(risk.incidenceMinPercent, risk.incidenceMaxPercent);
        return new RiskInput(risk.id, risk.therapy.code, risk.name, risk.description, risk.category, risk.severity, risk.frequency,
                incidence, risk.canBePermanent, risk.source.id, risk.reviewedOn, risk.citationsByField());
    }
}
