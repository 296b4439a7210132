package org.stemcellms.note;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.stemcellms.source.CitedEntity;
import org.stemcellms.therapy.Therapy;

/** A statement from a source that belongs to no more specific resource: background, advice, outlook. */
@Entity
public class Note extends CitedEntity {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public NoteCategory category;

    public int position;

    public String title;

    public String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "therapy_code")
    public Therapy therapy;
}
