package dev.focal.pricing;

import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidSurcharge;
import dev.focal.pricing.PricingExceptions.RuleNotFound;
import dev.focal.shared.Ids;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rx surcharge rules as data (high power, high cylinder, prism, oversize blank), per currency. Quotes use the
 * rules in the price list's currency. Admins edit, buyers and associates read.
 */
@Service
@Transactional(readOnly = true)
public class RxSurcharges {

    private final PricingRuleStore store;

    RxSurcharges(PricingRuleStore store) {
        this.store = store;
    }

    @PreAuthorize(PricingAccess.READERS)
    public List<RxSurchargeDetails> find(Pageable pageable) {
        return store.surcharges(pageable);
    }

    @PreAuthorize(PricingAccess.READERS)
    public long count() {
        return store.countSurcharges();
    }

    @PreAuthorize(PricingAccess.READERS)
    public RxSurchargeDetails get(RxSurchargeId id) {
        return store.surcharge(id.value()).orElseThrow(() -> new RuleNotFound("surcharge rule " + id));
    }

    /** @throws InvalidSurcharge naming the field of the first problem, including a duplicate rule */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public RxSurchargeId create(RxSurchargeDraft draft) {
        RxSurchargeDraft checked = check(draft);
        if (store.surchargeIdByKey(checked).isPresent()) {
            throw duplicate(checked);
        }
        UUID id = Ids.newId();
        try {
            store.insertSurcharge(id, checked);
        } catch (DuplicateKeyException raced) {
            throw duplicate(checked);
        }
        return new RxSurchargeId(id);
    }

    /**
     * @throws ChangedBySomeoneElse when it was saved since {@code version} was read (nothing is written)
     * @throws InvalidSurcharge naming the field of the first problem
     */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void update(RxSurchargeId id, long version, RxSurchargeDraft draft) {
        get(id);
        RxSurchargeDraft checked = check(draft);
        if (store.surchargeIdByKey(checked).filter(other -> !other.equals(id.value())).isPresent()) {
            throw duplicate(checked);
        }
        if (!store.updateSurcharge(id.value(), version, checked)) {
            throw new ChangedBySomeoneElse("This surcharge rule");
        }
    }

    /** @throws ChangedBySomeoneElse when it was saved since {@code version} was read */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void delete(RxSurchargeId id, long version) {
        if (!store.deleteSurcharge(id.value(), version)) {
            throw new ChangedBySomeoneElse("This surcharge rule");
        }
    }

    private static RxSurchargeDraft check(RxSurchargeDraft d) {
        if (d.kind() == null) {
            throw new InvalidSurcharge("kind", "Choose what the surcharge is for.");
        }
        BigDecimal threshold = d.kind() == RxSurcharge.Kind.PRISM ? BigDecimal.ZERO : d.threshold();
        if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(9999)) > 0
                || threshold.stripTrailingZeros().scale() > 2) {
            throw new InvalidSurcharge("threshold", d.kind() == RxSurcharge.Kind.OVERSIZE_BLANK
                    ? "Enter the blank diameter in mm above which it applies, like 70."
                    : "Enter the diopters above which it applies, like 6.00.");
        }
        if (d.amount() == null || d.amount().signum() < 0 || d.amount().stripTrailingZeros().scale() > 2
                || d.amount().precision() - d.amount().scale() > 10) {
            throw new InvalidSurcharge("amount", "Enter an amount per pair, like 40.00.");
        }
        String currency;
        try {
            currency = Currency.getInstance(d.currency() == null ? "" : d.currency().strip().toUpperCase(Locale.ROOT))
                    .getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidSurcharge("currency", "Use a three-letter currency code such as EUR or USD.");
        }
        return new RxSurchargeDraft(d.kind(), threshold.setScale(2), d.amount().setScale(2), currency);
    }

    private static InvalidSurcharge duplicate(RxSurchargeDraft d) {
        return new InvalidSurcharge("threshold", "There is a " + d.kind().label().toLowerCase(Locale.ROOT)
                + " rule with this threshold in " + d.currency() + " already; edit that one.");
    }
}
