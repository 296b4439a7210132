package org.stemcellms.clinic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.country.Country;
import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.ApiException;

/** Writes to clinics; a clinic that costs still refer to cannot be deleted. */
@ApplicationScoped
public class ClinicService extends ContentService<Clinic, ClinicInput> {

    private static final List<Referrer> REFERRERS = List.of(new Referrer("cost", "clinic_id", "costs"));

    ClinicService(EditingSupport support, ClinicRepository repository) {
        super(support, RecordKind.of("clinics", "clinic", ClinicInput.class, repository,
                clinic -> clinic.id, ClinicService::createClinic, ClinicInput::from));
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
