package org.stemcellms.editing;

import java.util.List;
import java.util.Map;

/** A record whose facts are cited field by field ({@link Citations}): its write form and its entity. */
public interface Cited {

    /** For each factual field with a value, the ids of the sources that state it. */
    Map<String, List<String>> citations();
}
