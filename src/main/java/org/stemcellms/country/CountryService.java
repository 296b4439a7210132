package org.stemcellms.country;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.web.ApiException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Writes to countries; a country that clinics or costs still refer to cannot be deleted. */
@ApplicationScoped
public class CountryService extends ContentService<Country, CountryInput> {

    private static final List<Referrer> REFERRERS = List.of(new Referrer("clinic", "country_code", "clinics"),
            new Referrer("cost", "country_code", "costs"));

    private final CountryRepository repository;

    CountryService(EditingSupport support, CountryRepository repository) {
        super(support, CountryInput.class);
        this.repository = repository;
    }

    @Override
    public String resource() {
        return "countries";
    }

    @Override
    protected String noun() {
        return "country";
    }

    @Override
    protected PanacheRepositoryBase<Country, String> repository() {
        return repository;
    }

    @Override
    protected String normalizeId(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    @Override
    protected String idOf(Country country) {
        return country.code;
    }

    @Override
    protected Country newEntity(String code) {
        Country country = new Country();
        country.code = code;
        return country;
    }

    @Override
    protected CountryInput toInput(Country country) {
        return CountryInput.from(country);
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
}
