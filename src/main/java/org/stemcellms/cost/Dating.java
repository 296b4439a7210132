package org.stemcellms.cost;

import java.time.LocalDate;

/** Whether a price observation is dated: older than a number of years, by the year it applies to or else its page's date. */
record Dating(LocalDate today, int years) {

    /** True when dated, false when recent, null when neither a year nor a page date tells. */
    Boolean isDated(Integer appliesYear, LocalDate pageDate) {
        if (appliesYear != null) {
            return appliesYear < today.getYear() - years;
        }
        return pageDate == null ? null : pageDate.isBefore(today.minusYears(years));
    }
}
