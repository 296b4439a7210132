package org.stemcellms.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "FAVOURABLE: typical of the best candidates; UNFAVOURABLE: makes the therapy not ideal.")
public enum CriterionKind {
    FAVOURABLE,
    UNFAVOURABLE;

    /** The kind in words, for the /check page. */
    public String words() {
        return this == FAVOURABLE ? "In favour" : "Against";
    }
}
