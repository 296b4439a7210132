package org.stemcellms.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something a price includes.")
public enum Inclusion {
    HOSPITALIZATION,
    MEDICATIONS,
    FOLLOW_UP_CARE
}
