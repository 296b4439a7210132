package org.stemcellms.cost;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
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

    /** Every cost of a therapy (or of all, for null), with its country and clinic loaded in the same query. */
    /** The costs a summary compares: of one therapy and one source where given, with what the summary shows of them. */
    public List<Cost> forSummary(String therapyCode, String sourceId) {
        var parameters = new java.util.HashMap<String, Object>();
        var where = new java.util.ArrayList<String>();
        if (therapyCode != null) {
            where.add("c.therapy.code = :therapy");
            parameters.put("therapy", therapyCode);
        }
        if (sourceId != null) {
            where.add("c.source.id = :source");
            parameters.put("source", sourceId);
        }
        return find("from Cost c join fetch c.country left join fetch c.clinic join fetch c.source"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), parameters).list();
    }

    /** Price bounds keep the costs whose range overlaps [minPrice, maxPrice]; an open-ended range has no upper end. */
    public Listing<Cost> search(Filter filter, Sort sort) {
        return new Where()
                .equal("therapy.code", "therapy", filter.therapyCode())
                .equal("country.code", "country", filter.countryCode())
                .equal("clinic.id", "clinic", filter.clinicId())
                .equal("setting", "setting", filter.setting())
                .and("(maxAmount is null or maxAmount >= :minPrice)", "minPrice", filter.minPrice())
                .and("minAmount <= :maxPrice", "maxPrice", filter.maxPrice())
                .equal("currency", "priceCurrency", filter.priceCurrency())
                .equal("appliesYear", "year", filter.year())
                .equal("source.id", "source", filter.sourceId())
                .matches("cost_search", filter.q())
                .find(this, sort);
    }
}
