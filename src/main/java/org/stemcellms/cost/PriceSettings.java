package org.stemcellms.cost;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How prices are compared (prefix {@code stemcellms.prices}). */
@ConfigMapping(prefix = "stemcellms.prices")
public interface PriceSettings {

    /**
     * An observation is dated when the year its price applies to (or, where its source gives none, its page's date) lies more
     * than this many years back.
     */
    @WithDefault("3")
    int datedAfterYears();
}
