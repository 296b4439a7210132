package org.stemcellms.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.clinic.ClinicRef;
import org.stemcellms.country.CountryRef;
import org.stemcellms.source.SourceRef;
import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.SqlFunctions;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CostRepository implements PanacheRepositoryBase<Cost, String> {

    /** An open-ended maximum (null) sorts as the highest price. */
    public static final Sorting SORTING = Sorting.of("id", "minPrice",
            "minPrice", "minAmount", "maxPrice", "maxAmount", "country", "country.name", "label", "label")
            .withNullsHigh("maxPrice").withRequired("minPrice", "label");

    /** The filters of the cost collection; null means "any". */
    /** {@code priceCurrency}: the currency the source states; {@code year}: the year the price applies to. */
    public record Filter(String therapyCode, String countryCode, String clinicId, CostSetting setting, BigDecimal minPrice,
            BigDecimal maxPrice, String priceCurrency, Integer year, String sourceId, String q) {

        public static Filter ofCountry(String countryCode) {
            return new Filter(null, countryCode, null, null, null, null, null, null, null, null);
        }

        public static Filter ofClinic(String clinicId) {
            return new Filter(null, null, clinicId, null, null, null, null, null, null, null);
        }

        public static Filter ofTherapyAndCountry(String therapyCode, String countryCode) {
            return new Filter(therapyCode, countryCode, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The costs a summary compares, of one therapy and one source where given, as the few columns it reads: no entity,
     * so that 100,000 of them (the large benchmark set) fit in a small heap. Equal references share one instance.
     */
    public List<PriceObservation> forSummary(String therapyCode, String sourceId) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (therapyCode != null) {
            where.add("c.therapy.code = :therapy");
            parameters.put("therapy", therapyCode);
        }
        if (sourceId != null) {
            where.add("c.source.id = :source");
            parameters.put("source", sourceId);
        }
        var query = getEntityManager().createQuery("select co.code, co.name, cl.id, cl.name, s.id, s.title, s.url, s.pageDate, "
                + "c.currency, c.minAmount, c.maxAmount, c.reviewedOn, c.appliesYear from Cost c join c.country co join c.source s "
                + "left join c.clinic cl" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), Object[].class);
        parameters.forEach(query::setParameter);
        Map<Object, Object> shared = new HashMap<>();
        return query.getResultStream().map(row -> new PriceObservation(
                (CountryRef) shared.computeIfAbsent(new CountryRef((String) row[0], (String) row[1]), ref -> ref),
                row[2] == null ? null : (ClinicRef) shared.computeIfAbsent(new ClinicRef((String) row[2], (String) row[3]), ref -> ref),
                (SourceRef) shared.computeIfAbsent(new SourceRef((String) row[4], (String) row[5], (String) row[6]), ref -> ref),
                (LocalDate) row[7], (String) row[8], (BigDecimal) row[9], (BigDecimal) row[10], (LocalDate) row[11],
                (Integer) row[12])).toList();
    }

    /** The countries some cost is recorded for (of one therapy, where given), by name. */
    public List<CountryRef> countriesWithCosts(String therapyCode) {
        return getEntityManager().createQuery("select distinct new org.stemcellms.country.CountryRef(co.code, co.name) from Cost c "
                + "join c.country co where :therapy is null or c.therapy.code = :therapy order by co.name", CountryRef.class)
                .setParameter("therapy", therapyCode).getResultList();
    }

    /** Price bounds keep the costs whose range overlaps [minPrice, maxPrice]; an open-ended range has no upper end. */
    public Listing<Cost> search(Filter filter, Sort sort) {
        return new Where()
                .equal("therapy.code", "therapy", filter.therapyCode())
                .equal("country.code", "country", filter.countryCode())
                .equal("clinic.id", "clinic", filter.clinicId())
                .equal("setting", "setting", filter.setting())
                // an open-ended range reaches any price; a range condition on the index of migration V16
                .and(SqlFunctions.PRICE_CEILING + "(maxAmount) >= :minPrice", "minPrice", filter.minPrice())
                .and("minAmount <= :maxPrice", "maxPrice", filter.maxPrice())
                .equal("currency", "priceCurrency", filter.priceCurrency())
                .equal("appliesYear", "year", filter.year())
                .equal("source.id", "source", filter.sourceId())
                .matches("cost_search", filter.q())
                .find(this, sort);
    }
}
