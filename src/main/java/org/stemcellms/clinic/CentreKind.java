package org.stemcellms.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of centre a source says it is: a private centre treating international patients, a public "
        + "hospital within a national health service, or a site that treats only within a trial.")
public enum CentreKind {
    PRIVATE_INTERNATIONAL,
    PUBLIC_HEALTH_SERVICE,
    TRIAL_SITE_ONLY
}
