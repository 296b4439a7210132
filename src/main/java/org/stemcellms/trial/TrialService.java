package org.stemcellms.trial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.clinic.Clinic;
import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to trials; a trial that studies report cannot be deleted, and a registry number belongs to one trial. */
@ApplicationScoped
public class TrialService extends ContentService<Trial, TrialInput> {

    private static final List<Referrer> REFERRERS = List.of(new Referrer("study", "trial_id", "studies"));

    private final TrialRepository trials;

    TrialService(EditingSupport support, TrialRepository repository) {
        super(support, RecordKind.of("trials", "trial", TrialInput.class, repository,
                trial -> trial.id, TrialService::createTrial, TrialInput::from));
        this.trials = repository;
    }

    /** The trial with this id, or else the one registered under this number (NCT04047628...). */
    public Trial requireByIdOrRegistryId(String idOrNumber) {
        Optional<Trial> found = find(idOrNumber);
        return found.or(() -> trials.findByRegistryId(idOrNumber))
                .orElseThrow(() -> ApiException.notFound("No trial has the id or the registry number '" + idOrNumber + "'."));
    }

    @Override
    protected List<FieldError> check(TrialInput input) {
        List<FieldError> errors = new ArrayList<>();
        Inputs.requireOrdered(errors, "ageMin", input.ageMin(), "ageMax", input.ageMax());
        Inputs.requireOrdered(errors, "edssMin", input.edssMin(), "edssMax", input.edssMax());
        if (input.identifiers() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < input.identifiers().size(); i++) {
                var identifier = input.identifiers().get(i);
                if (identifier == null || identifier.registry() == null || identifier.value() == null) {
                    continue;
                }
                if (!identifier.registry().accepts(identifier.value())) {
                    errors.add(new FieldError("identifiers[" + i + "].value", "is not a " + identifier.registry() + " number: it must match "
                            + identifier.registry().format()));
                }
                if (!seen.add(identifier.registry() + " " + identifier.value().toUpperCase(Locale.ROOT))) {
                    errors.add(new FieldError("identifiers[" + i + "]", "is given twice"));
                }
            }
        }
        return errors;
    }

    @Override
    protected void apply(TrialInput input, Trial trial, References references) {
        for (var identifier : input.identifiers()) {
            trials.findByRegistryId(identifier.value()).filter(other -> !other.id.equals(trial.id)).ifPresent(other -> {
                throw ApiException.conflict("The trial '" + other.id + "' is already registered as " + identifier.value()
                        + "; a registry number belongs to one trial.");
            });
        }
        trial.title = input.title();
        trial.acronym = input.acronym();
        trial.therapy = references.find(Therapy.class, input.therapyCode(), "therapyCode");
        trial.phase = input.phase();
        trial.randomised = input.randomised();
        trial.masking = input.masking();
        trial.design = input.design();
        trial.comparator = input.comparator();
        trial.targetEnrolment = input.targetEnrolment();
        trial.actualEnrolment = input.actualEnrolment();
        trial.countryCodes = input.countryCodes() == null ? new ArrayList<>() : new ArrayList<>(input.countryCodes().stream().distinct().toList());
        trial.sponsor = input.sponsor();
        trial.startDate = input.startDate();
        trial.msTypes = input.msTypes() == null ? new ArrayList<>()
                : new ArrayList<>(input.msTypes().stream().map(Enum::name).distinct().toList());
        trial.ageMin = input.ageMin();
        trial.ageMax = input.ageMax();
        trial.edssMin = input.edssMin();
        trial.edssMax = input.edssMax();
        trial.identifiers.clear();
        for (var given : input.identifiers()) {
            TrialIdentifier identifier = new TrialIdentifier();
            identifier.position = trial.identifiers.size() + 1;
            identifier.registry = given.registry();
            identifier.value = given.value();
            trial.identifiers.add(identifier);
        }
        trial.statusReports.clear();
        List<TrialInput.StatusReportInput> reports = input.statusReports() == null ? List.of() : input.statusReports();
        for (int i = 0; i < reports.size(); i++) {
            var given = reports.get(i);
            references.find(Source.class, given.sourceId(), "statusReports[" + i + "].sourceId");
            StatusReport report = new StatusReport();
            report.position = i + 1;
            report.status = given.status();
            report.asOf = given.asOf();
            report.sourceId = given.sourceId();
            trial.statusReports.add(report);
        }
        StatusReport current = current(trial.statusReports);
        trial.status = current == null ? null : current.status;
        trial.statusAsOf = current == null ? null : current.asOf;
        trial.sites.clear();
        List<TrialInput.SiteInput> sites = input.sites() == null ? List.of() : input.sites();
        for (int i = 0; i < sites.size(); i++) {
            var given = sites.get(i);
            references.find(Clinic.class, given.clinicId(), "sites[" + i + "].clinicId");
            TrialSite site = new TrialSite();
            site.position = i + 1;
            site.name = given.name();
            site.city = given.city();
            site.countryCode = given.countryCode();
            site.clinicId = given.clinicId();
            trial.sites.add(site);
        }
        trial.source = references.find(Source.class, input.sourceId(), "sourceId");
        trial.reviewedOn = input.reviewedOn();
    }

    /** The report a trial's status comes from: the newest dated one, else the first; null without reports. */
    static StatusReport current(List<StatusReport> reports) {
        return reports.stream().filter(r -> r.asOf != null).max(Comparator.comparing((StatusReport r) -> r.asOf))
                .orElse(reports.isEmpty() ? null : reports.get(0));
    }

    @Override
    protected void checkDeletable(Trial trial) {
        requireUnreferenced(trial.id, REFERRERS);
    }

    private static Trial createTrial(String id) {
        Trial trial = new Trial();
        trial.id = id;
        return trial;
    }
}
