package org.stemcellms.web.query;

/** A validated page of a collection: 1-based page number and page size. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Keeps the row offset within an int, as JPA requires. */
    public static final int MAX_PAGE = 1_000_000;

    public int offset() {
        return (page - 1) * size;
    }
}
