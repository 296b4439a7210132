package org.stemcellms.web.query;

import java.util.Set;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * PostgreSQL expressions that HQL cannot state, as HQL functions (registered in META-INF/services), so that queries
 * use them with bound parameters. Through {@code sql('...', :p)} instead, Hibernate parsed each query for 40 ms
 * instead of 1-6 and translated it to SQL again on every run (the parameter inside it is part of the translation).
 */
public class SqlFunctions implements FunctionContributor {

    /**
     * {@code price_ceiling(maxAmount)}: the top of a price range, infinite when it is open-ended; the expression of
     * the index of migration V16, so that a lower price bound is a range condition on it.
     */
    public static final String PRICE_CEILING = "price_ceiling";

    /** The generated, GIN-indexed {@code tsvector} columns of the migrations, one per searchable table. */
    static final Set<String> SEARCH_COLUMNS = Set.of("clinic_search", "cost_search", "country_search",
            "eligibility_criterion_search", "faq_search", "note_search", "risk_search", "source_search", "study_search",
            "therapy_search", "trial_search");

    /** The {@code text[]} columns a filter asks to hold a value. */
    static final Set<String> ARRAY_COLUMNS = Set.of("ms_types", "country_codes");

    /**
     * The HQL predicate of a full-text search (English stemming, web-search syntax) of {@code :name} over a table's
     * search column, e.g. {@code matches_clinic_search(:q) = true}. The column is named without its table: each
     * table's has a name of its own, so it stays unambiguous when a sort joins another searchable table.
     */
    public static String textSearch(String searchColumn, String name) {
        return "matches_" + known(SEARCH_COLUMNS, searchColumn) + "(:" + name + ") = true";
    }

    /** The HQL predicate that an array column holds {@code :name}, e.g. {@code holds_ms_types(:msType) = true}. */
    public static String arrayHolds(String arrayColumn, String name) {
        return "holds_" + known(ARRAY_COLUMNS, arrayColumn) + "(:" + name + ") = true";
    }

    private static String known(Set<String> columns, String column) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(column + " has no HQL function in SqlFunctions");
        }
        return column;
    }

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        var types = functions.getTypeConfiguration().getBasicTypeRegistry();
        var registry = functions.getFunctionRegistry();
        registry.registerPattern(PRICE_CEILING, "coalesce(?1, 'Infinity'::numeric)", types.resolve(StandardBasicTypes.BIG_DECIMAL));
        BasicType<Boolean> bool = types.resolve(StandardBasicTypes.BOOLEAN);
        SEARCH_COLUMNS.forEach(column -> registry.registerPattern("matches_" + column,
                column + " @@ websearch_to_tsquery('english', ?1)", bool));
        ARRAY_COLUMNS.forEach(column -> registry.registerPattern("holds_" + column, "?1 = any(" + column + ")", bool));
    }
}
