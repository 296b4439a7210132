package org.stemcellms.editing;

import java.util.List;
import java.util.Map;

/** A stored record whose facts are cited field by field ({@link Citations}). */
public interface CitedRecord {

    /** Replaces the record's citations with these (the write pipeline has checked them). */
    void cite(Map<String, List<String>> citations);
}
