package org.stemcellms.eligibility;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a condition tests. MS_TYPE takes RRMS, SPMS, PPMS or CIS; DISEASE_ACTIVITY takes HIGH or LOW; "
        + "DMT_RESPONSE takes GOOD or POOR; LONG_STANDING_DISABILITY and COMORBIDITIES take YES or NO (all with IN); "
        + "YEARS_SINCE_DIAGNOSIS (0 or more) and EDSS_SCORE (0 to 10) are numbers (with LESS_THAN).")
public enum ConditionParameter {
    MS_TYPE(List.of("RRMS", "SPMS", "PPMS", "CIS")),
    DISEASE_ACTIVITY(List.of("HIGH", "LOW")),
    DMT_RESPONSE(List.of("GOOD", "POOR")),
    YEARS_SINCE_DIAGNOSIS(BigDecimal.valueOf(100)),
    EDSS_SCORE(BigDecimal.TEN),
    LONG_STANDING_DISABILITY(List.of("YES", "NO")),
    COMORBIDITIES(List.of("YES", "NO"));

    private final List<String> values;
    private final BigDecimal maximum;

    ConditionParameter(List<String> values) {
        this.values = values;
        this.maximum = null;
    }

    ConditionParameter(BigDecimal maximum) {
        this.values = List.of();
        this.maximum = maximum;
    }

    /** Numeric parameters are compared with LESS_THAN; the others take a set of values with IN. */
    public boolean isNumeric() {
        return maximum != null;
    }

    public List<String> acceptedValues() {
        return values;
    }

    public BigDecimal maximum() {
        return maximum;
    }
}
