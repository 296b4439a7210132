package org.stemcellms.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of publication a source is.")
public enum SourceKind {
    ARTICLE,
    JOURNAL_ARTICLE,
    ORGANISATION_WEBSITE,
    TRIAL_REGISTRY,
    /** Published data a record relies on, such as the ECB's exchange rates. */
    REFERENCE_DATA
}
