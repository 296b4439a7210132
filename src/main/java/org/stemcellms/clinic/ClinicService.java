package org.stemcellms.clinic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.country.Country;
import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Writes to clinics; a clinic that costs still refer to cannot be deleted. */
@ApplicationScoped
public class ClinicService extends ContentService<Clinic, ClinicInput> {

    private static final List<Referrer> REFERRERS = List.of(new Referrer("cost", "clinic_id", "costs"));

    private final ClinicRepository repository;

    ClinicService(EditingSupport support, ClinicRepository repository) {
        super(support, ClinicInput.class);
        this.repository = repository;
    }

    @Override
    public String resource() {
        return "clinics";
    }

    @Override
    protected String noun() {
        return "clinic";
    }

    @Override
    protected PanacheRepositoryBase<Clinic, String> repository() {
        return repository;
    }

    @Override
    protected String idOf(Clinic clinic) {
        return clinic.id;
    }

    @Override
    protected Clinic newEntity(String id) {
        Clinic clinic = new Clinic();
        clinic.id = id;
        return clinic;
    }

    @Override
    protected ClinicInput toInput(Clinic clinic) {
        return ClinicInput.from(clinic);
    }

    @Override
    protected void apply(ClinicInput input, Clinic clinic, References references) {
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
}
