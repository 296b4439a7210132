package org.stemcellms.editing;

/** The write form of a record: what a client sends to create or replace it, and what the audit trail keeps. */
public interface ContentInput extends StrictInput {

    /** The record's id; required to create, and when given to replace, it must be the id in the path. */
    String id();

    /** The JSON name of the id: {@code id}, or {@code code} for countries and therapies. */
    default String idField() {
        return "id";
    }
}
