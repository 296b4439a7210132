package org.stemcellms.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something a price includes or excludes, as its source states: pre-treatment tests, the hospital stay, "
        + "medications, a companion's stay, accommodation, transfers, visa support, follow-up care, flights.")
public enum Inclusion {
    PRE_TREATMENT_TESTS,
    HOSPITALIZATION,
    MEDICATIONS,
    COMPANION_STAY,
    ACCOMMODATION,
    TRANSFERS,
    VISA_SUPPORT,
    FOLLOW_UP_CARE,
    FLIGHTS
}
