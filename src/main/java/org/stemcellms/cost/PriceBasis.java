package org.stemcellms.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of figure a price observation is: a centre's or agent's QUOTED_PRICE, what a patient reports "
        + "paying (PATIENT_REPORTED), an amount raised or sought (FUNDRAISING_TARGET), or a health system's or study's cost "
        + "(HEALTH_SYSTEM_COST).")
public enum PriceBasis {
    QUOTED_PRICE,
    PATIENT_REPORTED,
    FUNDRAISING_TARGET,
    HEALTH_SYSTEM_COST
}
