package org.stemcellms.faq;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.problem.ApiException;

/** Writes to FAQs; each has its own position in the list. */
@ApplicationScoped
public class FaqService extends ContentService<Faq, FaqInput> {

    private final FaqRepository repository;

    FaqService(EditingSupport support, FaqRepository repository) {
        super(support, RecordKind.of("faqs", "FAQ", FaqInput.class, repository,
                faq -> faq.id, FaqService::createFaq, FaqInput::from));
        this.repository = repository;
    }

    @Override
    protected void apply(FaqInput input, Faq faq, References references) {
        if (repository.count("position = ?1 and id <> ?2", input.position(), faq.id) > 0) {
            throw ApiException.conflict("Another FAQ already has position " + input.position() + ".");
        }
        faq.position = input.position();
        faq.question = input.question();
        faq.answer = input.answer();
        faq.therapy = references.find(Therapy.class, input.therapyCode(), "therapyCode");
        faq.source = references.find(Source.class, input.sourceId(), "sourceId");
        faq.reviewedOn = input.reviewedOn();
    }

    private static Faq createFaq(String id) {
        Faq faq = new Faq();
        faq.id = id;
        return faq;
    }
}
