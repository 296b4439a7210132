package org.stemcellms.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a criterion's conditions combine: ALL must hold, or ANY one is enough.")
public enum Match {
    ALL,
    ANY
}
