package org.stemcellms.trial;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.clinic.ClinicInput;
import org.stemcellms.clinic.MsType;
import org.stemcellms.source.SourceRef;
import org.stemcellms.study.StudyRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "Trial", description = "A registered clinical trial: its registrations, design, status as registries showed it, "
        + "eligibility bounds, sites and the publications that report it. Every fact is cited (`citations`).")
public record TrialView(
        @Schema(required = true, description = "Stable slug, the trial's id.", example = "beat-ms")
        String id,
        @Schema(required = true, example = "Best Available Therapy Versus Autologous Hematopoetic Stem Cell Transplant for Multiple Sclerosis (BEAT-MS)")
        String title,
        @Schema(example = "BEAT-MS")
        String acronym,
        @Schema(required = true)
        TherapyRef therapy,
        @Schema(required = true, description = "The write form of `therapy`: the therapy's code, as POST, PUT and PATCH take it.", example = "HSCT")
        String therapyCode,
        @Schema(required = true, description = "Its registrations; `GET /api/v1/trials/{id}` also takes any of these values.")
        List<Identifier> identifiers,
        TrialPhase phase,
        @Schema(description = "Whether patients are assigned to arms at random.", example = "true")
        Boolean randomised,
        Masking masking,
        @Schema(example = "Parallel assignment, 1:1")
        String design,
        @Schema(example = "Best available therapy")
        String comparator,
        @Schema(example = "156")
        Integer targetEnrolment,
        @Schema(example = "110")
        Integer actualEnrolment,
        @Schema(required = true, description = "Countries of recruitment (ISO 3166-1 alpha-2); empty where not stated.", example = "[\"GB\", \"US\"]")
        List<String> countryCodes,
        @Schema(example = "National Institute of Allergy and Infectious Diseases (NIAID)")
        String sponsor,
        @Schema(description = "Date of first enrolment, as precise as the page gives it.", example = "2019-12-19")
        String startDate,
        @Schema(description = "The status of the newest dated report (of the first report where none is dated); absent without reports.")
        TrialStatus status,
        @Schema(description = "The date of the report `status` comes from; absent where that page showed no date.", example = "2024-02-05")
        LocalDate statusAsOf,
        @Schema(required = true, description = "Every status a page showed, with its date and page; pages may disagree.")
        List<StatusReportView> statusReports,
        @Schema(required = true, description = "The MS types it enrols; empty where not stated.")
        List<MsType> msTypes,
        @Schema(example = "18")
        Integer ageMin,
        @Schema(example = "55")
        Integer ageMax,
        @Schema(example = "2.0")
        BigDecimal edssMin,
        @Schema(example = "6.0")
        BigDecimal edssMax,
        @Schema(required = true, description = "The sites a page names.")
        List<Site> sites,
        @Schema(required = true, description = "The studies (publications) that report the trial; a study links itself with `trialId`.")
        List<StudyRef> publications,
        @Schema(required = true)
        SourceRef source,
        @Schema(required = true, description = "The write form of `source`: the source's id, as POST, PUT and PATCH take it.", example = "article")
        String sourceId,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. A write takes them back as they are.",
                example = "{\"title\": [\"article\"]}")
        Map<String, List<String>> citations,
        @Schema(required = true, description = "Date the record was last reviewed against its source.", example = "2026-12-02")
        LocalDate reviewedOn,
        @Schema(required = true, description = "When the record was created.", example = "2026-12-02T10:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When the record was last changed.", example = "2026-12-02T10:00:00Z")
        Instant updatedAt) {

    @Schema(name = "TrialIdentifier", description = "A registration: the register and its number.")
    public record Identifier(
            @Schema(required = true, example = "NCT") Registry registry,
            @Schema(required = true, example = "NCT04047628") String value) {
    }

    @Schema(name = "StatusReport", description = "A status as one page showed it.")
    public record StatusReportView(
            @Schema(required = true, example = "RECRUITING") TrialStatus status,
            @Schema(description = "The page's date for it; absent where the page showed none.", example = "2024-02-05") LocalDate asOf,
            @Schema(required = true, description = "The source (page) that showed it.", example = "who-ictrp-nct04047628") String sourceId) {
    }

    @Schema(name = "TrialSite", description = "A site of the trial, linked to a centre where the data has it.")
    public record Site(
            @Schema(required = true, example = "Haukeland University Hospital") String name,
            @Schema(example = "Bergen") String city,
            @Schema(example = "NO") String countryCode,
            @Schema(description = "The centre among the clinics (`/api/v1/clinics/{id}`).", example = "haukeland-university-hospital")
            String clinicId) {
    }

    public static TrialView from(Trial trial) {
        return new TrialView(trial.id, trial.title, trial.acronym, TherapyRef.from(trial.therapy), trial.therapy.code,
                trial.identifiers.stream().map(i -> new Identifier(i.registry, i.value)).toList(), trial.phase, trial.randomised,
                trial.masking, trial.design, trial.comparator, trial.targetEnrolment, trial.actualEnrolment, List.copyOf(trial.countryCodes),
                trial.sponsor, trial.startDate, trial.status, trial.statusAsOf,
                trial.statusReports.stream().map(r -> new StatusReportView(r.status, r.asOf, r.sourceId)).toList(),
                ClinicInput.enums(trial.msTypes, MsType.class), trial.ageMin, trial.ageMax, trial.edssMin, trial.edssMax,
                trial.sites.stream().map(s -> new Site(s.name, s.city, s.countryCode, s.clinicId)).toList(),
                trial.publications.stream().map(StudyRef::from).toList(), SourceRef.from(trial.source), trial.source.id,
                trial.citationsByField(), trial.reviewedOn, trial.createdAt, trial.updatedAt);
    }
}
