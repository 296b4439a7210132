package org.stemcellms.study;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What checking a claim against its primary source found: SUPPORTED (the primary publication reports it), "
        + "NOT_IN_PRIMARY_SOURCE (the publication it is attributed to does not report it), DIFFERS_FROM_PRIMARY_SOURCE (the primary "
        + "figures or wording differ), NOT_VERIFIABLE (no page read shows the primary source's version).")
public enum Verdict {
    SUPPORTED,
    NOT_IN_PRIMARY_SOURCE,
    DIFFERS_FROM_PRIMARY_SOURCE,
    NOT_VERIFIABLE
}
