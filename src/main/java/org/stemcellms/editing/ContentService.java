package org.stemcellms.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.transaction.Transactional;

import org.stemcellms.change.ChangeAction;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.caching.ETags;
import org.stemcellms.web.problem.Problem.FieldError;
import org.stemcellms.web.Written;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Create, replace, merge-patch and delete for one kind of record. Each write runs in one transaction:
 * input validation (400), references (422), the If-Match precondition (428/412), optimistic locking
 * against concurrent writers (412), and the audit entry; a failure anywhere changes nothing.
 */
public abstract class ContentService<E extends VersionedEntity, I extends ContentInput> {

    private EditingSupport support;
    private RecordKind<E, I> kind;

    protected ContentService(EditingSupport support, RecordKind<E, I> kind) {
        this.support = support;
        this.kind = kind;
    }

    /** For the CDI client proxy only, which delegates every call to a fully constructed instance. */
    protected ContentService() {
    }

    /** The collection's name, as in its path and in the audit trail, e.g. {@code clinics}. */
    public String resource() {
        return kind.resource();
    }

    /** Copies an input onto a record, resolving what it refers to through {@code references}. */
    protected abstract void apply(I input, E entity, References references);

    /** Rules across fields that Bean Validation annotations cannot say (min not above max...), as 400 errors. */
    protected List<FieldError> check(I input) {
        return List.of();
    }

    /** Throws 409 when other records still refer to this one; see {@link #requireUnreferenced}. */
    protected void checkDeletable(E entity) {
    }

    /** A column of another table that refers to records of this kind, and what those rows are called. */
    public record Referrer(String table, String column, String what) {

        /** The column of field-level citations ({@link Citations}), which refers to sources by id inside its JSON. */
        static final String CITATIONS = "citations";

        /** The records of a table that cite a source for one of their fields. */
        public static Referrer citations(String table, String what) {
            return new Referrer(table, CITATIONS, what);
        }

        String condition() {
            return column.equals(CITATIONS) ? "exists (select 1 from jsonb_each(citations) cited where jsonb_exists(cited.value, ?1))"
                    : column + " = ?1";
        }
    }

    /** Throws 409, naming what still refers to the record, when any of the referrers has a row pointing at {@code id}. */
    protected void requireUnreferenced(String id, List<Referrer> referrers) {
        List<String> found = referencesTo(id, referrers);
        if (!found.isEmpty()) {
            throw ApiException.conflict("The " + kind.noun() + " '" + id + "' is still referred to by " + String.join(", ", found)
                    + "; change or delete those first.");
        }
    }

    /** What still refers to {@code id}, as counts such as "2 costs"; empty when nothing does. */
    protected List<String> referencesTo(String id, List<Referrer> referrers) {
        List<String> found = new ArrayList<>();
        for (Referrer referrer : referrers) {
            long count = ((Number) support.entityManager()
                    .createNativeQuery("select count(*) from " + referrer.table() + " where " + referrer.condition())
                    .setParameter(1, id).getSingleResult()).longValue();
            if (count > 0) {
                found.add(count + " " + referrer.what());
            }
        }
        return found;
    }

    public Optional<E> find(String id) {
        return kind.repository().findByIdOptional(kind.normalize(id));
    }

    public E require(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("No " + kind.noun() + " has the id '" + id + "'."));
    }

    @Transactional
    public <V> Written<V> create(I input, Function<E, V> view) {
        String author = support.author();
        requireBody(input);
        List<FieldError> errors = new ArrayList<>(check(input));
        if (input.id() == null) {
            errors.add(new FieldError(input.idField(), "must not be null"));
        }
        checkCitations(input, errors);
        support.validate(input, errors);
        if (kind.repository().findByIdOptional(input.id()).isPresent()) {
            throw ApiException.conflict("A " + kind.noun() + " with the id '" + input.id() + "' already exists.");
        }
        E entity = kind.create().apply(input.id());
        applyChecked(input, entity);
        Instant now = support.now();
        entity.touch(now);
        kind.repository().persist(entity);
        kind.repository().flush();
        support.changes().record(now, author, kind.resource(), input.id(), ChangeAction.CREATE, null,
                support.write(kind.toInput().apply(entity)));
        return written(entity, view);
    }

    @Transactional
    public <V> Written<V> replace(String id, String ifMatch, I input, Function<E, V> view) {
        String author = support.author();
        E entity = require(id);
        ETags.requireMatch(ifMatch, entity.version, entity.createdAt);
        return written(update(entity, input, author), view);
    }

    @Transactional
    public <V> Written<V> patch(String id, String ifMatch, JsonNode patch, Function<E, V> view) {
        String author = support.author();
        E entity = require(id);
        ETags.requireMatch(ifMatch, entity.version, entity.createdAt);
        if (patch == null || !patch.isObject()) {
            throw ApiException.invalidBody(List.of(new FieldError("", "a JSON merge patch must be a JSON object")));
        }
        I current = kind.toInput().apply(entity);
        JsonNode merged = MergePatch.apply(support.tree(current), patch);
        if (merged.get("citations") instanceof ObjectNode citations && !patch.has("citations")) {
            // a fact the patch removes takes its citation with it; a patch that gives citations says what it means
            citations.retain(Citations.factualFields(merged, current.idField()));
        }
        I input = support.read(merged, kind.inputType());
        return written(update(entity, input, author), view);
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        String author = support.author();
        E entity = require(id);
        ETags.requireMatch(ifMatch, entity.version, entity.createdAt);
        checkDeletable(entity);
        String before = support.write(kind.toInput().apply(entity));
        kind.repository().delete(entity);
        kind.repository().flush();
        support.changes().record(support.now(), author, kind.resource(), kind.id().apply(entity), ChangeAction.DELETE, before,
                null);
    }

    private E update(E entity, I input, String author) {
        requireBody(input);
        String id = kind.id().apply(entity);
        List<FieldError> errors = new ArrayList<>(check(input));
        if (input.id() != null && !input.id().equals(id)) {
            errors.add(new FieldError(input.idField(), "cannot be changed: it must be '" + id + "', the id in the path"));
        }
        checkCitations(input, errors);
        support.validate(input, errors);
        JsonNode current = support.tree(kind.toInput().apply(entity));
        if (support.sameValues(current, support.tree(input), kind.id().apply(entity), input.idField())) {
            // nothing changes: the row, its version and the audit trail stay as they are
            return entity;
        }
        String before = support.write(kind.toInput().apply(entity));
        applyChecked(input, entity);
        if (support.sameValues(current, support.tree(kind.toInput().apply(entity)), null, null)) {
            // the input only differed in form (54500 for 54500.00...): undo what applying it touched
            support.entityManager().refresh(entity);
            return entity;
        }
        String after = support.write(kind.toInput().apply(entity));
        Instant now = support.now();
        entity.touch(now);
        kind.repository().flush();
        support.changes().record(now, author, kind.resource(), id, ChangeAction.UPDATE, before, after);
        return entity;
    }

    private <V> Written<V> written(E entity, Function<E, V> view) {
        return new Written<>(view.apply(entity), kind.id().apply(entity), ETags.of(entity.version, entity.createdAt));
    }

    private static void requireBody(Object input) {
        if (input == null) {
            throw ApiException.invalidBody(List.of(new FieldError("", "a JSON object is required")));
        }
    }

    private void applyChecked(I input, E entity) {
        References references = support.references();
        if (input instanceof Cited cited) {
            // before anything changes: the query would flush the changes, a version ahead of the write
            requireSources(cited.citations(), references);
        }
        apply(input, entity, references);
        if (input instanceof Cited cited && entity instanceof CitedRecord record) {
            record.cite(cited.citations());
        }
        references.check();
    }

    /** Every factual field with a value names its source(s): 400 otherwise (see {@link Citations}). */
    private void checkCitations(I input, List<FieldError> errors) {
        if (input instanceof Cited cited) {
            errors.addAll(Citations.check(support.tree(input), input.idField(), cited.citations()));
        }
    }

    /** Each cited source exists: 422 naming the citation otherwise. */
    private void requireSources(Map<String, List<String>> citations, References references) {
        Set<String> ids = new TreeSet<>();
        citations.values().forEach(ids::addAll);
        @SuppressWarnings("unchecked")
        List<String> known = support.entityManager().createNativeQuery("select id from source where id = any(?1)")
                .setParameter(1, ids.toArray(String[]::new)).getResultList();
        citations.forEach((field, sources) -> {
            for (int i = 0; i < sources.size(); i++) {
                if (!known.contains(sources.get(i))) {
                    references.reject("citations." + field + "[" + i + "]", "refers to no existing source: '" + sources.get(i) + "'");
                }
            }
        });
    }
}
