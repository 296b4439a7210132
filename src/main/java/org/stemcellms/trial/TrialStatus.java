package org.stemcellms.trial;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recruitment status as a registry shows it (AUTHORISED is the EU register's status of an authorised trial).")
public enum TrialStatus {
    NOT_YET_RECRUITING,
    RECRUITING,
    ENROLLING_BY_INVITATION,
    ACTIVE_NOT_RECRUITING,
    COMPLETED,
    TERMINATED,
    SUSPENDED,
    WITHDRAWN,
    AUTHORISED,
    UNKNOWN;

    /** The status in words ("Recruiting", "Active, not recruiting"), for pages people read. */
    public String words() {
        String words = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return this == ACTIVE_NOT_RECRUITING ? "Active, not recruiting" : words;
    }

    /** The statuses under which a trial may still take patients. */
    public static final Set<TrialStatus> OPEN = Set.of(NOT_YET_RECRUITING, RECRUITING, ENROLLING_BY_INVITATION);
}
