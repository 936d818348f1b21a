package dev.focal.pricing;

import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidPromotion;
import dev.focal.pricing.PricingExceptions.RuleNotFound;
import dev.focal.shared.Ids;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotions stored as data (see {@link PromotionDraft}); {@link PriceLists#quote(PricingRequest, String)}
 * prices with the enabled ones. Admins edit, buyers and associates read. Every change publishes
 * {@link PromotionsChanged} in its transaction; a save naming a stale version throws
 * {@link ChangedBySomeoneElse} and writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Promotions {


    private final PricingRuleStore store;
    private final ApplicationEventPublisher events;

    Promotions(PricingRuleStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @PreAuthorize(PricingAccess.READERS)
    public List<PromotionDetails> find(PromotionFilter filter, Pageable pageable) {
        return store.promotions(filter, pageable);
    }

    @PreAuthorize(PricingAccess.READERS)
    public long count(PromotionFilter filter) {
        return store.countPromotions(filter);
    }

    @PreAuthorize(PricingAccess.READERS)
    public PromotionDetails get(PromotionId id) {
        return store.promotion(id.value()).orElseThrow(() -> new RuleNotFound("promotion " + id));
    }

    /**
     * @throws InvalidPromotion naming the field of the first problem, including a code in use or an unknown coupon
     */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public PromotionId create(PromotionDraft draft) {
        PromotionDraft checked = checkWithCoupon(draft);
        if (store.promotionIdByCode(checked.code()).isPresent()) {
            throw codeTaken(checked.code());
        }
        UUID id = Ids.newId();
        try {
            store.insertPromotion(id, checked);
        } catch (DuplicateKeyException raced) {
            throw codeTaken(checked.code());
        }
        events.publishEvent(new PromotionsChanged(Set.of(checked.code())));
        return new PromotionId(id);
    }

    /**
     * Replaces a promotion's data when nobody saved it since {@code version} was read. The code cannot change.
     *
     * @throws ChangedBySomeoneElse when it was saved in between (nothing is written)
     * @throws InvalidPromotion naming the field of the first problem
     */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void update(PromotionId id, long version, PromotionDraft draft) {
        PromotionDetails stored = get(id);
        PromotionDraft checked = checkWithCoupon(draft);
        if (!checked.code().equals(stored.draft().code())) {
            throw new InvalidPromotion("code", "The code of a promotion cannot change (it is "
                    + stored.draft().code() + ").");
        }
        if (!store.updatePromotion(id.value(), version, checked)) {
            throw new ChangedBySomeoneElse("Promotion " + stored.draft().code());
        }
        events.publishEvent(new PromotionsChanged(Set.of(checked.code())));
    }

    /** @throws ChangedBySomeoneElse when it was saved since {@code version} was read */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void setEnabled(PromotionId id, long version, boolean enabled) {
        PromotionDetails stored = get(id);
        if (!store.setPromotionEnabled(id.value(), version, enabled)) {
            throw new ChangedBySomeoneElse("Promotion " + stored.draft().code());
        }
        events.publishEvent(new PromotionsChanged(Set.of(stored.draft().code())));
    }

    /** @throws ChangedBySomeoneElse when it was saved since {@code version} was read */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void delete(PromotionId id, long version) {
        PromotionDetails stored = get(id);
        if (!store.deletePromotion(id.value(), version)) {
            throw new ChangedBySomeoneElse("Promotion " + stored.draft().code());
        }
        events.publishEvent(new PromotionsChanged(Set.of(stored.draft().code())));
    }

    private PromotionDraft checkWithCoupon(PromotionDraft draft) {
        PromotionDraft checked = PromotionRules.check(draft);
        if (checked.couponCode() != null && store.coupon(checked.couponCode()).isEmpty()) {
            throw new InvalidPromotion("couponCode", "There is no coupon " + checked.couponCode()
                    + ". Create it under Coupons first.");
        }
        return checked;
    }

    private static InvalidPromotion codeTaken(String code) {
        return new InvalidPromotion("code", "The code " + code + " is already used by another promotion.");
    }
}
