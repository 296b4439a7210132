package org.stemcellms.web;

/** Names shared by every resource of the API. */
public final class Api {

    /** The base path of version 1; a breaking change would get a new one. */
    public static final String BASE = "/api/v1";

    public static final String Q_DESCRIPTION = "Full-text search (PostgreSQL, English stemming). Words are combined with AND; "
            + "\"quoted phrases\", `or` and `-word` work as in a web search engine.";

    public static final String SORT_DESCRIPTION = "Sort order: a field name for ascending order, with a leading `-` for "
            + "descending. Ties are broken by id, so pages are stable.";

    public static final String IF_MATCH_DESCRIPTION = "The ETag of the record as you last read it (from its GET or the "
            + "response of your last change). Required: without it 428; if the record has changed since, 412 and nothing changes.";

    public static final String PATCH_DESCRIPTION = "Changes only the fields the body names (JSON Merge Patch, RFC 7396, media type "
            + "`application/merge-patch+json`): a field set to null is removed, objects merge, arrays are replaced whole. The result "
            + "must be a valid write form, as for PUT.";

    /** An item ETag, as the documentation shows it: the record's version and creation stamp. */
    public static final String ETAG_EXAMPLE = "\"1.hogsz1azv6\"";

    public static final String TEXT_CSV = "text/csv";

    private Api() {
    }
}
