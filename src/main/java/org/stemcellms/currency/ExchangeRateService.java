package org.stemcellms.currency;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.web.query.Currencies;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to exchange rates, which only admins may make: a known ISO 4217 currency other than the base, EUR. */
@ApplicationScoped
public class ExchangeRateService extends ContentService<ExchangeRate, ExchangeRateInput> {

    ExchangeRateService(EditingSupport support, ExchangeRateRepository repository) {
        super(support, RecordKind.of("exchange-rates", "exchange rate", ExchangeRateInput.class, repository,
                rate -> rate.currency, ExchangeRateService::createRate, ExchangeRateInput::from).withUpperCaseIds());
    }

    @Override
    protected List<FieldError> check(ExchangeRateInput input) {
        List<FieldError> errors = new ArrayList<>();
        if ("EUR".equals(input.currency())) {
            errors.add(new FieldError("currency", "is the base currency: its rate is 1 by definition"));
        } else if (input.currency() != null && input.currency().matches("[A-Z]{3}") && !Currencies.isIso4217(input.currency())) {
            errors.add(new FieldError("currency", "is not an ISO 4217 currency code"));
        }
        return errors;
    }

    @Override
    protected void apply(ExchangeRateInput input, ExchangeRate rate, References references) {
        rate.unitsPerEur = input.unitsPerEur();
        rate.rateDate = input.rateDate();
        rate.source = references.find(Source.class, input.sourceId(), "sourceId");
        rate.reviewedOn = input.reviewedOn();
    }

    private static ExchangeRate createRate(String currency) {
        ExchangeRate rate = new ExchangeRate();
        rate.currency = currency;
        return rate;
    }
}
