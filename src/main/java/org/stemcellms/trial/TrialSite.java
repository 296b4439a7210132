package org.stemcellms.trial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A place that takes part in a trial, linked to the centre where the data has it. */
@Embeddable
public class TrialSite {

    public int position;

    public String name;

    public String city;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "clinic_id")
    public String clinicId;
}
