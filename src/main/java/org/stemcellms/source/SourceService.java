package org.stemcellms.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to sources; a source that records still cite cannot be deleted. */
@ApplicationScoped
public class SourceService extends ContentService<Source, SourceInput> {

    /** Every column that cites a source. */
    private static final List<Referrer> CITING = List.of(new Referrer("therapy", "source_id", "therapies"),
            new Referrer("country", "source_id", "countries"), new Referrer("clinic", "source_id", "clinics"),
            new Referrer("cost", "source_id", "costs"), new Referrer("risk", "source_id", "risks"),
            new Referrer("study", "source_id", "studies"), new Referrer("study", "publication_id", "studies (as their publication)"),
            new Referrer("eligibility_criterion", "source_id", "eligibility criteria"), new Referrer("faq", "source_id", "FAQs"),
            new Referrer("note", "source_id", "notes"), Referrer.citations("therapy", "therapies' citations"),
            Referrer.citations("country", "countries' citations"), Referrer.citations("clinic", "clinics' citations"),
            Referrer.citations("cost", "costs' citations"), Referrer.citations("risk", "risks' citations"),
            Referrer.citations("study", "studies' citations"), Referrer.citations("eligibility_criterion", "eligibility criteria's citations"),
            Referrer.citations("faq", "FAQs' citations"), Referrer.citations("note", "notes' citations"),
            Referrer.citations("exchange_rate", "exchange rates' citations"), new Referrer("trial", "source_id", "trials"),
            new Referrer("trial_status", "source_id", "trials' status reports"), Referrer.citations("trial", "trials' citations"),
            new Referrer("claim", "source_id", "claims"), Referrer.citations("claim", "claims' citations"));

    SourceService(EditingSupport support, SourceRepository repository) {
        super(support, RecordKind.of("sources", "source", SourceInput.class, repository,
                source -> source.id, SourceService::createSource, SourceInput::from));
    }

    @Override
    protected void apply(SourceInput input, Source source, References references) {
        source.kind = input.kind();
        source.title = input.title();
        source.authors = input.authors();
        source.publisher = input.publisher();
        source.publishedYear = input.year();
        source.url = input.url();
        source.description = input.description();
        source.reviewedOn = input.reviewedOn();
        source.pageDate = input.pageDate();
        source.readOn = input.readOn();
    }

    /** A source other than the article or reference data shipped with the service is a page: it has its address. */
    @Override
    protected List<FieldError> check(SourceInput input) {
        if (input.url() == null && input.kind() != null && !SourceKind.WITHOUT_ADDRESS.contains(input.kind())) {
            return List.of(new FieldError("url", "must be given: a source of kind " + input.kind() + " is a page with an address"));
        }
        return List.of();
    }

    @Override
    protected void checkDeletable(Source source) {
        requireUnreferenced(source.id, CITING);
    }

    private static Source createSource(String id) {
        Source source = new Source();
        source.id = id;
        return source;
    }
}
