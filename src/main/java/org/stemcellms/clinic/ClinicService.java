package org.stemcellms.clinic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.country.Country;
import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to clinics; a clinic that costs still refer to cannot be deleted. */
@ApplicationScoped
public class ClinicService extends ContentService<Clinic, ClinicInput> {

    private static final List<Referrer> REFERRERS = List.of(new Referrer("cost", "clinic_id", "costs"),
            new Referrer("trial_site", "clinic_id", "trial sites"));

    ClinicService(EditingSupport support, ClinicRepository repository) {
        super(support, RecordKind.of("clinics", "clinic", ClinicInput.class, repository,
                clinic -> clinic.id, ClinicService::createClinic, ClinicInput::from));
    }

    /** Bounds that come in pairs: the lower not above the upper; a count of patients with the date it was made. */
    @Override
    protected List<FieldError> check(ClinicInput input) {
        List<FieldError> errors = new ArrayList<>();
        Inputs.requireOrdered(errors, "edssMin", input.edssMin(), "edssMax", input.edssMax());
        Inputs.requireOrdered(errors, "ageMin", input.ageMin(), "ageMax", input.ageMax());
        if ((input.patientsTreated() == null) != (input.patientsTreatedOn() == null)) {
            errors.add(new FieldError(input.patientsTreated() == null ? "patientsTreated" : "patientsTreatedOn",
                    "must be given with " + (input.patientsTreated() == null ? "patientsTreatedOn" : "patientsTreated")
                            + ": a count of patients is true as of its date"));
        }
        return errors;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().map(Enum::name).distinct().toList());
    }

    @Override
    protected void apply(ClinicInput input, Clinic clinic, References references) {
        if (clinic.country != null && !clinic.country.code.equals(input.countryCode())) {
            List<String> costs = referencesTo(clinic.id, REFERRERS);
            if (!costs.isEmpty()) {
                throw ApiException.conflict("The clinic '" + clinic.id + "' has " + String.join(", ", costs) + " in "
                        + clinic.country.code + "; move or delete them before changing its country.");
            }
        }
        clinic.name = input.name();
        clinic.country = references.find(Country.class, input.countryCode(), "countryCode");
        clinic.accessModel = input.accessModel();
        clinic.eligibilityPolicy = input.eligibilityPolicy();
        clinic.description = input.description();
        clinic.highlights = new ArrayList<>(input.highlights());
        var therapies = new LinkedHashSet<Therapy>();
        for (int i = 0; i < input.therapyCodes().size(); i++) {
            Therapy therapy = references.find(Therapy.class, input.therapyCodes().get(i), "therapyCodes[" + i + "]");
            if (therapy != null) {
                therapies.add(therapy);
            }
        }
        clinic.therapies.clear();
        clinic.therapies.addAll(therapies);
        clinic.city = input.city();
        clinic.website = input.website();
        clinic.centreKind = input.centreKind();
        clinic.protocols = names(input.protocols());
        clinic.intensities = names(input.intensities());
        clinic.careSetting = input.careSetting();
        clinic.msTypes = names(input.msTypes());
        clinic.edssMin = input.edssMin();
        clinic.edssMax = input.edssMax();
        clinic.ageMin = input.ageMin();
        clinic.ageMax = input.ageMax();
        clinic.maxYearsSinceDiagnosis = input.maxYearsSinceDiagnosis();
        clinic.stayDays = input.stayDays();
        clinic.companionRequired = input.companionRequired();
        clinic.programmeStatus = input.programmeStatus();
        clinic.patientsTreated = input.patientsTreated();
        clinic.patientsTreatedOn = input.patientsTreatedOn();
        clinic.source = references.find(Source.class, input.sourceId(), "sourceId");
        clinic.reviewedOn = input.reviewedOn();
    }

    @Override
    protected void checkDeletable(Clinic clinic) {
        requireUnreferenced(clinic.id, REFERRERS);
    }

    private static Clinic createClinic(String id) {
        Clinic clinic = new Clinic();
        clinic.id = id;
        return clinic;
    }
}
