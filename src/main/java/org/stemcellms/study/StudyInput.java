package org.stemcellms.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.editing.Cited;
import org.stemcellms.editing.ContentInput;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.ReadForm;
import org.stemcellms.editing.Since;

@Schema(name = "StudyInput", description = "The write form of a study and its findings: the body of POST and PUT.")
@ReadForm(StudyView.class)
public record StudyInput(
        @Schema(required = true, description = "Stable slug; required; to replace, it must be the id in the path.", example = "mist")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.NAME * 2)
        String title,
        @Schema(example = "MIST")
        @Size(max = Inputs.NAME)
        String shortName,
        @Schema(required = true)
        @NotNull
        StudyKind kind,
        @Schema(example = "Burt RK, et al.")
        @Size(max = Inputs.NAME)
        String authors,
        @Schema(example = "2019")
        @Min(1900) @Max(2100)
        Integer year,
        @Schema(example = "JAMA")
        @Size(max = Inputs.NAME)
        String journal,
        @Schema(required = true, description = "Code of an existing therapy.", example = "HSCT")
        @NotNull @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE)
        String therapyCode,
        @Size(max = Inputs.NAME * 2)
        String population,
        @Size(max = Inputs.NAME * 2)
        String comparator,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String summary,
        @Size(max = Inputs.TEXT)
        String limitations,
        @Schema(description = "Id of the source that is the study's own publication.", example = "burt-2019-jama")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String publicationId,
        @Schema(description = "Id of the registered trial the study reports.", example = "mist")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String trialId,
        @Schema(required = true, description = "The findings, in order; numbered from 1 by their position.")
        @NotNull @Size(max = Inputs.ITEMS) @Valid
        List<@NotNull FindingInput> findings,
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

    @Schema(name = "FindingInput")
    @ReadForm(StudyView.FindingView.class)
    public record FindingInput(
            @Schema(required = true) @NotNull Outcome outcome,
            @Schema(required = true) @NotBlank @Size(max = Inputs.TEXT) String statement,
            @Size(max = Inputs.NAME) String population,
            @Size(max = Inputs.NAME) String comparator,
            @Schema(description = "The finding's figure; leave out where it has none.") @Valid ValueInput value,
            @Schema(example = "5") @Positive @Digits(integer = 3, fraction = 2) BigDecimal followUpYears,
            @Schema(description = "How `followUpYears` is meant; only with it.") FollowUpMeasure followUpMeasure,
            @Schema(description = "The number of patients the figure rests on.", example = "110") @Min(1) @Max(10_000_000) Integer patients,
            @Schema(description = "The comparator arm's figure, in the value's unit; only with a value.", example = "34")
            @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal comparatorValue,
            @Schema(description = "The confidence interval the source gives for the value; only with a value.") @Valid
            ConfidenceIntervalInput confidenceInterval) {
    }

    @Schema(name = "ConfidenceIntervalInput", description = "A confidence interval as the source gives it, e.g. 95% CI 46.6 to 84.2.")
    @ReadForm(StudyView.ConfidenceInterval.class)
    public record ConfidenceIntervalInput(
            @Schema(required = true, example = "46.6") @NotNull @Digits(integer = 5, fraction = 2) BigDecimal low,
            @Schema(required = true, example = "84.2") @NotNull @Digits(integer = 5, fraction = 2) BigDecimal high,
            @Schema(required = true, description = "The confidence level in percent.", example = "95")
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false) @Digits(integer = 2, fraction = 1)
            BigDecimal level) {
    }

    @Schema(name = "FindingValueInput", description = "A figure or range; percentages from 0 to 100; leave out max when open-ended.")
    @ReadForm(StudyView.Value.class)
    public record ValueInput(
            @Schema(required = true, example = "69") @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal min,
            @Schema(example = "69") @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal max,
            @Schema(required = true) @NotNull ValueUnit unit,
            @Schema(required = true) @NotNull Boolean approximate,
            @Schema(required = true) @NotNull Boolean openEnded) {
    }

    public static StudyInput from(Study study) {
        return new StudyInput(study.id, study.title, study.shortName, study.kind, study.authors, study.publishedYear, study.journal,
                study.therapy.code, study.population, study.comparator, study.summary, study.limitations,
                study.publication == null ? null : study.publication.id, study.trialId, study.findings.stream().map(StudyInput::finding).toList(),
                study.source.id, study.reviewedOn, study.citationsByField());
    }

    private static FindingInput finding(Finding finding) {
        ValueInput value = finding.valueMin == null ? null
                : new ValueInput(finding.valueMin, finding.valueMax, finding.valueUnit, finding.approximate, finding.openEnded);
        ConfidenceIntervalInput interval = finding.ciLow == null ? null
                : new ConfidenceIntervalInput(finding.ciLow, finding.ciHigh, finding.ciLevel);
        return new FindingInput(finding.outcome, finding.statement, finding.population, finding.comparator, value,
                finding.followUpYears, finding.followUpMeasure, finding.patients, finding.comparatorValue, interval);
    }
}
