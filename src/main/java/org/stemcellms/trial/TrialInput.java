package org.stemcellms.trial;

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
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.clinic.ClinicInput;
import org.stemcellms.clinic.MsType;
import org.stemcellms.editing.Cited;
import org.stemcellms.editing.ContentInput;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.ReadForm;
import org.stemcellms.editing.Since;

@Schema(name = "TrialInput", description = "The write form of a registered trial: the body of POST and PUT. Give only what a registry "
        + "or trial page states, and cite it.")
@ReadForm(TrialView.class)
public record TrialInput(
        @Schema(required = true, description = "Stable slug; required; to replace, it must be the id in the path.", example = "beat-ms")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true, description = "The registered (public) title.",
                example = "Best Available Therapy Versus Autologous Hematopoetic Stem Cell Transplant for Multiple Sclerosis (BEAT-MS)")
        @NotBlank @Size(max = Inputs.NAME * 2)
        String title,
        @Schema(example = "BEAT-MS")
        @Size(min = 1, max = Inputs.NAME)
        String acronym,
        @Schema(required = true, description = "Code of an existing therapy.", example = "HSCT")
        @NotNull @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE)
        String therapyCode,
        @Schema(required = true, description = "Its registrations, each unique across trials; empty where none is known.")
        @NotNull @Size(max = 20) @Valid
        List<@NotNull IdentifierInput> identifiers,
        TrialPhase phase,
        @Schema(description = "Whether patients are assigned to arms at random.", example = "true")
        Boolean randomised,
        Masking masking,
        @Schema(description = "The design in a few words, as the registry describes it.", example = "Parallel assignment, 1:1")
        @Size(min = 1, max = Inputs.NAME)
        String design,
        @Schema(description = "What the therapy is compared with.", example = "Best available therapy")
        @Size(min = 1, max = Inputs.NAME)
        String comparator,
        @Schema(description = "Planned number of participants.", example = "156")
        @Min(1) @Max(1_000_000)
        Integer targetEnrolment,
        @Schema(description = "Number of participants enrolled, where the registry reports it.", example = "110")
        @Min(0) @Max(1_000_000)
        Integer actualEnrolment,
        @Schema(description = "Countries of recruitment, as ISO 3166-1 alpha-2 codes; empty where not stated.", example = "[\"GB\", \"US\"]")
        @Size(max = 60)
        List<@NotNull @Pattern(regexp = Inputs.COUNTRY, message = Inputs.COUNTRY_MESSAGE) String> countryCodes,
        @Schema(example = "National Institute of Allergy and Infectious Diseases (NIAID)")
        @Size(min = 1, max = Inputs.NAME)
        String sponsor,
        @Schema(description = "Date of first enrolment, as precise as the page gives it: 2019, 2019-12 or 2019-12-19.", example = "2019-12-19")
        @Pattern(regexp = PARTIAL_DATE, message = "must be a year, a year and month, or a date: 2019, 2019-12 or 2019-12-19")
        String startDate,
        @Schema(description = "Each status a page showed, with that page's date; where pages disagree, all of them. The trial's "
                + "`status` is the newest dated one.")
        @Size(max = 20) @Valid
        List<@NotNull StatusReportInput> statusReports,
        @Schema(description = "The MS types it enrols; empty where not stated.")
        @Size(max = 4)
        List<@NotNull MsType> msTypes,
        @Schema(description = "The youngest age it enrols, in years.", example = "18")
        @Min(0) @Max(120)
        Integer ageMin,
        @Schema(description = "The oldest age it enrols, in years.", example = "55")
        @Min(0) @Max(120)
        Integer ageMax,
        @Schema(description = "The lowest EDSS score it enrols.", example = "2.0")
        @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 1)
        BigDecimal edssMin,
        @Schema(description = "The highest EDSS score it enrols.", example = "6.0")
        @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 1)
        BigDecimal edssMax,
        @Schema(description = "The sites a page names; empty where none does.")
        @Size(max = Inputs.ITEMS) @Valid
        List<@NotNull SiteInput> sites,
        @Schema(required = true, description = "The id of the source the record comes from.", example = "who-ictrp-nct04047628")
        @NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String sourceId,
        @Schema(required = true, description = "Date the record was last reviewed against its source; not in the future.",
                example = "2026-12-02")
        @NotNull @PastOrPresent @Since("1900-01-01")
        LocalDate reviewedOn,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. Every factual field given a value must be cited; "
                + "`sourceId`, `reviewedOn`, `position` and the id are not facts.", example = "{\"title\": [\"article\"]}")
        @NotNull
        Map<String, List<String>> citations) implements ContentInput, Cited {

    public static final String PARTIAL_DATE = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";

    @Schema(name = "TrialIdentifierInput")
    @ReadForm(TrialView.Identifier.class)
    public record IdentifierInput(
            @Schema(required = true, example = "NCT") @NotNull Registry registry,
            @Schema(required = true, description = "The number as the register writes it: NCT04047628, ISRCTN88667898, 2020-000979-21.",
                    example = "NCT04047628")
            @NotBlank @Size(max = 100) String value) {
    }

    @Schema(name = "StatusReportInput")
    @ReadForm(TrialView.StatusReportView.class)
    public record StatusReportInput(
            @Schema(required = true, example = "RECRUITING") @NotNull TrialStatus status,
            @Schema(description = "The date the page gives for it (last update posted, refreshed on); leave out where it shows none.",
                    example = "2024-02-05")
            @PastOrPresent @Since("1990-01-01") LocalDate asOf,
            @Schema(required = true, description = "The id of the source (page) that showed it.", example = "who-ictrp-nct04047628")
            @NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String sourceId) {
    }

    @Schema(name = "TrialSiteInput")
    @ReadForm(TrialView.Site.class)
    public record SiteInput(
            @Schema(required = true, example = "Haukeland University Hospital") @NotBlank @Size(max = Inputs.NAME) String name,
            @Schema(example = "Bergen") @Size(min = 1, max = Inputs.NAME) String city,
            @Schema(example = "NO") @Pattern(regexp = Inputs.COUNTRY, message = Inputs.COUNTRY_MESSAGE) String countryCode,
            @Schema(description = "Id of the centre among the clinics, where the data has it.", example = "haukeland-university-hospital")
            @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String clinicId) {
    }

    public static TrialInput from(Trial trial) {
        return new TrialInput(trial.id, trial.title, trial.acronym, trial.therapy.code,
                trial.identifiers.stream().map(i -> new IdentifierInput(i.registry, i.value)).toList(), trial.phase, trial.randomised,
                trial.masking, trial.design, trial.comparator, trial.targetEnrolment, trial.actualEnrolment, List.copyOf(trial.countryCodes),
                trial.sponsor, trial.startDate,
                trial.statusReports.stream().map(r -> new StatusReportInput(r.status, r.asOf, r.sourceId)).toList(),
                ClinicInput.enums(trial.msTypes, MsType.class), trial.ageMin, trial.ageMax, trial.edssMin, trial.edssMax,
                trial.sites.stream().map(s -> new SiteInput(s.name, s.city, s.countryCode, s.clinicId)).toList(),
                trial.source.id, trial.reviewedOn, trial.citationsByField());
    }
}
