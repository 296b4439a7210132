package org.stemcellms.db;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
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

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().registerPattern(PRICE_CEILING, "coalesce(?1, 'Infinity'::numeric)",
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BIG_DECIMAL));
    }
}
