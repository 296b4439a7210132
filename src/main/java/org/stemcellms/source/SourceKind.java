package org.stemcellms.source;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of page or publication a source is, which says how far to trust it: a trial registry or a "
        + "journal article outranks a centre's own site (self-reported) and an agent's (marketing).")
public enum SourceKind {
    /** The article the service began with; it gives no address. */
    ARTICLE,
    /** A treatment centre's own website: self-reported. */
    CENTRE_WEBSITE,
    /** A treatment agent or medical-tourism operator: marketing. */
    AGENT,
    NEWS,
    /** A patient's blog, a charity or a community page. */
    PATIENT_OR_COMMUNITY,
    TRIAL_REGISTRY,
    JOURNAL_ARTICLE,
    /** A national health service or government page. */
    HEALTH_SERVICE,
    /** Another organisation's website, such as a national MS society. */
    ORGANISATION_WEBSITE,
    /** Published data shipped with the service (db/data), such as the ECB's exchange rates. */
    REFERENCE_DATA;

    /** The kinds that are not a web page: every other source has its address. */
    public static final Set<SourceKind> WITHOUT_ADDRESS = Set.of(ARTICLE, REFERENCE_DATA);
}
