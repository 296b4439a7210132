package org.stemcellms.note;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class NoteRepository implements PanacheRepositoryBase<Note, String> {

    public static final Sorting SORTING = Sorting.of("id", "category", "category", "category, position", "title", "title");

    /** The filters of the note collection; null means "any". */
    public record Filter(NoteCategory category, String therapyCode, String q) {
    }

    public Listing<Note> search(Filter filter, Sort sort) {
        return new Where()
                .equal("category", "category", filter.category())
                .equal("therapy.code", "therapy", filter.therapyCode())
                .matches("note_search", filter.q())
                .find(this, sort);
    }
}
