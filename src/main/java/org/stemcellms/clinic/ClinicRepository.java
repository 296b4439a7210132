package org.stemcellms.clinic;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.SqlFunctions;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ClinicRepository implements PanacheRepositoryBase<Clinic, String> {

    public static final Sorting SORTING = Sorting.of("id", "name", "name", "name", "country", "country.name")
            .withRequired("name", "country");

    /** The filters of the clinic collection; null means "any". */
    /** {@code edss}: only centres whose stated EDSS range takes this score (those that state no range are left out). */
    public record Filter(String countryCode, String therapyCode, AccessModel accessModel, CentreKind kind, MsType msType,
            BigDecimal edss, String q) {

        public static Filter ofCountry(String countryCode) {
            return new Filter(countryCode, null, null, null, null, null, null);
        }
    }

    public Listing<Clinic> search(Filter filter, Sort sort) {
        return new Where()
                .equal("country.code", "country", filter.countryCode())
                .and(":therapy member of therapies", "therapy",
                        filter.therapyCode() == null ? null : getEntityManager().getReference(Therapy.class, filter.therapyCode()))
                .equal("accessModel", "accessModel", filter.accessModel())
                .equal("centreKind", "kind", filter.kind())
                .and(SqlFunctions.arrayHolds("ms_types", "msType"), "msType",
                        filter.msType() == null ? null : filter.msType().name())
                .and("edssMax >= :edss and (edssMin is null or edssMin <= :edss)", "edss", filter.edss())
                .matches("clinic_search", filter.q())
                .find(this, sort);
    }
}
