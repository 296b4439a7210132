package org.stemcellms.therapy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a therapy's procedure, in order. */
@Embeddable
public class TherapyStep {

    @Column(name = "step_number")
    public int number;

    public String name;

    public String description;
}
