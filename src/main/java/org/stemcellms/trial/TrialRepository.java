package org.stemcellms.trial;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.SqlFunctions;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TrialRepository implements PanacheRepositoryBase<Trial, String> {

    public static final Sorting SORTING = Sorting.of("id", "title", "title", "title", "startDate", "startDate", "statusAsOf", "statusAsOf");

    private static final String REGISTERED_AS = "id in (select t.id from Trial t join t.identifiers i where upper(i.value) = :registryId)";

    /** The filters of the trial collection; null means "any". */
    public record Filter(String therapyCode, TrialStatus status, TrialPhase phase, String countryCode, String registryId, String q) {
    }

    public Listing<Trial> search(Filter filter, Sort sort) {
        return new Where()
                .equal("therapy.code", "therapy", filter.therapyCode())
                .equal("status", "status", filter.status())
                .equal("phase", "phase", filter.phase())
                .and(SqlFunctions.arrayHolds("country_codes", "country"), "country", filter.countryCode())
                .and(REGISTERED_AS, "registryId", filter.registryId() == null ? null : filter.registryId().toUpperCase(Locale.ROOT))
                .matches("trial_search", filter.q())
                .find(this, sort);
    }

    /** The trial registered under this number (NCT04047628, 2020-000979-21...), whatever its case. */
    public Optional<Trial> findByRegistryId(String value) {
        return find("select distinct t from Trial t join t.identifiers i where upper(i.value) = ?1", value.toUpperCase(Locale.ROOT))
                .firstResultOptional();
    }
}
