package org.stemcellms.web;

/** Names shared by every resource of the API. */
public final class Api {

    /** The base path of version 1; a breaking change would get a new one. */
    public static final String BASE = "/api/v1";

    public static final String Q_DESCRIPTION = "Full-text search (PostgreSQL, English stemming). Words are combined with AND; "
            + "\"quoted phrases\", `or` and `-word` work as in a web search engine.";

    public static final String SORT_DESCRIPTION = "Sort order: a field name for ascending order, with a leading `-` for "
            + "descending. Ties are broken by id, so pages are stable.";

    private Api() {
    }
}
