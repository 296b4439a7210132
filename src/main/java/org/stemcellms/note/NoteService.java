package org.stemcellms.note;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.problem.ApiException;

/** Writes to notes; each has its own position within its category. */
@ApplicationScoped
public class NoteService extends ContentService<Note, NoteInput> {

    private final NoteRepository repository;

    NoteService(EditingSupport support, NoteRepository repository) {
        super(support, RecordKind.of("notes", "note", NoteInput.class, repository,
                note -> note.id, NoteService::createNote, NoteInput::from));
        this.repository = repository;
    }

    @Override
    protected void apply(NoteInput input, Note note, References references) {
        if (repository.count("category = ?1 and position = ?2 and id <> ?3", input.category(), input.position(), note.id) > 0) {
            throw ApiException.conflict("Another " + input.category() + " note already has position " + input.position() + ".");
        }
        note.category = input.category();
        note.position = input.position();
        note.title = input.title();
        note.text = input.text();
        note.therapy = references.find(Therapy.class, input.therapyCode(), "therapyCode");
        note.source = references.find(Source.class, input.sourceId(), "sourceId");
        note.reviewedOn = input.reviewedOn();
    }

    private static Note createNote(String id) {
        Note note = new Note();
        note.id = id;
        return note;
    }
}
