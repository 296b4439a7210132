package org.stemcellms.cost;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.clinic.Clinic;
import org.stemcellms.country.Country;
import org.stemcellms.web.query.Currencies;
import org.stemcellms.editing.ContentService;
import org.stemcellms.editing.EditingSupport;
import org.stemcellms.editing.RecordKind;
import org.stemcellms.editing.References;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.web.problem.Problem.FieldError;

/** Writes to cost records: prices in a known currency, min not above max, a clinic only in its own country. */
@ApplicationScoped
public class CostService extends ContentService<Cost, CostInput> {

    CostService(EditingSupport support, CostRepository repository) {
        super(support, RecordKind.of("costs", "cost record", CostInput.class, repository,
                cost -> cost.id, CostService::createCost, CostInput::from));
    }

    @Override
    protected List<FieldError> check(CostInput input) {
        List<FieldError> errors = new ArrayList<>();
        if ("summary".equals(input.id())) {
            errors.add(new FieldError("id", "is reserved: /api/v1/costs/summary is the cost comparison"));
        }
        var price = input.price();
        if (price != null) {
            if (price.min() != null && price.max() != null && price.max().compareTo(price.min()) < 0) {
                errors.add(new FieldError("price.max", "must not be below price.min"));
            }
            if (price.currency() != null && price.currency().matches("[A-Z]{3}") && !Currencies.isIso4217(price.currency())) {
                errors.add(new FieldError("price.currency", "is not an ISO 4217 currency code"));
            }
        }
        return errors;
    }

    @Override
    protected void apply(CostInput input, Cost cost, References references) {
        cost.therapy = references.find(Therapy.class, input.therapyCode(), "therapyCode");
        cost.country = references.find(Country.class, input.countryCode(), "countryCode");
        cost.clinic = references.find(Clinic.class, input.clinicId(), "clinicId");
        if (cost.clinic != null && cost.country != null && !cost.clinic.country.code.equals(cost.country.code)) {
            references.reject("clinicId", "is a clinic in " + cost.clinic.country.code + ", not in " + cost.country.code);
        }
        cost.setting = input.setting();
        cost.label = input.label();
        cost.minAmount = input.price().min();
        cost.maxAmount = input.price().max();
        cost.currency = input.price().currency();
        cost.approximate = input.price().approximate();
        cost.includes = new ArrayList<>(input.includes().stream().map(Enum::name).toList());
        cost.excludes = input.excludes() == null ? new ArrayList<>() : new ArrayList<>(input.excludes().stream().map(Enum::name).toList());
        cost.appliesYear = input.appliesYear();
        cost.basis = input.basis();
        cost.priceNote = input.priceNote();
        cost.source = references.find(Source.class, input.sourceId(), "sourceId");
        cost.reviewedOn = input.reviewedOn();
    }

    private static Cost createCost(String id) {
        Cost cost = new Cost();
        cost.id = id;
        return cost;
    }
}
