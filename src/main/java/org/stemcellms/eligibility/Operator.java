package org.stemcellms.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "IN: the parameter takes one of `values`; LESS_THAN: the parameter is below `threshold`.")
public enum Operator {
    IN,
    LESS_THAN
}
