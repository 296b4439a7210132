package org.stemcellms.editing;

import java.util.Locale;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * What a {@link ContentService} needs to know about one kind of record, beyond how to apply an input:
 * its collection name, how a record is called, where it is stored, and how to get its id and write form.
 *
 * @param resource the collection's name, as in its path and in the audit trail, e.g. {@code clinics}
 * @param noun what one record is called in messages, e.g. {@code clinic}
 * @param upperCaseIds whether ids are codes compared upper-case (countries, therapies) rather than slugs
 */
public record RecordKind<E extends VersionedEntity, I extends ContentInput>(
        String resource,
        String noun,
        Class<I> inputType,
        PanacheRepositoryBase<E, String> repository,
        Function<E, String> id,
        Function<String, E> create,
        Function<E, I> toInput,
        boolean upperCaseIds) {

    public static <E extends VersionedEntity, I extends ContentInput> RecordKind<E, I> of(String resource, String noun,
            Class<I> inputType, PanacheRepositoryBase<E, String> repository, Function<E, String> id, Function<String, E> create,
            Function<E, I> toInput) {
        return new RecordKind<>(resource, noun, inputType, repository, id, create, toInput, false);
    }

    /** The same kind, with ids that are codes: mx finds MX. */
    public RecordKind<E, I> withUpperCaseIds() {
        return new RecordKind<>(resource, noun, inputType, repository, id, create, toInput, true);
    }

    String normalize(String value) {
        return upperCaseIds ? value.toUpperCase(Locale.ROOT) : value;
    }
}
