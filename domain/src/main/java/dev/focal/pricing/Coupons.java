package dev.focal.pricing;

import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.CouponRefused;
import dev.focal.pricing.PricingExceptions.InvalidCoupon;
import dev.focal.pricing.PricingExceptions.RuleNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupon codes with their limits, and their redemption when an order uses one. Admins edit, buyers and
 * associates read. Quotes only count redemptions (see {@link PriceLists#quote(PricingRequest, String)});
 * {@link #redeem} consumes one.
 */
@Service
@Transactional(readOnly = true)
public class Coupons {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,39}$");

    private final PricingRuleStore store;
    private final Clock clock;

    Coupons(PricingRuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @PreAuthorize(PricingAccess.READERS)
    public List<CouponDetails> find(@Nullable String text, Pageable pageable) {
        return store.coupons(text, pageable);
    }

    @PreAuthorize(PricingAccess.READERS)
    public long count(@Nullable String text) {
        return store.countCoupons(text);
    }

    @PreAuthorize(PricingAccess.READERS)
    public CouponDetails get(String code) {
        return store.coupon(normal(code)).orElseThrow(() -> new RuleNotFound("coupon " + code));
    }

    /** @throws InvalidCoupon naming the field of the first problem, including a code in use */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public String create(CouponDraft draft) {
        CouponDraft checked = check(draft);
        if (store.coupon(checked.code()).isPresent()) {
            throw codeTaken(checked.code());
        }
        try {
            store.insertCoupon(checked);
        } catch (DuplicateKeyException raced) {
            throw codeTaken(checked.code());
        }
        return checked.code();
    }

    /**
     * Changes a coupon's description and limits when nobody saved it since {@code version} was read. A total
     * limit below the redemptions so far is refused.
     *
     * @throws ChangedBySomeoneElse when it was saved (or redeemed) in between; nothing is written
     * @throws InvalidCoupon naming the field of the first problem
     */
    @Transactional
    @PreAuthorize(PricingAccess.EDITORS)
    public void update(long version, CouponDraft draft) {
        CouponDraft checked = check(draft);
        CouponDetails stored = get(checked.code());
        if (checked.totalLimit() != null && checked.totalLimit() < stored.timesRedeemed()) {
            throw new InvalidCoupon("totalLimit", "The coupon has been redeemed " + stored.timesRedeemed()
                    + " times already; the limit cannot be lower.");
        }
        if (!store.updateCoupon(version, checked)) {
            throw new ChangedBySomeoneElse("Coupon " + checked.code());
        }
    }

    /**
     * Consumes one use of a coupon for an order, holding the coupon's row lock while it checks expiry, the
     * total limit and the customer's limit, so two orders racing for the last use cannot both get it.
     * Idempotent per order: redeeming again for the same {@code orderRef} returns the first redemption
     * ({@code repeated} = true) and changes nothing. Called by checkout when an order is placed (guests
     * included, hence no sign-in required); {@code customerId} is null for a guest.
     *
     * @throws CouponRefused when the coupon is unknown, expired or used up (in total or by the customer)
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public CouponRedemption redeem(String code, @Nullable String customerId, String orderRef) {
        String key = normal(code);
        if (orderRef == null || orderRef.isBlank() || orderRef.strip().length() > 64) {
            throw new IllegalArgumentException("An order reference of 1 to 64 characters is needed.");
        }
        String order = orderRef.strip();
        var coupon = store.lockCoupon(key).orElseThrow(() -> new CouponRefused(key, "unknown code"));
        var earlier = store.redemption(key, order);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        if (coupon.expiresAt() != null && !now.isBefore(coupon.expiresAt())) {
            throw new CouponRefused(key, "it expired");
        }
        if (coupon.totalLimit() != null && coupon.timesRedeemed() >= coupon.totalLimit()) {
            throw new CouponRefused(key, "it has been used up");
        }
        if (customerId != null && coupon.perCustomerLimit() != null
                && store.redemptionsBy(key, customerId) >= coupon.perCustomerLimit()) {
            throw new CouponRefused(key, "this customer has used it " + coupon.perCustomerLimit() + " time(s) already");
        }
        store.insertRedemption(key, order, customerId, now);
        return new CouponRedemption(key, order, customerId, now, false);
    }

    private static CouponDraft check(CouponDraft d) {
        String code = normal(d.code());
        if (!CODE.matcher(code).matches()) {
            throw new InvalidCoupon("code", "Use 3 to 40 letters, digits or dashes, like WELCOME-10.");
        }
        String description = d.description() == null ? "" : d.description().strip();
        if (description.length() > 200) {
            throw new InvalidCoupon("description", "Keep the description to 200 characters.");
        }
        if (d.totalLimit() != null && d.totalLimit() < 1) {
            throw new InvalidCoupon("totalLimit", "Enter at least 1, or leave it empty for no limit.");
        }
        if (d.perCustomerLimit() != null && d.perCustomerLimit() < 1) {
            throw new InvalidCoupon("perCustomerLimit", "Enter at least 1, or leave it empty for no limit.");
        }
        if (d.totalLimit() != null && d.perCustomerLimit() != null && d.perCustomerLimit() > d.totalLimit()) {
            throw new InvalidCoupon("perCustomerLimit", "The limit per customer cannot exceed the total limit.");
        }
        return new CouponDraft(code, description, d.totalLimit(), d.perCustomerLimit(), d.expiresAt());
    }

    static String normal(@Nullable String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static InvalidCoupon codeTaken(String code) {
        return new InvalidCoupon("code", "The coupon code " + code + " exists already.");
    }
}
