package org.stemcellms.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stemcellms.editing.CitedRecord;
import org.stemcellms.editing.VersionedEntity;

/**
 * A content record: every one names the source it comes from, the date it was last reviewed against it, and for each
 * factual field the source(s) that state it.
 */
@MappedSuperclass
public abstract class CitedEntity extends VersionedEntity implements CitedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    /** For each factual field with a value, the ids of the sources that state it (editing/Citations). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "citations", nullable = false)
    public Map<String, List<String>> citations = new TreeMap<>();

    @Override
    public void cite(Map<String, List<String>> given) {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        given.forEach((field, sources) -> copy.put(field, List.copyOf(sources)));
        citations = copy;
    }

    /** The citations in field order, for a view. */
    public Map<String, List<String>> citationsByField() {
        return new TreeMap<>(citations);
    }
}
