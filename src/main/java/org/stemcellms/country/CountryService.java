package org.stemcellms.country;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.web.problem.ApiException;

/** Writes to countries; a country that clinics or costs still refer to cannot be deleted. */
@ApplicationScoped
public class CountryService extends ContentService<Country, CountryInput> {

    private static final List<Referrer> REFERRERS = List.of(new Referrer("clinic", "country_code", "clinics"),
            new Referrer("cost", "country_code", "costs"));

    private final CountryRepository repository;

    CountryService(EditingSupport support, CountryRepository repository) {
        super(support, RecordKind.of("countries", "country", CountryInput.class, repository,
                country -> country.code, CountryService::createCountry, CountryInput::from).withUpperCaseIds());
        this.repository = repository;
    }

    @Override
    protected void apply(CountryInput input, Country country, References references) {
        if (repository.count("name = ?1 and code <> ?2", input.name(), country.code) > 0) {
            throw ApiException.conflict("Another country is already called " + input.name() + ".");
        }
        country.name = input.name();
        country.hsctAccess = input.hsctAccess();
        country.hsctAccessNote = input.hsctAccessNote();
        country.source = references.find(Source.class, input.sourceId(), "sourceId");
        country.reviewedOn = input.reviewedOn();
    }

    @Override
    protected void checkDeletable(Country country) {
        requireUnreferenced(country.code, REFERRERS);
    }

    private static Country createCountry(String code) {
        Country country = new Country();
        country.code = code;
        return country;
    }
}
