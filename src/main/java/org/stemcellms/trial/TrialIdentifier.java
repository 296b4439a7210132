package org.stemcellms.trial;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One registration of a trial: the register and the number it gave. */
@Embeddable
public class TrialIdentifier {

    public int position;

    @Enumerated(EnumType.STRING)
    public Registry registry;

    public String value;
}
